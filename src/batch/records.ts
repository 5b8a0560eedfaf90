import type { Compiled } from '../standard/compiled.js';
import type { Evaluation } from '../types/evaluation.js';
import type { Locale } from '../i18n/messages.js';
import { problem, type Problem } from '../i18n/problem.js';
import type { CompiledCache } from '../io/read.js';
import { validateInspection } from '../inspection/validate.js';
import { evaluateReviewed } from '../review/overrides.js';
import { groupMeta, SummaryAccumulator, type GroupMeta, type SummaryData } from './summary.js';
import { decodeLines } from './lines.js';
import type { TextEncoding } from '../safe-text.js';
import { writeShapeLine, type OutputShape } from './shapes.js';
import { LineBytes } from './line-bytes.js';
import { compiledFromData, requestKey, type LoadedData, type StandardRequest } from './compiled-data.js';
import type { EvaluateOptions, GapMode } from '../evaluate.js';

const EMPTY = new Uint8Array(0);

/** How a batch treats its records; the same in every worker. */
export interface RecordOptions {
  /** The standard or scheme for every record; else each record's own `scheme`/`standard`. */
  ref?: string;
  /** What `ref` must be. */
  refKind?: 'scheme' | 'standard';
  /** Folder that relative paths in `ref` start from. */
  cwd: string;
  locale: Locale;
  /** Whether to accumulate the regional summary. */
  summary: boolean;
  /** The shape of each output line (default full). */
  output?: OutputShape;
  /** Which gap plans each evaluation carries (default next, as `evaluate`). */
  gap?: GapMode;
  /** Whether to send back, for each record written, what a pass/fail policy needs (`RatedStation`). */
  rated?: boolean;
}

/**
 * What a pass/fail policy (`--fail-below`, `--fail-on-veto`) needs of one station's result: taken
 * from the evaluation as each record is written, whatever the output shape.
 */
export interface RatedStation {
  station: { id: string; name: string };
  rating: { level: string | null; label?: Evaluation['rating']['label']; levels: { id: string }[] };
  vetoes: { item: string }[];
}

/** The policy's view of an evaluation (full or compact: both keep the station's name, the levels and the vetoes). */
export function ratedStation(e: Pick<Evaluation, 'station' | 'vetoes'> & { rating: Pick<Evaluation['rating'], 'level' | 'levels'> & { label?: Evaluation['rating']['label'] } }): RatedStation {
  return {
    station: { id: e.station.id, name: e.station.name },
    rating: { level: e.rating.level, ...(e.rating.label !== undefined ? { label: e.rating.label } : {}), levels: e.rating.levels.map((l) => ({ id: l.id })) },
    vetoes: e.vetoes.map((v) => ({ item: v.item })),
  };
}

/** What a chunk of records gave: evaluations and error lines (NDJSON text), counts, summary sums. */
export interface ChunkResult {
  /** The output lines, encoded (UTF-8) line by line in the worker: a buffer the worker transfers, not copies. */
  out: Uint8Array;
  errors: string;
  good: number;
  bad: number;
  blank: number;
  summary: SummaryData | null;
  /** Notes for the user: files of a folder skipped because they are not inspections. */
  notes: Problem[];
  /** Lines of the input the chunk held (0 for files). */
  lines: number;
  /** For each record written, in order, what a pass/fail policy needs (when `rated` was asked for). */
  rated: RatedStation[] | null;
}

/** Where a bad record is: its line in an NDJSON file, or its file in a folder. */
export type RecordPlace = { line: number } | { record: number; file: string };

/**
 * One error line of the error file: where, which station (when known), the field (JSON pointer), the
 * code, the message in the chosen locale and in both languages. Key order is fixed.
 */
export function errorLine(place: RecordPlace, station: string | undefined, p: Problem, locale: Locale): string {
  const where = 'line' in place
    ? { line: place.line }
    : { record: place.record, file: place.file, ...(p.line !== undefined ? { line: p.line, column: p.column } : {}) };
  return JSON.stringify({ ...where, ...(station !== undefined ? { station } : {}), field: p.pointer, code: p.code, message: p.message[locale], messages: p.message }) + '\n';
}

