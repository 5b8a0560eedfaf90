/**
 * The batch worker (built as dist/batch-worker.js): scores the chunks of records the pool sends it
 * and posts back their output lines (encoded to UTF-8 line by line here, and transferred as one
 * buffer), error lines (NDJSON text), counts and summary sums.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { RecordProcessor, type RecordOptions } from './records.js';
import type { WorkerReply, WorkerJob } from './pool.js';

const processor = new RecordProcessor(workerData as RecordOptions);

parentPort!.on('message', async (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: job.kind === 'lines' ? await processor.lines(job.bytes, job.firstLine, job.encoding) : await processor.files(job.files, job.firstRecord) };
  } catch (e) {
    reply = { ok: false, message: (e as Error)?.stack ?? String(e) };
  }
  // the output bytes are moved to the main thread, not copied
  parentPort!.postMessage(reply, reply.ok ? [reply.result.out.buffer as ArrayBuffer] : []);
});
