/**
 * The batch worker (built as dist/batch-worker.js): scores the chunks of records the pool sends it
 * and posts back their evaluations as bytes (transferred, not copied), error lines, counts and
 * summary sums.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { RecordProcessor, type RecordOptions } from './records.js';
import type { WorkerReply, WorkerJob } from './pool.js';

const processor = new RecordProcessor(workerData as RecordOptions);
const encoder = new TextEncoder();

parentPort!.on('message', async (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    const r = job.kind === 'lines' ? await processor.lines(job.bytes, job.firstLine) : await processor.files(job.files, job.firstRecord);
    const { out, ...rest } = r;
    reply = { ok: true, result: { ...rest, out: encoder.encode(out) } };
  } catch (e) {
    reply = { ok: false, message: (e as Error)?.stack ?? String(e) };
  }
  parentPort!.postMessage(reply, reply.ok ? [reply.result.out.buffer as ArrayBuffer] : []);
});
