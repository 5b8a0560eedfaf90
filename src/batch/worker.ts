/**
 * The batch worker (built as dist/batch-worker.js): scores the chunks of records the pool sends it
 * and posts back their output lines (encoded to UTF-8 line by line here, and transferred as one
 * buffer), error lines (NDJSON text), counts and summary sums. The standards come compiled from the
 * main thread (asked for by message the first time a record names one), so a worker loads no YAML,
 * schema compiler or file reader to start (issue 13.1).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { RecordProcessor, type RecordOptions } from './records.js';
import type { WorkerReply, WorkerMessage } from './pool.js';
import type { LoadedData } from './compiled-data.js';

const asked = new Map<number, (loaded: LoadedData) => void>();
let nextAsk = 0;

const processor = new RecordProcessor(workerData as RecordOptions, (request) => new Promise((resolve) => {
  const id = nextAsk++;
  asked.set(id, resolve);
  parentPort!.postMessage({ kind: 'standard', id, request } satisfies WorkerReply);
}));

parentPort!.on('message', async (message: WorkerMessage) => {
  if (message.kind === 'standard') {
    asked.get(message.id)?.(message.loaded);
    asked.delete(message.id);
    return;
  }
  if (message.spare) processor.adopt(message.spare);
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: message.kind === 'lines' ? await processor.lines(message.bytes, message.firstLine, message.encoding) : await processor.files(message.files, message.firstRecord) };
  } catch (e) {
    reply = { ok: false, message: (e as Error)?.stack ?? String(e) };
  }
  // the output bytes are moved to the main thread, not copied
  parentPort!.postMessage(reply, 'ok' in reply && reply.ok ? [reply.result.out.buffer as ArrayBuffer] : []);
});
