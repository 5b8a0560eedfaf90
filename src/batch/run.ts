import { lstat, readFile, realpath, stat, unlink } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { problem, VsrError, type Problem } from '../i18n/problem.js';
import { listInspectionFiles } from '../io/read.js';
import { MAX_FILE_BYTES } from '../standard/document.js';
import { inputEncoding, lineChunks, readLines } from './lines.js';
import type { TextEncoding } from '../safe-text.js';
import { WorkerPool, type WorkerJob } from './pool.js';
import { errorLine, ratedStation, type ChunkResult, type RatedStation, type RecordOptions } from './records.js';
import { SummaryAccumulator, type BatchCounts } from './summary.js';
import { OutputFile, partialPath, writeFileSafely } from './output-file.js';
import { BatchStandards } from './standards.js';
import type { LoadedDocument } from '../standard/load.js';

/** Where an output goes: a file (written under a partial name, renamed when complete) or a stream. */
export type BatchTarget = string | { label: string; stream: NodeJS.WritableStream };

export interface BatchOptions extends Omit<RecordOptions, 'summary'> {
  /** An NDJSON file (one inspection a line) or a folder of inspection files (.yaml, .yml, .json, .csv, .xlsx); `-` with `stdin`. */
  input: string;
  /** The inspection files of a folder `input`, when the caller has listed them already (it is then not listed again). */
  files?: string[];
  /** Standard input, read when `input` is `-`. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Where the evaluations go, one a line, in input order. */
  out: BatchTarget;
  /** Where the error lines go. */
  errors: BatchTarget;
  /** Worker threads (at least 1). */
  workers: number;
  /** Whether to accumulate the regional summary. */
  summary: boolean;
  /** Continue the interrupted run that wrote `out`, from its last checkpoint. */
  resume?: boolean;
  /** Least time between two checkpoints of a resumable run, in ms (default 1000; 0: after every chunk). */
  checkpointMs?: number;
  /** Bytes of input per chunk of work (default 512 KiB). */
  chunkBytes?: number;
  /** Called after each chunk is written: how far through the input, and records so far. */
  onProgress?: (progress: { done: number; total: number; records: number }) => void;
  /** Notes for the user (a skipped file, a resumed run). */
  onNote?: (note: Problem) => void;
  /**
   * Called for each record as it is written, in input order, with what a pass/fail policy needs (so
   * the policy needs no second read of the output). A resumed run first calls it for the records the
   * interrupted run wrote (read back from its partial output).
   */
  onRated?: (rated: RatedStation) => void;
  /** The document `ref` names, when the caller has loaded it already (it is then not loaded again). */
  loaded?: LoadedDocument;
  /** Called when every record is written, before the outputs are put in place (e.g. to write the summary). */
  beforeCommit?: (result: BatchResult) => Promise<void>;
}

export interface BatchResult {
  counts: BatchCounts;
  /** Files of a folder that are not inspections (another `schema`), skipped with a note. */
  skipped: number;
  /** The summary sums, when asked for. */
  summary: SummaryAccumulator | null;
}

/** The checkpoint of a resumable run, beside the output (`OUT.resume.json`) until it completes. */
interface Checkpoint {
  schema: 'vsr/batch-resume@1';
  input: { path: string; size: number; mtimeMs: number; listing?: string };
  options: { ref: string | null; refKind: string | null; summary: boolean; locale: string; errors: string; output: string | null; gap?: string | null };
  /** Bytes of the input (NDJSON) or files of the folder fully processed, and the next line's number. */
  position: { done: number; line: number };
  outBytes: number;
  errorsBytes: number;
  counts: BatchCounts;
  skipped: number;
  summary: unknown;
}

/** The checkpoint file of a run writing `out`. */
export function checkpointPath(out: string): string {
  return `${out}.resume.json`;
}

const FILES_PER_JOB = 32;

/** The jobs of an input, in order, each with how far through the input it ends. */
async function* jobs(options: BatchOptions, files: string[] | null, from: { done: number; line: number }): AsyncGenerator<{ end: number; job: WorkerJob | ChunkResult }> {
  if (files) {
    for (let i = from.done; i < files.length; i += FILES_PER_JOB) {
      const slice = files.slice(i, i + FILES_PER_JOB);
      yield { end: i + slice.length, job: { kind: 'files', firstRecord: i + 1, files: slice } };
    }
    return;
  }
  const source = options.input === '-' ? options.stdin ?? (process.stdin as AsyncIterable<Uint8Array>) : options.input;
  // the encoding is decided once, on the first chunk (UTF-8 or GB18030), and each chunk decoded in it
  let encoding: TextEncoding | null = null;
  for await (const chunk of lineChunks(source, { chunkBytes: options.chunkBytes, start: from.done, firstLine: from.line })) {
    if (chunk.kind === 'lines') {
      encoding ??= inputEncoding(chunk.bytes, options.input === '-' ? undefined : options.input);
      yield { end: chunk.end, job: { kind: 'lines', firstLine: chunk.firstLine, bytes: chunk.bytes, encoding } };
      continue;
    }
    const p = problem('batch-record-too-large', '', { size: chunk.size, limit: MAX_FILE_BYTES });
    yield { end: chunk.end, job: { out: new Uint8Array(0), errors: errorLine({ line: chunk.line }, undefined, p, options.locale), good: 0, bad: 1, blank: 0, summary: null, notes: [], lines: 1, rated: null } };
  }
}

