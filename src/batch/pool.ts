import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { ChunkResult, RecordOptions } from './records.js';
import type { TextEncoding } from '../safe-text.js';
import type { LoadedData, StandardRequest } from './compiled-data.js';

/** A chunk of work for a worker: lines of an NDJSON file, or inspection files. */
export type WorkerJob =
  | { kind: 'lines'; firstLine: number; bytes: Uint8Array; encoding: TextEncoding }
  | { kind: 'files'; firstRecord: number; files: string[] };

/** A job as posted: with, when there is one, an output buffer given back to be written into again. */
export type PostedJob = WorkerJob & { spare?: ArrayBuffer };

/** What a worker posts: a chunk's result or failure, or a request for a standard it has not met yet. */
export type WorkerReply = { ok: true; result: ChunkResult } | { ok: false; message: string } | { kind: 'standard'; id: number; request: StandardRequest };

/** What the pool posts to a worker: a job, or the standard it asked for. */
export type WorkerMessage = PostedJob | { kind: 'standard'; id: number; loaded: LoadedData };

/**
 * Heap limits of a worker. A worker holds one chunk of records at a time, but V8 grows a heap lazily
 * up to its limit; capping the old generation keeps it collecting, so the peak RSS of a run stays
 * flat (about 280 MB with two workers) while leaving room for a record at the 8 MiB line limit.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 256 };

/**
 * Starts a worker: dist/batch-worker.js beside the bundled CLI, or, when running from source (tests,
 * tsx), worker.ts through tsx's loader.
 */
function startWorker(workerData: RecordOptions): Worker {
  const here = import.meta.url;
  if (!/\.ts$/.test(here)) return new Worker(new URL('./batch-worker.js', here), { workerData, resourceLimits: WORKER_LIMITS });
  const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./worker.ts', here).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`, { eval: true, workerData, resourceLimits: WORKER_LIMITS });
}

interface Slot {
  worker: Worker;
  job: { resolve: (r: ChunkResult) => void; reject: (e: Error) => void } | null;
}

/** A fixed set of worker threads; `run` hands a job to an idle one or queues it. */
export class WorkerPool {
  private slots: Slot[] = [];
  private queue: { job: WorkerJob; resolve: (r: ChunkResult) => void; reject: (e: Error) => void }[] = [];
  private failure: Error | null = null;
  /** Output buffers written out and given back, to be sent with the next jobs (at most one per chunk in flight). */
  private spares: ArrayBuffer[] = [];

  /** `standards` answers the workers' requests for standards (loaded and compiled once, in this thread). */
  constructor(size: number, options: RecordOptions, standards: (request: StandardRequest) => Promise<LoadedData>) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker(options);
      const slot: Slot = { worker, job: null };
      worker.on('message', (reply: WorkerReply) => {
        if ('kind' in reply) {
          standards(reply.request).then(
            (loaded) => worker.postMessage({ kind: 'standard', id: reply.id, loaded } satisfies WorkerMessage),
            (e: Error) => this.fail(e, slot.job?.reject),
          );
          return;
        }
        const job = slot.job!;
        slot.job = null;
        if (reply.ok) job.resolve(reply.result);
        else this.fail(new Error(reply.message), job.reject);
        this.dispatch(slot);
      });
      worker.on('error', (e) => this.fail(e, slot.job?.reject));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`batch worker exited with code ${code}`), slot.job?.reject);
      });
      this.slots.push(slot);
    }
  }

  private closing = false;

  private fail(e: Error, reject?: (e: Error) => void): void {
    this.failure ??= e;
    reject?.(e);
    for (const q of this.queue.splice(0)) q.reject(e);
  }

  private dispatch(slot: Slot): void {
    const next = this.queue.shift();
    if (!next) return;
    slot.job = { resolve: next.resolve, reject: next.reject };
    const spare = this.spares.pop();
    const job: PostedJob = spare ? { ...next.job, spare } : next.job;
    slot.worker.postMessage(job, [...(job.kind === 'lines' ? [job.bytes.buffer as ArrayBuffer] : []), ...(spare ? [spare] : [])]);
  }

  /**
   * Gives back the buffer of a chunk's output once it is written and no longer read: a worker writes
   * the output of a later chunk into it instead of a new one.
   */
  recycle(out: Uint8Array): void {
    if (out.buffer.byteLength > 0 && out.buffer instanceof ArrayBuffer && this.spares.length < this.slots.length * 2 + 1) this.spares.push(out.buffer);
  }

  /** Runs a job on the next idle worker. A `lines` job's bytes are transferred (unusable afterwards). */
  run(job: WorkerJob): Promise<ChunkResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      const idle = this.slots.find((s) => s.job === null);
      if (idle) this.dispatch(idle);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
