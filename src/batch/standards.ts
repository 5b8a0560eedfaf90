/**
 * The standards of a batch, loaded and compiled once, in the main thread, and handed to the workers as
 * plain data (issue 13.1; see compiled-data.ts): a worker never reads, parses or schema-checks a
 * standard, so it starts with only the scoring code loaded. Main thread only.
 */
import type { Locale } from '../i18n/messages.js';
import { compiledData, requestKey, type LoadedData, type StandardRequest } from './compiled-data.js';
import { problem, VsrError, formatProblem } from '../i18n/problem.js';
import { loadDocument, type LoadedDocument } from '../standard/load.js';
import { argRoots } from '../io/ref-roots.js';
import { isPathRef } from '../standard/refs.js';
import { compile } from '../standard/compile.js';

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