function isJob(x: WorkerJob | ChunkResult): x is WorkerJob {
  return 'kind' in x;
}

async function openTarget(target: BatchTarget, keep?: number): Promise<OutputFile> {
  return typeof target === 'string' ? OutputFile.open(target, keep) : OutputFile.stream(target.label, target.stream);
}

/** What identifies the input of a run: its real path, size and time of change (and, for a folder, its listing). */
async function inputIdentity(input: string, files: string[] | null): Promise<Checkpoint['input']> {
  const info = await stat(input);
  if (!files) return { path: await realpath(input), size: info.size, mtimeMs: info.mtimeMs };
  const hash = createHash('sha256');
  for (const f of files) {
    // a file that cannot be read (a dangling link) is a bad record later; here it counts as it is
    const s = await stat(f).catch(() => lstat(f)).catch(() => null);
    hash.update(`${f}\0${s?.size ?? -1}\0${s?.mtimeMs ?? -1}\n`);
  }
  return { path: await realpath(input), size: files.length, mtimeMs: info.mtimeMs, listing: hash.digest('hex') };
}

/** Reads the checkpoint of an interrupted run and checks it belongs to this input and these options. */
async function readCheckpoint(file: string, input: Checkpoint['input'], options: Checkpoint['options'], inputLabel: string): Promise<Checkpoint | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  let cp: Checkpoint;
  try {
    cp = JSON.parse(text);
    if (cp.schema !== 'vsr/batch-resume@1') throw new Error('schema');
  } catch {
    throw new VsrError([problem('batch-resume-broken', '', { file })]);
  }
  if (cp.input.path !== input.path || cp.input.size !== input.size || cp.input.mtimeMs !== input.mtimeMs || cp.input.listing !== input.listing) {
    const what = cp.input.path !== input.path ? `${cp.input.path} → ${input.path}` : input.listing ? 'files' : `${cp.input.size} B, ${new Date(cp.input.mtimeMs).toISOString()} → ${input.size} B, ${new Date(input.mtimeMs).toISOString()}`;
    throw new VsrError([problem('batch-resume-changed', '', { file: inputLabel, what })]);
  }
  for (const key of Object.keys(options) as (keyof Checkpoint['options'])[]) {
    if ((cp.options[key] ?? null) !== options[key]) {
      const option = key === 'gap' ? '--gap' : key === 'output' ? '--output' : key === 'ref' ? '--scheme/--standard' : key === 'refKind' ? '--scheme/--standard' : key === 'summary' ? '--summary' : key === 'locale' ? '--locale' : '--errors';
      throw new VsrError([problem('batch-resume-options', '', { option, was: String(cp.options[key] ?? '—'), now: String(options[key] ?? '—') })]);
    }
  }
  return cp;
}

/** The size of a file, or -1 when it is missing. */
async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return -1;
  }
}

/**
 * Scores every record of the input on a pool of worker threads. Chunks are scored in parallel but
 * written strictly in input order, with at most a few chunks per worker in flight (the reader waits
 * for the writer), so the output is the same bytes for any number of workers and memory stays flat.
 *
 * Files are written under a partial name and renamed into place when the run completes. While it
 * runs, a checkpoint beside the output (`OUT.resume.json`) records which input, how far, how many bytes
 * of each output, the counts and the summary sums; `resume` continues from there, so the outputs and
 * the summary are those of an uninterrupted run.
 */
