// npm run bench [-- --records N] [--seed S] [--rules-records M] [--runs a,b,c,d] [--keep]
// (the memory check: npm run bench -- --records 1000000 --runs a,c)
//
// One run, one generated file of N inspections (default 100,000) of the star-rating scheme (or the
// best shipped standard there is, said so), measured as separate processes, wall time:
//   (a) parse floor: read the file and JSON.parse each line (bench/floor.mjs), twice, the faster counts
//   (b) vsr batch --workers 1           (c) vsr batch --workers <all cores>
//   (d) json-rules-engine scoring the same item checks (bench/rules-engine.mjs) on the first M records
// and prints b/a, c/a, d/b (per record, on wall time and on CPU time) and the peak RSS of each process. Data lives in bench/data/
// (git-ignored); the generated input is kept for the next run, the outputs are deleted unless --keep.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDocument } from '../src/standard/load.js';
import { compile } from '../src/standard/compile.js';
import { listShipped } from '../src/standard/refs.js';
import { writeInspections } from '../src/batch/generate.js';
import { readLines } from '../src/batch/lines.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, 'bench', 'data');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const HOOK = path.join(ROOT, 'bench', 'rss-hook.mjs');

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    'rules-records': { type: 'string', default: '2000' },
    runs: { type: 'string', default: 'a,b,c,d' },
    keep: { type: 'boolean', default: false },
  },
});
const N = Number(values.records);
const SEED = Number(values.seed);
const RULES_N = Math.min(N, Number(values['rules-records']));
const RUNS = new Set(values.runs!.split(','));
if (!Number.isInteger(N) || N < 1000 || !Number.isInteger(RULES_N) || RULES_N < 1) {
  console.error('usage: npm run bench -- [--records N ≥ 1000] [--seed S] [--rules-records M] [--runs a,b,c,d] [--keep]');
  process.exit(2);
}

/** The star-rating scheme, or else the shipped scheme or standard with the most items. */
async function chooseRef(): Promise<{ ref: string; fallback: boolean }> {
  const shipped = listShipped();
  if (shipped.some((s) => s.id === 'star-rating')) return { ref: 'star-rating', fallback: false };
  let best = { ref: path.join(ROOT, 'tests/fixtures/mini.yaml'), score: -1 };
  for (const s of shipped) {
    const loaded = await loadDocument(`${s.id}@${s.version}`);
    const score = (loaded.kind === 'scheme' ? 1e6 : 0) + compile(loaded.doc).items.length;
    if (score > best.score) best = { ref: `${s.id}@${s.version}`, score };
  }
  return { ref: best.ref, fallback: true };
}

async function generate(ref: string, file: string): Promise<void> {
  const progress = (k: number) => process.stdout.isTTY && process.stdout.write(`\r  generating… ${k.toLocaleString('en')} / ${N.toLocaleString('en')}`);
  await writeInspections(compile((await loadDocument(ref, ROOT, { roots: [ROOT] })).doc), file, { count: N, seed: SEED }, progress);
  if (process.stdout.isTTY) process.stdout.write('\r' + ' '.repeat(60) + '\r');
}

interface Measure { seconds: number; cpu: number; rss: number; stdout: string }

