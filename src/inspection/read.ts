/**
 * Reading inspection files: YAML, JSON, CSV and XLSX forms. Finds the standard or scheme (a flag, or
 * the one the file names), reads the answers, validates them, and gives every problem its file and
 * line/column (row/column for tables). Never throws for the user's mistakes.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { problem, VsrError, type Problem } from '../i18n/problem.js';
import { LIMITS } from '../limits.js';
import { loadDocument } from '../standard/load.js';
import { isPathRef } from '../standard/refs.js';
import { argRoots } from '../io/ref-roots.js';
import { compile } from '../standard/compile.js';
import type { Compiled } from '../standard/compiled.js';
import type { Inspection } from '../types/inspection.js';
import { validateInspection } from './validate.js';
import { readDocumentSource, type InspectionSource } from './read-document.js';
import { unscaledPercent } from './read-table.js';

export type { InspectionSource } from './read-document.js';

/** File extensions read as inspections. */
export const INSPECTION_EXTENSIONS = ['.yaml', '.yml', '.json', '.csv', '.xlsx'] as const;

/** Spreadsheets that look like forms but are not read: listed from folders so that they are reported, not skipped. */
const REFUSED_EXTENSIONS = ['.ods'];

export function isInspectionFile(file: string): boolean {
  const base = path.basename(file);
  return !base.startsWith('.') && !base.startsWith('~$') && (INSPECTION_EXTENSIONS as readonly string[]).includes(path.extname(base).toLowerCase());
}

/**
 * The inspection files in a folder (not recursive), sorted by name. Hidden files and Excel lock files
 * are left out. Symbolic links are listed like files (a dangling link or a loop is reported when the
 * file is read), and so are .ods spreadsheets (reported as not read).
 */
export async function listInspectionFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const listed = (name: string) => isInspectionFile(name) || (!name.startsWith('.') && REFUSED_EXTENSIONS.includes(path.extname(name).toLowerCase()));
  return entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && listed(e.name)).map((e) => path.join(dir, e.name)).sort();
}

/** Expands folders into their inspection files; files are kept in the order given. */
export async function expandInspectionPaths(paths: string[], cwd = process.cwd()): Promise<{ files: string[]; fromFolder: Set<string>; emptyFolders: string[] }> {
  const files: string[] = [];
  const fromFolder = new Set<string>();
  const emptyFolders: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(path.resolve(cwd, p))).isDirectory();
    } catch {
      /* reported when read */
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    const inside = (await listInspectionFiles(path.resolve(cwd, p))).map((f) => path.join(p, path.basename(f)));
    if (inside.length === 0) emptyFolders.push(p);
    for (const f of inside) fromFolder.add(f);
    files.push(...inside);
  }
  return { files, fromFolder, emptyFolders };
}

/** Opens an inspection file by its extension. */
export async function openInspectionFile(file: string): Promise<{ source?: InspectionSource; problems: Problem[] }> {
  const ext = path.extname(file).toLowerCase();
  // the CSV and XLSX readers (csv-parse, exceljs, jszip) load on first use: the main entry stays light (issue 10.5)
  if (ext === '.csv') return (await import('./read-csv.js')).readCsvSource(file);
  if (ext === '.xlsx') return (await import('./read-xlsx.js')).readXlsxSource(file);
  if (ext === '.yaml' || ext === '.yml' || ext === '.json') return readDocumentSource(file);
  if (ext === '.ods') return { problems: [problem('inspection-ods', '', { file }, { file })] };
  return { problems: [problem('inspection-file-type', '', { file }, { file })] };
}

/** Compiled standards and schemes by reference, each loaded once. */
export class CompiledCache {
  private readonly loaded = new Map<string, Promise<{ kind: 'standard' | 'scheme'; compiled: Compiled }>>();

  /**
   * Loads and compiles `ref` (a shipped id, id@version, or a path relative to `baseDir`, read only
   * inside `roots`: by default `baseDir` and, for a path, the ref's own folder). Throws VsrError.
   */
  async get(ref: string, baseDir: string, expected?: 'standard' | 'scheme', roots: readonly string[] = argRoots(baseDir, ref)): Promise<Compiled> {
    const key = `${baseDir}\u0000${ref}\u0000${roots.join('\u0000')}`;
    let p = this.loaded.get(key);
    if (!p) {
      p = loadDocument(ref, baseDir, { roots }).then((d) => ({ kind: d.kind, compiled: compile(d.doc) }));
      this.loaded.set(key, p);
    }
    const { kind, compiled } = await p;
    if (expected && kind !== expected) throw new VsrError([problem('wrong-kind', '', { ref, actual: kind, expected })]);
    return compiled;
  }
}

export interface ReadInspectionOptions {
  /** Use this standard (a flag such as `--standard`), whatever the file names. */
  standard?: string;
  /** Use this rating scheme (`--scheme`), whatever the file names. */
  scheme?: string;
  /** Folder the flags' paths are relative to (default: the current folder). */
  cwd?: string;
  /**
   * Folders a file-path ref (a flag's, or one the inspection names) may be read from, symbolic links
   * followed. Default: `cwd`, the flag's own folder, and the inspection file's folder; the inspection
   * file's folder is always allowed for the refs it names.
   */
  roots?: readonly string[];
  cache?: CompiledCache;
}

