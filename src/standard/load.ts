import type { Standard } from '../types/standard.js';
import type { RatingScheme } from '../types/rating-scheme.js';
import { problem, VsrError, type Problem } from '../i18n/problem.js';
import { placeProblems, readSource, type SourceDocument } from './document.js';
import { validateAgainstSchema } from './schema-validate.js';
import { checkStandard } from './semantic.js';
import { attachLoaded } from './loaded.js';
import { isPathRef, listShipped, resolveShipped, shippedData, type ShippedFile } from './refs.js';
import { resolveScheme, resolveStandard } from './compile.js';

export type LoadedDocument = { kind: 'standard'; doc: Standard } | { kind: 'scheme'; doc: RatingScheme };

/** The problems of a ref that was not found or not allowed (placed at the referring field). */
const REF_CODES = new Set(['unknown-ref', 'ref-path-refused', 'ref-path-outside-roots']);

function unknownRef(ref: string, where: Partial<Problem> = {}): Problem {
  const known = [...new Set(listShipped().map((s) => s.id))].join(', ') || '—';
  return problem('unknown-ref', where.pointer ?? '', { ref, known }, where);
}

/** Who may read what: without `roots` only the shipped standards load (no file system at all). */
export interface LoadOptions {
  /**
   * Folders a file-path ref (`./my-standard.yaml`, and the overlay bases and components such a file
   * names) may point into. Checked after following symbolic links; a path outside every root is
   * refused. Without roots, file-path refs are refused.
   */
  roots?: readonly string[];
}

/** Where a ref leads: a shipped file (bundled, parsed) or a file on disk inside the roots; else the problem. */
type Located = { file: string; shipped?: ShippedFile; dir?: string } | { problem: Problem };

