import { readFile, stat } from 'node:fs/promises';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node, type Pair } from 'yaml';
import { problem, type Problem } from '../i18n/problem.js';

/** A parsed YAML or JSON file that can say where a JSON pointer is in the text. */
export interface SourceDocument {
  file: string;
  data: unknown;
  /** 1-based line and column of the value (or key) at a JSON pointer, as near as it exists. */
  locate(pointer: string): { line: number; column: number } | undefined;
}

/** Largest file accepted, in bytes. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** Most YAML alias expansions accepted in one file. */
export const MAX_ALIASES = 200;
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

/** Parses YAML (JSON is YAML too) keeping source positions; refuses forbidden keys and alias bombs. */
export function parseSource(text: string, file: string): { doc?: SourceDocument; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const yamlDoc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (yamlDoc.errors.length) {
    return {
      problems: yamlDoc.errors.map((e) => problem('yaml-syntax', '', { detail: e.message.split('\n')[0] }, { file, ...at(e.pos[0]) })),
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
  let data: unknown;
  try {
    data = yamlDoc.toJS({ maxAliasCount: MAX_ALIASES });
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
    return range ? at(range[0]) : undefined;
  };
  return { doc: { file, data, locate }, problems: [] };
}

/** Reads and parses a file, with a size limit; never throws for the user's mistakes. */
export async function readSource(file: string, maxBytes = MAX_FILE_BYTES): Promise<{ doc?: SourceDocument; problems: Problem[] }> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    return { problems: [problem('file-not-found', '', { file }, { file })] };
  }
  if (size > maxBytes) return { problems: [problem('file-too-large', '', { size, limit: maxBytes }, { file, line: 1, column: 1 })] };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    return { problems: [problem('file-unreadable', '', { detail: (e as Error).message }, { file })] };
  }
  return parseSource(text, file);
}

/** Gives each problem the file, line and column of its pointer. */
export function placeProblems(doc: SourceDocument, problems: Problem[]): Problem[] {
  return problems.map((p) => (p.line !== undefined ? { file: doc.file, ...p } : { ...p, file: doc.file, ...doc.locate(p.pointer) }));
}