/** Runs a Node process with the RSS hook; wall time from spawn to exit. */
async function measure(args: string[]): Promise<Measure> {
  const rssFile = path.join(DATA, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--import', HOOK, ...args], { cwd: ROOT, env: { ...process.env, VSR_BENCH_RSS: rssFile }, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  const [code] = await once(child, 'close');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0 && code !== 1) throw new Error(`${args.join(' ')} exited with ${code}\n${stdout}`);
  const usage = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : { rss: Number.NaN, cpu: Number.NaN };
  rmSync(rssFile, { force: true });
  return { seconds, cpu: usage.cpu, rss: usage.rss, stdout };
}

/** Whether two files hold the same bytes (streamed). */
async function sameBytes(a: string, b: string): Promise<boolean> {
  if (statSync(a).size !== statSync(b).size) return false;
  const ra = createReadStream(a, { highWaterMark: 1 << 20 })[Symbol.asyncIterator]();
  const rb = createReadStream(b, { highWaterMark: 1 << 20 })[Symbol.asyncIterator]();
  let bufA = Buffer.alloc(0);
  let bufB = Buffer.alloc(0);
  for (;;) {
    if (bufA.length === 0) {
      const n = await ra.next();
      bufA = n.done ? Buffer.alloc(0) : n.value;
    }
    if (bufB.length === 0) {
      const n = await rb.next();
      bufB = n.done ? Buffer.alloc(0) : n.value;
    }
    if (bufA.length === 0 || bufB.length === 0) return bufA.length === bufB.length;
    const len = Math.min(bufA.length, bufB.length);
    if (!bufA.subarray(0, len).equals(bufB.subarray(0, len))) return false;
    bufA = bufA.subarray(len);
    bufB = bufB.subarray(len);
  }
}

/** How many of the rules engine's results agree with vsr's (station, percent and level). */
async function agreement(rulesOut: string, batchOut: string): Promise<number> {
  const rules = readFileSync(rulesOut, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  let ok = 0;
  for await (const { line, text } of readLines(batchOut)) {
    if (line > rules.length) break;
    const e = JSON.parse(text!);
    const r = rules[line - 1];
    if (e.station.id === r.station && e.score.percent === r.percent && e.rating.level === r.level) ok++;
  }
  return ok;
}

const mb = (bytes: number) => (Number.isNaN(bytes) ? 'n/a' : `${Math.round(bytes / 1048576)} MB`);
const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString('en')}/s`;

async function main(): Promise<void> {
  mkdirSync(DATA, { recursive: true });
  const { ref, fallback } = await chooseRef();
  const cores = availableParallelism();
  const cpu = cpus()[0]?.model ?? 'unknown';
  console.log(`vsr benchmark — ${N.toLocaleString('en')} inspections of ${ref}${fallback ? ' (FALLBACK: star-rating is not shipped yet; using the largest available)' : ''}`);
  console.log(`machine: ${cores} cores (${cpu}), ${mb(totalmem())} RAM, node ${process.version}, load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  const tag = `${ref.replace(/[^\w@.-]/g, '_')}-${N}-s${SEED}`;
  const input = path.join(DATA, `${tag}.ndjson`);
  if (!existsSync(`${input}.done`)) {
    console.log(`generating ${path.relative(ROOT, input)} …`);
    await generate(ref, input);
    writeFileSync(`${input}.done`, '');
  }
  const size = statSync(input).size;
  console.log(`input: ${path.relative(ROOT, input)} (${mb(size)}, ${Math.round(size / N).toLocaleString('en')} bytes a record)\n`);

  // Outputs of a million records would take tens of GB: above 200,000 they go to /dev/null.
  const toDisk = N <= 200_000;
  const out = (name: string) => (toDisk ? path.join(DATA, `${tag}.${name}.ndjson`) : '/dev/null');
  const batch = (workers: number, name: string) => [CLI, 'batch', input, '--out', out(name), '--errors', path.join(DATA, `${tag}.${name}.errors.ndjson`), '--workers', String(workers), '--locale', 'en'];

  const rows: [string, Measure, number][] = [];
  const run = async (label: string, args: string[], records: number) => {
    if (process.stdout.isTTY) process.stdout.write(`  ${label} …`);
    const m = await measure(args);
    process.stdout.write(`${process.stdout.isTTY ? '\r' : ''}  ${label.padEnd(44)} ${m.seconds.toFixed(2).padStart(8)} s  ${rate(records, m.seconds).padStart(10)}  CPU ${m.cpu.toFixed(2).padStart(7)} s  peak RSS ${mb(m.rss)}\n`);
    rows.push([label, m, records]);
    return m;
  };
  const none: Measure = { seconds: Number.NaN, cpu: Number.NaN, rss: Number.NaN, stdout: '' };
  const floor = () => run('(a) parse floor: read + JSON.parse', [path.join(ROOT, 'bench/floor.mjs'), input], N);
  const a1 = RUNS.has('a') ? await floor() : none;
  const b = RUNS.has('b') ? await run('(b) vsr batch --workers 1', batch(1, 'one'), N) : none;
  const c = RUNS.has('c') ? await run(`(c) vsr batch --workers ${cores}`, batch(cores, 'all'), N) : none;
  const rulesOut = path.join(DATA, `${tag}.rules.ndjson`);
  const d = RUNS.has('d') ? await run(`(d) json-rules-engine, first ${RULES_N.toLocaleString('en')}`, [path.join(ROOT, 'bench/rules-engine.mjs'), ref, input, String(RULES_N), rulesOut], RULES_N) : none;
  const a2 = RUNS.has('a') ? await floor() : none; // again: the faster floor counts
  const a = Math.min(a1.seconds, a2.seconds);
  const aCpu = Math.min(a1.cpu, a2.cpu);

  const ratio = (x: number, y: number, digits = 2) => (Number.isNaN(x / y) ? 'n/a' : (x / y).toFixed(digits));
  console.log('');
  console.log('ratios on wall time (CPU time in brackets: user + system of all threads, less sensitive to other load on the machine)');
  console.log(`b/a = ${ratio(b.seconds, a)} (${ratio(b.cpu, aCpu)})   goal ≤ 1.5, aim 1.2`);
  console.log(`c/a = ${ratio(c.seconds, a)} (${ratio(c.cpu, aCpu)})   goal ≤ 0.8 on two cores; ${cores} here`);
  console.log(`d/b = ${ratio(d.seconds / RULES_N, b.seconds / N, 1)} (${ratio(d.cpu / RULES_N, b.cpu / N, 1)})   per record; goal ≥ 12`);
  console.log(`peak RSS of vsr batch: ${mb(b.rss)} with 1 worker, ${mb(c.rss)} with ${cores}; goal < 400 MB at 1,000,000 records`);
  if (toDisk && RUNS.has('b') && RUNS.has('c')) console.log(`output with 1 worker and with ${cores}: ${(await sameBytes(out('one'), out('all'))) ? 'byte-identical' : 'DIFFERENT (a bug)'}`);
  if (toDisk && RUNS.has('b') && RUNS.has('d')) console.log(`json-rules-engine agrees with vsr on percent and level for ${(await agreement(rulesOut, out('one'))).toLocaleString('en')} of ${RULES_N.toLocaleString('en')} records`);
  if (!toDisk) console.log('(outputs went to /dev/null at this size; the identity and agreement checks need ≤ 200,000 records)');
  console.log(`load average at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (!values.keep) for (const name of ['one', 'all']) for (const f of [out(name), path.join(DATA, `${tag}.${name}.errors.ndjson`)]) if (f !== '/dev/null') rmSync(f, { force: true });
}

await main();