/** Whether `target` is `root` or inside it (both absolute, symbolic links followed). */
function inside(path: typeof import('node:path'), root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/**
 * Finds a ref: shipped `id`/`id@version` from the bundled texts; a path relative to `baseDir` (the
 * referring file's folder, else the working folder) only within `options.roots`. Node's file modules
 * load only here, so the shipped standards work where there is no file system.
 */
async function locate(ref: string, baseDir: string | undefined, options: LoadOptions): Promise<Located> {
  if (!isPathRef(ref)) {
    const shipped = resolveShipped(ref);
    return shipped ? { file: shipped.file, shipped } : { problem: unknownRef(ref) };
  }
  if (!options.roots?.length) return { problem: problem('ref-path-refused', '', { ref }) };
  const path = await import('node:path');
  const { realpath } = await import('node:fs/promises');
  const file = path.resolve(baseDir ?? process.cwd(), ref);
  const real = await realpath(file).catch(() => null); // a missing file is reported by the reader, if it is inside
  const roots = await Promise.all(options.roots.map((r) => realpath(path.resolve(r)).catch(() => path.resolve(r))));
  const target = real ?? file;
  if (!roots.some((r) => inside(path, r, target))) return { problem: problem('ref-path-outside-roots', '', { ref, file, roots: roots.join(', ') }) };
  return { file: target, dir: path.dirname(target) };
}

/**
 * A shipped file as a document: bundled parsed (scripts/gen-shipped.mjs), so no YAML parser loads;
 * each load gets its own copy. Every shipped file is checked before it ships (tests/embed/core.test.ts
 * loads each one), so no problem is ever placed in one by line.
 */
async function shippedDocument(shipped: ShippedFile): Promise<SourceDocument> {
  return { file: shipped.file, data: await shippedData(shipped), locate: () => undefined };
}

/**
 * Loads a standard or a rating scheme with everything it refers to (overlay bases, components),
 * checking each file against its schema and its semantic rules. Throws VsrError listing every problem
 * with file, line and column.
 */
export async function loadDocument(ref: string, baseDir?: string, options: LoadOptions = {}, chain: string[] = []): Promise<LoadedDocument> {
  // A shipped file's own refs are shipped ids; a path there would leave the bundle, so it needs roots too.
  const located = await locate(ref, baseDir, options);
  if ('problem' in located) throw new VsrError([located.problem]);
  const { file } = located;
  if (chain.includes(file)) throw new VsrError([problem('extends-cycle', '/extends', { chain: [...chain, file].join(' → ') }, { file })]);
  const { doc, problems } = located.shipped ? { doc: await shippedDocument(located.shipped), problems: [] } : await readSource(file);
  if (!doc) throw new VsrError(problems);
  return checkDocument(doc, file, located.dir, options, chain);
}

/**
 * Loads the base an overlay names in `extends` (a standard's or a scheme's: the same rule for both):
 * a ref that is missing, refused or outside the roots, and a cycle, are placed at `/extends` of the
 * overlay; a base of the other kind is `wrong-kind`.
 */
async function loadBase<K extends LoadedDocument['kind']>(doc: SourceDocument, ref: string, kind: K, dir: string | undefined, options: LoadOptions, next: string[]): Promise<K extends 'scheme' ? RatingScheme : Standard> {
  const baseAt = await locate(ref, dir, options);
  if (!('problem' in baseAt) && next.includes(baseAt.file)) {
    throw new VsrError(placeProblems(doc, [problem('extends-cycle', '/extends', { chain: [...next, baseAt.file].join(' → ') })]));
  }
  let base: LoadedDocument;
  try {
    base = await loadDocument(ref, dir, options, next);
  } catch (e) {
    if (e instanceof VsrError && e.problems.every((p) => REF_CODES.has(p.code) && p.file === undefined)) {
      throw new VsrError(placeProblems(doc, e.problems.map((p) => ({ ...p, pointer: '/extends', file: undefined }))));
    }
    throw e;
  }
  if (base.kind !== kind) throw new VsrError(placeProblems(doc, [problem('wrong-kind', '/extends', { ref, actual: base.kind, expected: kind })]));
  return base.doc as K extends 'scheme' ? RatingScheme : Standard;
}

/** Loads the component standards a scheme refers to (each ref with the pointer of its field); a missing ref is placed at that field. */
async function loadComponents(doc: SourceDocument, refs: { ref: string; pointer: string }[], dir: string | undefined, options: LoadOptions, next: string[]): Promise<Standard[]> {
  const components: Standard[] = [];
  const refProblems: Problem[] = [];
  for (const { ref, pointer } of refs) {
    try {
      const loaded = await loadDocument(ref, dir, options, next);
      if (loaded.kind !== 'standard') refProblems.push(problem('wrong-kind', pointer, { ref, actual: 'scheme', expected: 'standard' }));
      else components.push(loaded.doc);
    } catch (e) {
      if (!(e instanceof VsrError)) throw e;
      const own = e.problems.filter((p) => REF_CODES.has(p.code));
      refProblems.push(...(own.length === e.problems.length ? own.map((p) => ({ ...p, pointer, file: undefined })) : e.problems));
    }
  }
  if (refProblems.length) throw new VsrError(placeProblems(doc, refProblems));
  return components;
}

/** Runs a pure check of what was loaded, placing its problems in the file (line and column). */
function placed(doc: SourceDocument, check: () => unknown): void {
  try {
    check();
  } catch (e) {
    if (e instanceof VsrError) throw new VsrError(placeProblems(doc, e.problems.map((p) => ({ ...p, file: undefined }))));
    throw e;
  }
}

async function checkDocument(doc: SourceDocument, file: string, dir: string | undefined, options: LoadOptions, chain: string[]): Promise<LoadedDocument> {
  const data = doc.data as { schema?: unknown };
  const kind = data && typeof data === 'object' && data.schema === 'vsr/rating-scheme@1' ? 'scheme' : 'standard';
  const schemaProblems = validateAgainstSchema(kind === 'scheme' ? 'rating-scheme' : 'standard', data);
  if (schemaProblems.length) throw new VsrError(placeProblems(doc, schemaProblems));
  const next = [...chain, file];

  if (kind === 'scheme') {
    const scheme = data as RatingScheme;
    if (scheme.extends) {
      // an overlay scheme: its base, and the component refs it states (relative to this file)
      const base = await loadBase(doc, scheme.extends, 'scheme', dir, options, next);
      const patches = (scheme.overlay?.components ?? []).flatMap((c, k) => (c.standard === undefined ? [] : [{ ref: c.standard, pointer: `/overlay/components/${k}/standard` }]));
      const standards = await loadComponents(doc, patches, dir, options, next);
      attachLoaded(scheme, { file, base, refs: new Map(patches.map((p, i) => [p.ref, standards[i]])) });
    } else {
      const refs = (scheme.components ?? []).map((c, i) => ({ ref: c.standard, pointer: `/components/${i}/standard` }));
      attachLoaded(scheme, { file, components: await loadComponents(doc, refs, dir, options, next) });
    }
    placed(doc, () => resolveScheme(scheme));
    return { kind, doc: scheme };
  }

  const std = data as Standard;
  if (std.extends) {
    attachLoaded(std, { file, base: await loadBase(doc, std.extends, 'standard', dir, options, next) });
    placed(doc, () => resolveStandard(std));
    return { kind, doc: std };
  }
  const semantic = checkStandard(std);
  if (semantic.length) throw new VsrError(placeProblems(doc, semantic));
  return { kind, doc: attachLoaded(std, { file }) };
}

/**
 * Loads a standard: a shipped `id` (latest version) or `id@version` (bundled: no file system needed),
 * or a file path when `options.roots` allows it (see {@link LoadOptions}). Overlays are loaded with
 * their base. Throws VsrError (with file, line, column and zh-CN/en messages) when invalid.
 */
export async function loadStandard(ref: string, options: LoadOptions = {}): Promise<Standard> {
  const loaded = await loadDocument(ref, undefined, options);
  if (loaded.kind !== 'standard') throw new VsrError([problem('wrong-kind', '', { ref, actual: 'scheme', expected: 'standard' })]);
  return loaded.doc;
}

/** Loads a rating scheme and its component standards. Throws VsrError when invalid. */
export async function loadRatingScheme(ref: string, options: LoadOptions = {}): Promise<RatingScheme> {
  const loaded = await loadDocument(ref, undefined, options);
  if (loaded.kind !== 'scheme') throw new VsrError([problem('wrong-kind', '', { ref, actual: 'standard', expected: 'scheme' })]);
  return loaded.doc;
}
