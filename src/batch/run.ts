import { createWriteStream, type WriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import { problem } from '../i18n/problem.js';
import { listInspectionFiles } from '../io/read.js';
import { MAX_FILE_BYTES } from '../standard/document.js';
import { lineChunks } from './lines.js';
import { WorkerPool, type WorkerJob } from './pool.js';
import { errorLine, type ChunkResult, type RecordOptions } from './records.js';
import { SummaryAccumulator, type BatchCounts } from './summary.js';

export interface BatchOptions extends Omit<RecordOptions, 'summary'> {
  /** An NDJSON file (one inspection a line) or a folder of inspection files (.yaml, .yml, .json, .csv, .xlsx). */
  input: string;
  /** Where the evaluations go, one a line, in input order. */
  out: string;
  /** Where the error lines go. */
  errors: string;
  /** Worker threads (at least 1). */
  workers: number;
  /** Whether to accumulate the regional summary. */
  summary: boolean;
  /** Bytes of input per chunk of work (default 512 KiB). */
  chunkBytes?: number;
  /** Called after each chunk is written: how far through the input, and records so far. */
  onProgress?: (progress: { done: number; total: number; records: number }) => void;
}

export interface BatchResult {
  counts: BatchCounts;
  /** The summary sums, when asked for. */
  summary: SummaryAccumulator | null;
}

const FILES_PER_JOB = 32;

/** The jobs of an input, in order: chunks of lines, lines too long to read, or groups of files. */
async function* jobs(options: BatchOptions, files: string[] | null): AsyncGenerator<WorkerJob | ChunkResult> {
  if (files) {
    for (let i = 0; i < files.length; i += FILES_PER_JOB) yield { kind: 'files', firstRecord: i + 1, files: files.slice(i, i + FILES_PER_JOB) };
    return;
  }
  for await (const chunk of lineChunks(options.input, { chunkBytes: options.chunkBytes })) {
    if (chunk.kind === 'lines') {
      yield { kind: 'lines', firstLine: chunk.firstLine, bytes: chunk.bytes };
      continue;
    }
    const p = problem('batch-record-too-large', '', { size: chunk.size, limit: MAX_FILE_BYTES });
    yield { out: '', errors: errorLine({ line: chunk.line }, undefined, p, options.locale), good: 0, bad: 1, blank: 0, summary: null };
  }
}

async function write(stream: WriteStream, data: string | Uint8Array): Promise<void> {
  if (data.length === 0) return;
  if (!stream.write(data)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'close');
}

function isJob(x: WorkerJob | ChunkResult): x is WorkerJob {
  return 'kind' in x;
}

/**
 * Scores every record of the input on a pool of worker threads. Chunks are scored in parallel but
 * written strictly in input order, with at most a few chunks per worker in flight (the reader waits
 * for the writer), so the output is the same bytes for any number of workers and memory stays flat.
 */
export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const info = await stat(options.input);
  const files = info.isDirectory() ? await listInspectionFiles(options.input) : null;
  const total = files ? files.length : info.size;
  const summary = options.summary ? new SummaryAccumulator() : null;
  const counts: BatchCounts = { total: 0, good: 0, bad: 0, blank: 0 };
  const recordOptions: RecordOptions = { ref: options.ref, refKind: options.refKind, cwd: options.cwd, locale: options.locale, summary: options.summary };
  const out = createWriteStream(options.out);
  const errors = createWriteStream(options.errors);
  const pool = new WorkerPool(Math.max(1, options.workers), recordOptions);
  const maxInFlight = Math.max(1, options.workers) * 2 + 1;
  const pending: { done: number; result: Promise<ChunkResult> }[] = [];
  let done = 0;
  const consume = async () => {
    const next = pending.shift()!;
    const r = await next.result;
    await write(out, r.out);
    await write(errors, r.errors);
    counts.good += r.good;
    counts.bad += r.bad;
    counts.blank += r.blank;
    counts.total += r.good + r.bad;
    if (summary && r.summary) summary.merge(r.summary);
    options.onProgress?.({ done: next.done, total, records: counts.total });
  };
  try {
    for await (const job of jobs(options, files)) {
      if (isJob(job)) done += job.kind === 'lines' ? job.bytes.length : job.files.length;
      const result = isJob(job) ? pool.run(job) : Promise.resolve(job);
      result.catch(() => undefined); // awaited in order by consume()
      pending.push({ done, result });
      while (pending.length >= maxInFlight) await consume();
    }
    while (pending.length) await consume();
  } finally {
    await pool.close();
    await Promise.all([close(out), close(errors)]);
  }
  return { counts, summary };
}
