import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node, type Pair } from 'yaml';
import { problem, type Problem } from '../i18n/problem.js';
import { LIMITS } from '../limits.js';

// YAML text → a SourceDocument. On its own, so the yaml library loads only when a YAML or JSON text is
// actually read (readSource in ./document.ts imports this module on first use), not with the package:
// the shipped standards are bundled parsed (issue 10.5).

/** A parsed YAML or JSON file that can say where a JSON pointer is in the text. */
export interface SourceDocument {
  file: string;
  data: unknown;
  /** 1-based line and column of the value (or key) at a JSON pointer, as near as it exists. */
  locate(pointer: string): { line: number; column: number } | undefined;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function unescapePointer(seg: string): string {
  return seg.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The JSON pointer of a pair's value, from the visitor's path of ancestors. */
function pointerOf(ancestors: readonly unknown[], pair: Pair): string {
  const chain = [...ancestors, pair];
  let pointer = '';
  chain.forEach((node, i) => {
    let seg: string | null = null;
    if (isPair(node) && isScalar(node.key)) seg = String(node.key.value);
    else if (isSeq(node)) seg = String(node.items.indexOf(chain[i + 1] as never));
    if (seg !== null) pointer += '/' + seg.replace(/~/g, '~0').replace(/\//g, '~1');
  });
  return pointer;
}

/** The first node nested deeper than the limit (walked without recursion), if any. */
function tooDeep(root: unknown): Node | undefined {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= LIMITS.nestingDepth) return node as Node;
    for (const item of node.items as unknown[]) {
      if (isPair(item)) stack.push([item.value, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

/** Parses YAML (JSON is YAML too) keeping source positions; refuses forbidden keys and alias bombs. */
export function parseSource(text: string, file: string): { doc?: SourceDocument; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const yamlDoc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  // Warnings (an unknown tag such as `!shell`, read as plain text otherwise) are refused like errors.
  const errors = [...yamlDoc.errors, ...yamlDoc.warnings];
  if (errors.length) {
    return {
      problems: errors.map((e) =>
        /call stack/i.test(e.message)
          ? problem('limit-exceeded', '', { what: 'nesting depth / 嵌套深度', actual: `> ${LIMITS.nestingDepth}`, limit: LIMITS.nestingDepth }, { file, ...at(e.pos[0]) })
          : problem('yaml-syntax', '', { detail: e.message.split('\n')[0] }, { file, ...at(e.pos[0]) }),
      ),
    };
  }
  const problems: Problem[] = [];
  visit(yamlDoc, {
    Pair(_key, pair, ancestors) {
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        problems.push(problem('forbidden-key', pointerOf(ancestors, pair), { key: String(pair.key.value) }, { file, ...at(pair.key.range?.[0] ?? 0) }));
      }
    },
  });
  if (problems.length) return { problems };
  const deep = tooDeep(yamlDoc.contents);
  if (deep) return { problems: [problem('limit-exceeded', '', { what: 'nesting depth / 嵌套深度', actual: `> ${LIMITS.nestingDepth}`, limit: LIMITS.nestingDepth }, { file, ...at(deep.range?.[0] ?? 0) })] };
  let data: unknown;
  try {
    data = yamlDoc.toJS({ maxAliasCount: LIMITS.yamlAliases });
  } catch (e) {
    const msg = (e as Error).message;
    // placed at the first alias (where the expansion starts), else at the top of the file
    let offset = 0;
    visit(yamlDoc, {
      Alias(_key, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return { problems: [problem(/alias/i.test(msg) ? 'yaml-alias-limit' : 'yaml-syntax', '', { detail: msg }, { file, ...at(offset) })] };
  }
  const locate = (pointer: string) => {
    const segs = pointer === '' ? [] : pointer.split('/').slice(1).map(unescapePointer);
    let node: unknown = yamlDoc.contents;
    let range: [number, number, number] | undefined = (node as Node | null)?.range ?? undefined;
    for (const seg of segs) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
        if (!pair) break;
        range = (pair.key as Node).range ?? range;
        node = pair.value;
        if ((node as Node | null)?.range) range = (node as Node).range!;
      } else if (isSeq(node)) {
        const item = node.items[Number(seg)];
        if (!item) break;
        node = item;
        if ((item as Node).range) range = (item as Node).range!;
      } else break;
    }
    // An empty document has no node: its problems are placed at the top of the file.
    return range ? at(range[0]) : { line: 1, column: 1 };
  };
  return { doc: { file, data, locate }, problems: [] };
}