function stationId(data: unknown): string | undefined {
  const station = (data as { station?: { id?: unknown } } | null)?.station;
  return station && typeof station.id === 'string' ? station.id : undefined;
}

/** The reference a record names and what it must be, or null. */
function declaredRef(data: Record<string, unknown>): { ref: string; kind: 'scheme' | 'standard'; pointer: string } | null {
  if (typeof data.scheme === 'string') return { ref: data.scheme, kind: 'scheme', pointer: '/scheme' };
  if (typeof data.standard === 'string') return { ref: data.standard, kind: 'standard', pointer: '/standard' };
  return null;
}

type Loaded = { compiled: Compiled; meta: GroupMeta } | { problem: Problem };

/** Scores records one by one; compiles each distinct standard once. Used by every batch worker. */
export class RecordProcessor {
  private cache = new Map<string, Loaded>();
  private summary: SummaryAccumulator | null;
  /** The output lines of the chunk being scored, encoded as they are written. */
  private out = new LineBytes();
  /** What the policy needs of the records of the chunk being scored, when asked for. */
  private rated: RatedStation[] | null = null;
  /** The shape of each output line. */
  private readonly shape: OutputShape;
  /**
   * How each record is evaluated: its gap plans, without the renderer's fields (compact and summary
   * lines leave them out; the full line's writer adds them, the items' encoded once per standard).
   */
  private readonly evaluateOptions: EvaluateOptions;

  /**
   * `standards` gives the compiled standard of a request (the main thread's `BatchStandards`, asked by
   * message from a worker).
   */
  constructor(private options: RecordOptions, private standards: (request: StandardRequest) => Promise<LoadedData>) {
    this.summary = options.summary ? new SummaryAccumulator() : null;
    this.shape = options.output ?? 'full';
    this.evaluateOptions = { gap: options.gap ?? 'next', reportFields: false };
  }

  /**
   * The standard or scheme a request names, compiled: asked of `standards` (in a worker: of the main
   * thread, which loads and compiles each one once) the first time, then kept. Failures are a problem
   * for the records naming it.
   */
  private async load(request: StandardRequest): Promise<Loaded> {
    const key = requestKey(request);
    let loaded = this.cache.get(key);
    if (loaded) return loaded;
    const data = await this.standards(request);
    if ('problem' in data) loaded = { problem: data.problem };
    else {
      const compiled = compiledFromData(data.compiled);
      loaded = { compiled, meta: groupMeta(compiled) };
    }
    this.cache.set(key, loaded);
    return loaded;
  }

  /** The compiled standard for a record (a promise only the first time a reference is met), or its problems. */
  private compiledFor(data: unknown): Loaded | Promise<Loaded> {
    if (!data || typeof data !== 'object' || Array.isArray(data)) return { problem: problem('batch-not-object', '') };
    const { ref, refKind } = this.options;
    const declared = ref ? { ref, kind: refKind, pointer: '' } : declaredRef(data as Record<string, unknown>);
    if (!declared) return { problem: problem('inspection-no-standard', '') };
    return this.cache.get(requestKey(declared)) ?? this.load({ ...declared, fromRecord: !ref });
  }

  /** Scores one parsed record against its compiled standard and writes its line; else its problems. */
  private record(data: unknown, loaded: Loaded): { problems: Problem[] } | null {
    if ('problem' in loaded) return { problems: [loaded.problem] };
    const checked = validateInspection(loaded.compiled, data);
    if (!checked.ok) return { problems: checked.errors };
    // Reviewers' overrides are applied and marked, as `vsr score` does; without reviews this is evaluate().
    const reviewed = evaluateReviewed(loaded.compiled, checked.inspection, this.evaluateOptions);
    if (!reviewed.ok) return { problems: reviewed.problems };
    const evaluation = reviewed.evaluation;
    this.summary?.add(evaluation, loaded.meta);
    this.rated?.push(ratedStation(evaluation));
    writeShapeLine(this.out, evaluation, this.shape, loaded.compiled);
    return null;
  }

  /** Writes the output of the next chunk into `buffer`, an output buffer given back (see `LineBytes`). */
  adopt(buffer: ArrayBuffer): void {
    this.out.adopt(buffer);
  }

