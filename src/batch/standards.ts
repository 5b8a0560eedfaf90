/**
 * The standards of a batch, loaded and compiled once, in the main thread, and handed to the workers as
 * plain data (issue 13.1): a worker never reads, parses or schema-checks a standard, so it starts with
 * only the scoring code loaded. A compiled standard travels by structured clone without its check-type
 * modules (code cannot be cloned), which the worker looks up again by the check's `type`.
 */
import type { Compiled, CompiledItem } from '../standard/compiled.js';
import type { Locale } from '../i18n/messages.js';
import { checkTypeOf } from '../checks/registry.js';
import { problem, VsrError, formatProblem, type Problem } from '../i18n/problem.js';
import { loadDocument, type LoadedDocument } from '../standard/load.js';
import { argRoots } from '../io/ref-roots.js';
import { isPathRef } from '../standard/refs.js';
import { compile } from '../standard/compile.js';

/** A compiled standard or scheme as plain data: what a worker receives. */
export type CompiledData = Omit<Compiled, 'items'> & { items: Omit<CompiledItem, 'checkType'>[] };

/** The compiled standard without its functions, ready for `postMessage`. */
export function compiledData(compiled: Compiled): CompiledData {
  return { ...compiled, items: compiled.items.map(({ checkType: _checkType, ...item }) => item) };
}

/** The compiled standard again, with each item's check-type module. */
export function compiledFromData(data: CompiledData): Compiled {
  return { ...data, items: data.items.map((item) => ({ ...item, checkType: checkTypeOf(item.check) })) };
}

/** A request for a standard or scheme: the reference, what it must be, where it was named. */
export interface StandardRequest {
  ref: string;
  kind?: 'scheme' | 'standard';
  /** The field of a record that named it ('' for the batch's own `--scheme`/`--standard`). */
  pointer: string;
  /** Whether a record named it (records may name shipped standards only). */
  fromRecord: boolean;
}

/** What a request gives: the compiled standard as data, or the problem of every record naming it. */
export type LoadedData = { compiled: CompiledData } | { problem: Problem };

/** The key a standard is cached under, in the main thread and in each worker. */
export function requestKey(r: Pick<StandardRequest, 'ref' | 'kind'>): string {
  return `${r.kind ?? ''}:${r.ref}`;
}

/**
 * Loads and compiles each standard a batch meets once (main thread). The batch's own reference may
 * come already loaded (the command line loads it to check it before the run).
 */
export class BatchStandards {
  private cache = new Map<string, Promise<LoadedData>>();

  constructor(private options: { cwd: string; locale: Locale; loaded?: { ref: string; kind?: 'scheme' | 'standard'; document: LoadedDocument } }) {}

  get(request: StandardRequest): Promise<LoadedData> {
    const key = requestKey(request);
    let loaded = this.cache.get(key);
    if (!loaded) {
      loaded = this.load(request);
      this.cache.set(key, loaded);
    }
    return loaded;
  }

  private async load({ ref, kind, pointer, fromRecord }: StandardRequest): Promise<LoadedData> {
    const { cwd, locale } = this.options;
    try {
      // A record may name shipped standards only; files are chosen by whoever runs the batch.
      if (fromRecord && isPathRef(ref)) throw new VsrError([problem('unknown-ref', pointer, { ref, known: '—' })]);
      const given = this.options.loaded;
      const doc = given && !fromRecord && given.ref === ref && given.kind === kind ? given.document : await loadDocument(ref, cwd, { roots: argRoots(cwd, ref) });
      if (kind && doc.kind !== kind) throw new VsrError([problem('wrong-kind', pointer, { ref, actual: doc.kind, expected: kind })]);
      return { compiled: compiledData(compile(doc.doc)) };
    } catch (e) {
      if (!(e instanceof VsrError)) throw e;
      const first = e.problems[0];
      return {
        problem: first.code === 'unknown-ref' || first.code === 'wrong-kind'
          ? { ...first, pointer, file: undefined, line: undefined, column: undefined }
          : problem('batch-ref-invalid', pointer, { ref, detail: formatProblem(first, locale) }),
      };
    }
  }
}
