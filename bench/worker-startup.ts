// Worker start-up (issue 13.1): how long a batch worker (dist/batch-worker.js) takes from `new Worker`
// until it has scored its first record, the standard having been loaded and compiled once in the main
// thread beforehand (as `vsr batch` does; that cost is the main thread's, paid once a run, and printed
// apart). The record itself costs about a millisecond. Median of R workers started one after another.
//   node --import tsx bench/worker-startup.ts FILE [R]
//     → one JSON line {"median": s, "min": s, "runs": [s…], "cpu": s, "cpuRuns": [s…], "mainLoad": s}
// Wall time suffers on a shared machine; `cpu` is the median CPU time (user + system) this process spent
// while the worker started (the worker's thread, this thread waiting is idle), the figure to judge by.
import { Worker } from 'node:worker_threads';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BatchStandards } from '../src/batch/standards.js';
import type { WorkerMessage, WorkerReply } from '../src/batch/pool.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [file, repeatArg] = process.argv.slice(2);
const repeat = Number(repeatArg ?? 5);

// the first line of the input, as a one-line chunk
const handle = await open(file, 'r');
const buf = new Uint8Array(1 << 20);
const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
await handle.close();
const nl = buf.subarray(0, bytesRead).indexOf(10);
const line = buf.slice(0, nl < 0 ? bytesRead : nl + 1);

const standards = new BatchStandards({ cwd: ROOT, locale: 'en' });
const record = JSON.parse(new TextDecoder().decode(line));
const t0 = process.hrtime.bigint();
await standards.get(record.scheme ? { ref: record.scheme, kind: 'scheme', pointer: '/scheme', fromRecord: true } : { ref: record.standard, kind: 'standard', pointer: '/standard', fromRecord: true });
const mainLoad = Number(process.hrtime.bigint() - t0) / 1e9;

async function startOne(): Promise<{ wall: number; cpu: number }> {
  const started = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const worker = new Worker(path.join(ROOT, 'dist', 'batch-worker.js'), { execArgv: [], workerData: { cwd: ROOT, locale: 'en', summary: false, output: 'full' } });
  const bytes = line.slice();
  const reply = await new Promise<WorkerReply>((resolve, reject) => {
    worker.on('message', (m: WorkerReply) => {
      if ('kind' in m) standards.get(m.request).then((loaded) => worker.postMessage({ kind: 'standard', id: m.id, loaded } satisfies WorkerMessage), reject);
      else resolve(m);
    });
    worker.once('error', reject);
    worker.postMessage({ kind: 'lines', firstLine: 1, bytes, encoding: 'utf-8' } satisfies WorkerMessage, [bytes.buffer]);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu0);
  await worker.terminate();
  if (!('ok' in reply) || !reply.ok || reply.result.good !== 1) throw new Error(`the worker did not score the record: ${JSON.stringify(reply).slice(0, 500)}`);
  return { wall: seconds, cpu: (used.user + used.system) / 1e6 };
}

const measured: { wall: number; cpu: number }[] = [];
for (let i = 0; i < repeat; i++) measured.push(await startOne());
const runs = measured.map((m) => m.wall);
const cpuRuns = measured.map((m) => m.cpu);
const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(JSON.stringify({ median: mid(runs), min: Math.min(...runs), runs, cpu: mid(cpuRuns), cpuRuns, mainLoad }));