  private result(): ChunkResult {
    this.rated = this.options.rated ? [] : null;
    return { out: EMPTY, errors: '', good: 0, bad: 0, blank: 0, summary: null, notes: [], lines: 0, rated: null };
  }

  private finish(r: ChunkResult): ChunkResult {
    r.summary = this.summary ? this.summary.take() : null;
    r.rated = this.rated;
    this.rated = null;
    r.out = this.out.take();
    return r;
  }

  /**
   * Scores the lines of an NDJSON chunk in the input's encoding; `firstLine` is the 1-based number of
   * the first. A line that is not valid text in that encoding is a bad record, with its line.
   */
  async lines(bytes: Uint8Array, firstLine: number, encoding: TextEncoding = 'utf-8'): Promise<ChunkResult> {
    const r = this.result();
    const lines = decodeLines(bytes, encoding, firstLine);
    r.lines = lines.length;
    const locale = this.options.locale;
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i];
      if (typeof text !== 'string') {
        r.bad++;
        r.errors += errorLine({ line: firstLine + i }, undefined, text, locale);
        continue;
      }
      if (text.trim() === '') {
        r.blank++;
        continue;
      }
      const place = { line: firstLine + i };
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (e) {
        r.bad++;
        r.errors += errorLine(place, undefined, problem('json-syntax', '', { detail: (e as Error).message }), locale);
        continue;
      }
      let loaded = this.compiledFor(data);
      if (loaded instanceof Promise) loaded = await loaded;
      const done = this.record(data, loaded);
      if (!done) r.good++;
      else {
        r.bad++;
        const station = stationId(data);
        for (const p of done.problems) r.errors += errorLine(place, station, p, locale);
      }
    }
    return this.finish(r);
  }

  /**
   * Scores inspection files (YAML, JSON, or CSV/XLSX forms, read by src/inspection), one record each,
   * numbered from `firstRecord`. A file may name its standard by a path relative to itself, as for
   * `vsr score`.
   */
  async files(files: string[], firstRecord: number): Promise<ChunkResult> {
    const r = this.result();
    const { ref, refKind, cwd, locale } = this.options;
    // the file readers (YAML, CSV, XLSX, and the standards files name) load on the first file only
    const { CompiledCache, openInspectionFile, readInspectionSource } = await import('../io/read.js');
    this.fileCache ??= new CompiledCache();
    const options = { ...(ref ? { [refKind ?? 'standard']: ref } : {}), cwd, cache: this.fileCache };
    for (let i = 0; i < files.length; i++) {
      const place = { record: firstRecord + i, file: files[i] };
      const opened = await openInspectionFile(files[i]);
      const schema = (opened.source?.data as { schema?: unknown } | null | undefined)?.schema;
      if (typeof schema === 'string' && schema !== 'vsr/inspection@1') {
        // a standard, scheme or evaluation kept beside the inspections is not a record
        r.notes.push(problem('inspection-skipped', '', { file: files[i], schema }));
        continue;
      }
      const read = opened.source ? await readInspectionSource(opened.source, options) : { ok: false as const, problems: opened.problems.map((p) => ({ ...p, file: files[i] })) };
      const reviewed = read.ok ? evaluateReviewed(read.compiled, read.inspection, this.evaluateOptions) : null;
      if (read.ok && reviewed?.ok) {
        r.good++;
        const evaluation = reviewed.evaluation;
        this.summary?.add(evaluation, this.metaOf(read.compiled));
        this.rated?.push(ratedStation(evaluation));
        writeShapeLine(this.out, evaluation, this.shape, read.compiled);
      } else {
        r.bad++;
        const problems = !read.ok ? read.problems : reviewed && !reviewed.ok ? reviewed.problems : [];
        for (const p of problems) r.errors += errorLine(place, stationId(opened.source?.data), p, locale);
      }
    }
    return this.finish(r);
  }

  private fileCache: CompiledCache | null = null;
  private metas = new WeakMap<Compiled, GroupMeta>();

  private metaOf(compiled: Compiled): GroupMeta {
    let meta = this.metas.get(compiled);
    if (!meta) this.metas.set(compiled, (meta = groupMeta(compiled)));
    return meta;
  }
}
