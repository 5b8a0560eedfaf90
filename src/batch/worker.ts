/**
 * The batch worker (built as dist/batch-worker.js): scores the chunks of records the pool sends it
 * and posts back their evaluations and error lines (NDJSON text), counts and summary sums. The text
 * is encoded to UTF-8 by the main thread as it writes, which leaves the workers more time to score.
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
  parentPort!.postMessage(reply);
});