export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const stdin = options.input === '-';
  const info = stdin ? null : await stat(options.input);
  const files = info?.isDirectory() ? (options.files ?? (await listInspectionFiles(options.input))) : null;
  const total = files ? files.length : info?.size ?? 0;
  const recordOptions: RecordOptions = { ref: options.ref, refKind: options.refKind, cwd: options.cwd, locale: options.locale, summary: options.summary, output: options.output, gap: options.gap, rated: !!options.onRated };

  // A run can be resumed when its input is a file or folder and its output a file.
  const checkpoint = !stdin && typeof options.out === 'string' ? checkpointPath(options.out) : null;
  const identity = checkpoint ? await inputIdentity(options.input, files) : null;
  const runOptions: Checkpoint['options'] = {
    ref: options.ref ?? null, refKind: options.refKind ?? null, summary: options.summary, locale: options.locale,
    errors: typeof options.errors === 'string' ? options.errors : options.errors.label,
    output: options.output && options.output !== 'full' ? options.output : null,
    // only when not the default, so the checkpoints of earlier versions still resume
    ...(options.gap && options.gap !== 'next' ? { gap: options.gap } : {}),
  };
  let from: Checkpoint | null = null;
  if (options.resume && checkpoint && identity) {
    from = await readCheckpoint(checkpoint, identity, runOptions, options.input);
    if (from) {
      const erratic = typeof options.errors === 'string' ? options.errors : null;
      if ((await sizeOf(partialPath(options.out as string))) < from.outBytes) throw new VsrError([problem('batch-resume-broken', '', { file: partialPath(options.out as string) })]);
      if (erratic && (await sizeOf(partialPath(erratic))) < from.errorsBytes) throw new VsrError([problem('batch-resume-broken', '', { file: partialPath(erratic) })]);
      options.onNote?.(problem('batch-resumed', '', { done: from.counts.total }));
    } else options.onNote?.(problem('batch-resume-none', '', { out: options.out as string }));
  }
  const summary = options.summary ? (from?.summary ? SummaryAccumulator.fromJSON(from.summary) : new SummaryAccumulator()) : null;
  const counts: BatchCounts = from ? { ...from.counts } : { total: 0, good: 0, bad: 0, blank: 0 };
  let skipped = from?.skipped ?? 0;
  const position = from ? { ...from.position } : { done: 0, line: 1 };
  // A checkpoint left by an earlier run that is not resumed no longer describes the outputs.
  if (checkpoint && !from) await unlink(checkpoint).catch(() => undefined);

  const out = await openTarget(options.out, from?.outBytes);
  if (from && options.onRated && out.atomic) {
    // the records the interrupted run wrote (full or compact lines) are checked as the new ones will be
    const kept = partialPath(options.out as string);
    try {
      for await (const { text } of readLines(kept)) if (text) options.onRated(ratedStation(JSON.parse(text)));
    } catch {
      await out.close();
      throw new VsrError([problem('batch-resume-broken', '', { file: kept })]);
    }
  }
  let errors: OutputFile;
  try {
    errors = await openTarget(options.errors, from?.errorsBytes);
  } catch (e) {
    await out.close();
    throw e;
  }
  // each standard the records name is loaded and compiled once, here, and sent to the workers compiled
  const standards = new BatchStandards({ cwd: options.cwd, locale: options.locale, loaded: options.ref && options.loaded ? { ref: options.ref, kind: options.refKind, document: options.loaded } : undefined });
  const pool = new WorkerPool(Math.max(1, options.workers), recordOptions, (request) => standards.get(request));
  const maxInFlight = Math.max(1, options.workers) * 2 + 1;
  const pending: { end: number; result: Promise<ChunkResult> }[] = [];
  const every = options.checkpointMs ?? 1000;
  // the first checkpoint after the first chunk written (a run stopped early resumes from there), then every `every` ms
  let lastCheckpoint = 0;

  const saveCheckpoint = async () => {
    if (!checkpoint || !identity || !out.atomic) return;
    await out.sync();
    await errors.sync();
    const cp: Checkpoint = {
      schema: 'vsr/batch-resume@1', input: identity, options: runOptions, position,
      outBytes: out.bytes, errorsBytes: errors.bytes, counts, skipped, summary: summary ? summary.toJSON() : null,
    };
    await writeFileSafely(checkpoint, JSON.stringify(cp) + '\n');
    lastCheckpoint = Date.now();
  };
  const consume = async () => {
    const next = pending.shift()!;
    const r = await next.result;
    await out.write(r.out);
    // written and let go: its buffer goes back to the workers for a later chunk's output
    if (out.releasesWrittenBytes) pool.recycle(r.out);
    await errors.write(r.errors);
    counts.good += r.good;
    counts.bad += r.bad;
    counts.blank += r.blank;
    counts.total += r.good + r.bad;
    skipped += r.notes.length;
    for (const n of r.notes) options.onNote?.(n);
    if (summary && r.summary) summary.merge(r.summary);
    if (options.onRated && r.rated) for (const x of r.rated) options.onRated(x);
    position.done = next.end;
    position.line += r.lines;
    options.onProgress?.({ done: next.end, total, records: counts.total });
    if (Date.now() - lastCheckpoint >= every) await saveCheckpoint();
  };
  let completed = false;
  try {
    for await (const { end, job } of jobs(options, files, position)) {
      const result = isJob(job) ? pool.run(job) : Promise.resolve(job);
      result.catch(() => undefined); // awaited in order by consume()
      pending.push({ end, result });
      while (pending.length >= maxInFlight) await consume();
    }
    while (pending.length) await consume();
    completed = true;
  } finally {
    await pool.close();
    if (!completed) {
      // Keep the partial files and the last checkpoint: `--resume` continues from there.
      await Promise.all([out.close(), errors.close()]);
    }
  }
  const result = { counts, skipped, summary };
  try {
    await options.beforeCommit?.(result);
    await errors.commit();
    await out.commit();
  } catch (e) {
    await Promise.all([out.close(), errors.close()]);
    throw e;
  }
  if (checkpoint) await unlink(checkpoint).catch(() => undefined);
  return result;
}