export type ReadInspectionResult =
  | { ok: true; file: string; inspection: Inspection; compiled: Compiled; source: InspectionSource; warnings: Problem[] }
  | { ok: false; file: string; problems: Problem[] };

/** Gives each problem (found in this source) the source's file name and the line/column of its pointer. */
export function placeIn(source: InspectionSource, problems: Problem[]): Problem[] {
  return problems.map((p) => (p.line !== undefined ? { ...p, file: source.file } : { ...p, file: source.file, ...source.locate(p.pointer) }));
}

/**
 * The standard or scheme to score a source with: the flag's, else the one the file names (a path
 * there is relative to the file). Throws VsrError.
 */
export async function compiledFor(source: InspectionSource, options: ReadInspectionOptions): Promise<Compiled> {
  const cache = options.cache ?? new CompiledCache();
  const cwd = options.cwd ?? process.cwd();
  if (options.scheme) return cache.get(options.scheme, cwd, 'scheme', options.roots ?? argRoots(cwd, options.scheme));
  if (options.standard) return cache.get(options.standard, cwd, 'standard', options.roots ?? argRoots(cwd, options.standard));
  const dir = path.dirname(path.resolve(cwd, source.file));
  const roots = [...(options.roots ?? [cwd]), dir];
  const where = { file: source.file };
  try {
    if (source.ref.scheme) return await cache.get(source.ref.scheme, dir, 'scheme', roots);
    if (source.ref.standard) return await cache.get(source.ref.standard, dir, 'standard', roots);
  } catch (e) {
    if (e instanceof VsrError && e.problems.every((p) => !p.file)) {
      const pointer = source.ref.scheme ? '/scheme' : '/standard';
      throw new VsrError(placeIn(source, e.problems.map((p) => ({ ...p, pointer }))));
    }
    throw e;
  }
  throw new VsrError([problem('inspection-no-standard', '', undefined, where)]);
}

/** Reads one inspection file of any supported kind and validates it against its standard or scheme. */
export async function readInspection(file: string, options: ReadInspectionOptions = {}): Promise<ReadInspectionResult> {
  const opened = await openInspectionFile(path.resolve(options.cwd ?? process.cwd(), file));
  if (!opened.source) return { ok: false, file, problems: opened.problems.map((p) => ({ ...p, file })) };
  const source = { ...opened.source, file };
  return readInspectionSource(source, options);
}

/** Validates an opened source against its standard or scheme. */
export async function readInspectionSource(source: InspectionSource, options: ReadInspectionOptions = {}): Promise<ReadInspectionResult> {
  const file = source.file;
  let compiled: Compiled;
  try {
    compiled = await compiledFor(source, options);
  } catch (e) {
    if (e instanceof VsrError) return { ok: false, file, problems: e.problems };
    throw e;
  }
  const built = source.build(compiled);
  const answers = (built.data as { answers?: unknown } | null)?.answers;
  const answerCount = answers && typeof answers === 'object' ? Object.keys(answers).length : 0;
  if (answerCount > LIMITS.answers) {
    return { ok: false, file, problems: placeIn(source, [problem('limit-exceeded', '/answers', { what: 'answers / 答案数', actual: answerCount, limit: LIMITS.answers })]) };
  }
  const checked = validateInspection(compiled, pathRefMet(built.data, source, options, compiled));
  const problems = [...built.problems, ...(checked.ok ? [] : checked.errors)];
  if (problems.length) return { ok: false, file, problems: placeIn(source, problems) };
  const validated = (checked as { inspection: Inspection }).inspection;
  const inspection = validated === built.data ? validated : { ...validated, ...pickRefs(built.data) };
  const warnings = [...(built.warnings ?? [])];
  // Tables check the percent sign on each cell; documents have no format to tell, so every fraction is questioned.
  if (source.format === 'document') {
    for (const [id, entry] of Object.entries(inspection.answers)) {
      const value = entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? (entry as { value?: unknown }).value : entry;
      const w = unscaledPercent(compiled.items[compiled.itemIndex.get(id) ?? -1], value, `/answers/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      if (w) warnings.push(w);
    }
  }
  return { ok: true, file, inspection, compiled, source, warnings: placeIn(source, warnings) };
}

function pickRefs(data: unknown): { standard?: string; scheme?: string } {
  const d = data as { standard?: string; scheme?: string };
  return { ...(d.standard !== undefined ? { standard: d.standard } : {}), ...(d.scheme !== undefined ? { scheme: d.scheme } : {}) };
}

/**
 * A file naming its standard by path (`standard: ./toy.yaml`, relative to the file) was scored with
 * that very file, so its declaration is met: the data is checked as if it named the loaded id@version
 * (the inspection keeps the path it gave). With --standard/--scheme the declaration is checked as usual.
 */
function pathRefMet(data: unknown, source: InspectionSource, options: ReadInspectionOptions, compiled: Compiled): unknown {
  if (options.standard || options.scheme || !data || typeof data !== 'object') return data;
  const ref = source.ref.scheme ?? source.ref.standard;
  if (ref === undefined || !isPathRef(ref)) return data;
  const key = source.ref.scheme !== undefined ? 'scheme' : 'standard';
  return { ...(data as object), [key]: `${compiled.id}@${compiled.version}` };
}
