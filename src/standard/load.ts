import path from 'node:path';
import type { Standard } from '../types/standard.js';
import type { RatingScheme } from '../types/rating-scheme.js';
import { problem, VsrError, type Problem } from '../i18n/problem.js';
import { placeProblems, readSource } from './document.js';
import { validateAgainstSchema } from './schema-validate.js';
import { checkScheme, checkStandard } from './semantic.js';
import { attachLoaded } from './loaded.js';
import { resolveRef, listShipped } from './refs.js';
import { resolveStandard } from './compile.js';

export type LoadedDocument = { kind: 'standard'; doc: Standard } | { kind: 'scheme'; doc: RatingScheme };

function unknownRef(ref: string, where: Partial<Problem> = {}): Problem {
  const known = [...new Set(listShipped().map((s) => s.id))].join(', ') || '—';
  return problem('unknown-ref', where.pointer ?? '', { ref, known }, where);
}

/**
 * Loads a standard or a rating scheme with everything it refers to (overlay bases, components),
 * checking each file against its schema and its semantic rules. Throws VsrError listing every problem
 * with file, line and column.
 */
export async function loadDocument(ref: string, baseDir = process.cwd(), chain: string[] = []): Promise<LoadedDocument> {
  const file = resolveRef(ref, baseDir);
  if (!file) throw new VsrError([unknownRef(ref)]);
  if (chain.includes(file)) throw new VsrError([problem('extends-cycle', '/extends', { chain: [...chain, file].join(' → ') }, { file })]);
  const { doc, problems } = await readSource(file);
  if (!doc) throw new VsrError(problems);
  const data = doc.data as { schema?: unknown };
  const kind = data && typeof data === 'object' && data.schema === 'vsr/rating-scheme@1' ? 'scheme' : 'standard';
  const schemaProblems = validateAgainstSchema(kind === 'scheme' ? 'rating-scheme' : 'standard', data);
  if (schemaProblems.length) throw new VsrError(placeProblems(doc, schemaProblems));
  const dir = path.dirname(file);
  const next = [...chain, file];

  if (kind === 'scheme') {
    const scheme = data as RatingScheme;
    const components: Standard[] = [];
    const refProblems: Problem[] = [];
    for (const [i, c] of scheme.components.entries()) {
      try {
        const loaded = await loadDocument(c.standard, dir, next);
        if (loaded.kind !== 'standard') refProblems.push(problem('wrong-kind', `/components/${i}/standard`, { ref: c.standard, actual: 'scheme', expected: 'standard' }));
        else components.push(loaded.doc);
      } catch (e) {
        if (!(e instanceof VsrError)) throw e;
        const own = e.problems.filter((p) => p.code === 'unknown-ref');
        refProblems.push(...(own.length === e.problems.length ? own.map((p) => ({ ...p, pointer: `/components/${i}/standard`, file: undefined })) : e.problems));
      }
    }
    if (refProblems.length) throw new VsrError(placeProblems(doc, refProblems));
    const resolved = components.map((c) => resolveStandard(c));
    const semantic = checkScheme(scheme, resolved);
    if (semantic.length) throw new VsrError(placeProblems(doc, semantic));
    return { kind, doc: attachLoaded(scheme, { file, components }) };
  }

  const std = data as Standard;
  if (std.extends) {
    const baseFile = resolveRef(std.extends, dir);
    if (baseFile && next.includes(baseFile)) {
      throw new VsrError(placeProblems(doc, [problem('extends-cycle', '/extends', { chain: [...next, baseFile].join(' → ') })]));
    }
    let base: LoadedDocument;
    try {
      base = await loadDocument(std.extends, dir, next);
    } catch (e) {
      if (e instanceof VsrError && e.problems.every((p) => p.code === 'unknown-ref')) {
        throw new VsrError(placeProblems(doc, [unknownRef(std.extends, { pointer: '/extends' })]));
      }
      throw e;
    }
    if (base.kind !== 'standard') throw new VsrError(placeProblems(doc, [problem('wrong-kind', '/extends', { ref: std.extends, actual: 'scheme', expected: 'standard' })]));
    attachLoaded(std, { file, base: base.doc });
    try {
      resolveStandard(std);
    } catch (e) {
      if (e instanceof VsrError) throw new VsrError(placeProblems(doc, e.problems.map((p) => ({ ...p, file: undefined }))));
      throw e;
    }
    return { kind, doc: std };
  }
  const semantic = checkStandard(std);
  if (semantic.length) throw new VsrError(placeProblems(doc, semantic));
  return { kind, doc: attachLoaded(std, { file }) };
}

/**
 * Loads a standard: a shipped `id` (latest version), `id@version`, or a file path. Overlays are
 * loaded with their base. Throws VsrError (with file, line, column and zh-CN/en messages) when invalid.
 */
export async function loadStandard(ref: string): Promise<Standard> {
  const loaded = await loadDocument(ref);
  if (loaded.kind !== 'standard') throw new VsrError([problem('wrong-kind', '', { ref, actual: 'scheme', expected: 'standard' })]);
  return loaded.doc;
}

/** Loads a rating scheme and its component standards. Throws VsrError when invalid. */
export async function loadRatingScheme(ref: string): Promise<RatingScheme> {
  const loaded = await loadDocument(ref);
  if (loaded.kind !== 'scheme') throw new VsrError([problem('wrong-kind', '', { ref, actual: 'standard', expected: 'scheme' })]);
  return loaded.doc;
}
