// npm run bench [-- --records N] [--profile mixed|good] [--repeat R] [--rules-records M] [--cost-records K]
//                  [--million | --million-only] [--cpu-prof] [--seed S] [--keep]
//
// One run, one generated file of N inspections (default 20,000) of the star-rating scheme, by default the
// `mixed` profile of src/batch/generate.ts (60 % good stations, 25 % failing about a third of their items,
// 15 % nearly empty self-assessments), measured as separate processes, each R times (default 5) in
// interleaved rounds, reporting medians of CPU time (user + system, all threads: the machine is shared)
// and of wall time, side by side:
//   (a) parse floor: read + JSON.parse per line (bench/floor.mjs)
//   (b) output floor: (a) + JSON.stringify of a same-size evaluation per line, encoded and written
//   vsr batch with 1 and 2 workers for each output shape `--output` offers
//   json-rules-engine on the same item checks (bench/rules-engine.mjs), on the first M records
// then the cost of each record in one thread (bench/record-cost.mjs, first K records): worst decile vs
// median; the start-up of a worker (bench/worker-startup.ts) and of a one-record `vsr batch`; with
// --million, once, the peak RSS of `vsr batch --workers 2` at 1,000,000 records for every shape and at
// 100,000 nearly empty records (outputs to /dev/null; --million-only: that alone); with --cpu-prof, a profile of one worker
// (`node --cpu-prof`, compact, first 3,000 records): its top functions by self time. The json-rules-
// engine model must agree with vsr on percent and level for every record it scores, or the bench
// stops: a comparison with a model that scores differently would say nothing. Data lives in
// bench/data/ (git-ignored); inputs are kept for the next run, the outputs deleted unless --keep.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDocument } from '../src/standard/load.js';
import { compile } from '../src/standard/compile.js';
import { writeInspections, type GenerateProfile } from '../src/batch/generate.js';
import { readLines } from '../src/batch/lines.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, 'bench', 'data');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const HOOK = path.join(ROOT, 'bench', 'rss-hook.mjs');
const REF = 'star-rating';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '20000' },
    profile: { type: 'string', default: 'mixed' },
    repeat: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    'rules-records': { type: 'string', default: '500' },
    'cost-records': { type: 'string', default: '2000' },
    million: { type: 'boolean', default: false },
    'million-only': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const N = Number(values.records);
const SEED = Number(values.seed);
const REPEAT = Number(values.repeat);
const PROFILE = values.profile as GenerateProfile;
const RULES_N = Math.min(N, Number(values['rules-records']));
const COST_N = Math.min(N, Number(values['cost-records']));
if (!Number.isInteger(N) || N < 1000 || !Number.isInteger(REPEAT) || REPEAT < 1 || !['mixed', 'good'].includes(PROFILE) || !(RULES_N >= 1) || !(COST_N >= 100)) {
  console.error('usage: npm run bench -- [--records N ≥ 1000] [--profile mixed|good] [--repeat R] [--rules-records M] [--cost-records K ≥ 100] [--million | --million-only] [--cpu-prof] [--seed S] [--keep]');
  process.exit(2);
}

/** The output shapes `vsr batch --output` offers (only `full` before the option existed). */
function shapes(): string[] {
  const help = spawnSync(process.execPath, [CLI, 'batch', '--help'], { encoding: 'utf8' }).stdout;
  return /--output/.test(help) ? ['full', 'compact', 'summary'] : ['full'];
}

async function generate(file: string, count: number, profile: GenerateProfile): Promise<void> {
  const progress = (k: number) => process.stdout.isTTY && process.stdout.write(`\r  generating… ${k.toLocaleString('en')} / ${count.toLocaleString('en')}`);
  await writeInspections(compile((await loadDocument(REF, ROOT, { roots: [ROOT] })).doc), file, { count, seed: SEED, profile }, progress);
  if (process.stdout.isTTY) process.stdout.write('\r' + ' '.repeat(60) + '\r');
}

/** The first line of a file (read from its first 64 KiB). */
function firstLineOf(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8').split('\n')[0];
  } finally {
    closeSync(fd);
  }
}

async function inputOf(count: number, profile: GenerateProfile = PROFILE): Promise<string> {
  const input = path.join(DATA, `${REF}-${profile}-${count}-s${SEED}.ndjson`);
  // a file kept from a generator before its records were marked as examples (with fictional regions) is made again
  if (!existsSync(`${input}.done`) || !firstLineOf(input).includes('"example":true')) {
    console.log(`generating ${path.relative(ROOT, input)} …`);
    await generate(input, count, profile);
    writeFileSync(`${input}.done`, '');
  }
  return input;
}

interface Measure { seconds: number; cpu: number; rss: number; stdout: string }

/** Runs a Node process with the RSS hook; wall time from spawn to exit. */
async function measure(args: string[], nodeOptions: string[] = []): Promise<Measure> {
  const rssFile = path.join(DATA, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...nodeOptions, '--import', HOOK, ...args], { cwd: ROOT, env: { ...process.env, VSR_BENCH_RSS: rssFile }, stdio: ['ignore', 'pipe', 'inherit'] });
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

/** The functions of a .cpuprofile with the largest self time, with their share of the busy samples. */
function topFunctions(file: string, n: number): { name: string; share: number }[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((x) => [x.id, x.callFrame]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!;
    if (f.functionName === '(idle)') return; // waiting for work is not work
    const name = `${f.functionName || '(anonymous)'}${f.url ? ` ${path.basename(f.url)}` : ''}`;
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(name, (self.get(name) ?? 0) + dt);
    total += dt;
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, t]) => ({ name, share: (100 * t) / total }));
}

const mb = (bytes: number) => (Number.isNaN(bytes) ? 'n/a' : `${Math.round(bytes / 1048576)} MB`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Row { key: string; label: string; records: number; args: string[]; runs: Measure[] }

/** Peak RSS of `vsr batch --workers 2` at 1,000,000 records for every shape and at 100,000 nearly empty ones (once each). */
async function million(available: string[]): Promise<void> {
  const runs: [string, number, GenerateProfile][] = [['1,000,000 records', 1_000_000, PROFILE], ['100,000 nearly empty records', 100_000, 'sparse']];
  for (const [label, count, profile] of runs) {
    const big = await inputOf(count, profile);
    for (const shape of available) {
      const m = await measure([CLI, 'batch', big, '--out', '/dev/null', '--errors', '/dev/null', '--workers', '2', '--locale', 'en', ...(shape === 'full' ? [] : ['--output', shape])]);
      console.log(`${label}, --output ${shape}, 2 workers: peak RSS ${mb(m.rss)} (goal < 300 MB), ${m.seconds.toFixed(1)} s wall, ${m.cpu.toFixed(1)} s CPU, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    }
  }
}

async function main(): Promise<void> {
  mkdirSync(DATA, { recursive: true });
  const cpu = cpus()[0]?.model ?? 'unknown';
  console.log(`vsr benchmark — ${N.toLocaleString('en')} inspections of ${REF}, profile ${PROFILE}, medians of ${REPEAT} runs`);
  console.log(`machine: ${cpus().length} cores (${cpu}), ${mb(totalmem())} RAM, node ${process.version}, load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const input = await inputOf(N);
  const size = statSync(input).size;
  console.log(`input: ${path.relative(ROOT, input)} (${mb(size)}, ${Math.round(size / N).toLocaleString('en')} bytes a record)`);
  const tag = path.basename(input, '.ndjson');
  const out = (name: string) => path.join(DATA, `${tag}.${name}.ndjson`);

  // a same-size evaluation for the output floor: the evaluation of the first record
  const sampleIn = path.join(DATA, `${tag}.sample-in.ndjson`);
  writeFileSync(sampleIn, readFileSync(input, 'utf8').slice(0, 64 * 1024).split('\n')[0] + '\n');
  spawnSync(process.execPath, [CLI, 'batch', sampleIn, '--out', out('sample'), '--workers', '1'], { cwd: ROOT });
  const sample = path.join(DATA, `${tag}.sample.json`);
  writeFileSync(sample, readFileSync(out('sample'), 'utf8').trim());

  const available = shapes();
  if (values['million-only']) {
    await million(available);
    return;
  }
  const batch = (workers: number, shape: string) => [CLI, 'batch', input, '--out', out(`${shape}-${workers}`), '--errors', out(`${shape}-${workers}.errors`), '--workers', String(workers), '--locale', 'en', ...(shape === 'full' ? [] : ['--output', shape])];
  const rows: Row[] = [
    { key: 'a', label: '(a) parse floor: read + JSON.parse', records: N, args: [path.join(ROOT, 'bench/floor.mjs'), input], runs: [] },
    { key: 'b', label: '(b) output floor: (a) + stringify + write', records: N, args: [path.join(ROOT, 'bench/floor.mjs'), input, sample, out('floor')], runs: [] },
    ...available.flatMap((shape) => [1, 2].map((w) => ({ key: `${shape}-${w}`, label: `vsr batch --output ${shape} --workers ${w}`, records: N, args: batch(w, shape), runs: [] as Measure[] }))),
    // what the gap plan costs: the summary line with no plan made (--gap none)
    ...(available.includes('summary') ? [{ key: 'summary-nogap-2', label: 'vsr batch --output summary --gap none --workers 2', records: N, args: [CLI, 'batch', input, '--out', out('summary-nogap-2'), '--errors', out('summary-nogap-2.errors'), '--workers', '2', '--locale', 'en', '--output', 'summary', '--gap', 'none'], runs: [] as Measure[] }] : []),
    { key: 'rules', label: `json-rules-engine, first ${RULES_N.toLocaleString('en')}`, records: RULES_N, args: [path.join(ROOT, 'bench/rules-engine.mjs'), REF, input, String(RULES_N), out('rules')], runs: [] },
  ];
  for (let round = 1; round <= REPEAT; round++) {
    for (const row of rows) {
      if (process.stdout.isTTY) process.stdout.write(`\r  round ${round}/${REPEAT}: ${row.label} …`.padEnd(80));
      row.runs.push(await measure(row.args));
    }
    console.log(`  round ${round}/${REPEAT} done, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`.padEnd(80));
  }
  const row = (key: string) => rows.find((r) => r.key === key)!;
  const med = (key: string, f: (m: Measure) => number) => median(row(key).runs.map(f));
  const perRecord = (key: string, f: (m: Measure) => number) => med(key, f) / row(key).records;
  const ratio = (key: string, base: string) => `${(perRecord(key, (m) => m.cpu) / perRecord(base, (m) => m.cpu)).toFixed(2)} (${(perRecord(key, (m) => m.seconds) / perRecord(base, (m) => m.seconds)).toFixed(2)})`;
  console.log('');
  console.log(`| | median CPU s | median wall s | records/s (wall) | peak RSS | CPU × (a) | CPU × (b) |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const r of rows) {
    const cpuS = med(r.key, (m) => m.cpu);
    const wall = med(r.key, (m) => m.seconds);
    const rss = Math.max(...r.runs.map((m) => m.rss));
    console.log(`| ${r.label} | ${cpuS.toFixed(2)} | ${wall.toFixed(2)} | ${Math.round(r.records / wall).toLocaleString('en')} | ${mb(rss)} | ${(perRecord(r.key, (m) => m.cpu) / perRecord('a', (m) => m.cpu)).toFixed(2)} | ${(perRecord(r.key, (m) => m.cpu) / perRecord('b', (m) => m.cpu)).toFixed(2)} |`);
  }
  console.log('');
  console.log('goals (per record, CPU-time ratio, wall-time ratio in brackets):');
  if (available.includes('full')) console.log(`  full, 1 worker: ${ratio('full-1', 'b')} × (b)   goal ≤ 1.5`);
  if (available.includes('compact')) console.log(`  compact, 1 worker: ${ratio('compact-1', 'a')} × (a)   goal ≤ 2.0;  2 workers: ${ratio('compact-2', 'a')} × (a) wall matters here, goal ≤ 1.1`);
  if (available.includes('summary')) console.log(`  summary, 2 workers: ${ratio('summary-2', 'a')} × (a)   goal ≤ 0.9  (with --gap none: ${ratio('summary-nogap-2', 'a')})`);
  // json-rules-engine scores only (no validation, no gap plan, no output but percent and level): set
  // against the full line and against the summary line, the least vsr writes with the same work done
  console.log(`  json-rules-engine per record vs full, 1 worker: ${ratio('rules', 'full-1')}${available.includes('summary') ? `; vs summary, 1 worker: ${ratio('rules', 'summary-1')}` : ''}   goal ≥ 20`);
  for (const shape of available) {
    const same = await sameBytes(out(`${shape}-1`), out(`${shape}-2`));
    console.log(`  output of ${shape} with 1 worker and 2: ${same ? 'byte-identical' : 'DIFFERENT (a bug)'}`);
  }
  const agreed = await agreement(out('rules'), out('full-1'));
  console.log(`  json-rules-engine agrees with vsr on percent and level for ${agreed.toLocaleString('en')} of ${RULES_N.toLocaleString('en')} records`);
  if (agreed !== RULES_N) throw new Error('the json-rules-engine model no longer scores as vsr does (bench/rules-engine.mjs): its comparison would say nothing; mend the model first');

  // start-up: a worker (standard compiled in the main thread beforehand), and a whole one-record batch
  const startup = JSON.parse((await measure([path.join(ROOT, 'bench/worker-startup.ts'), input, String(Math.max(5, REPEAT))], ['--import', 'tsx'])).stdout);
  const one = path.join(DATA, `${tag}.one.ndjson`);
  writeFileSync(one, readFileSync(sampleIn));
  const oneRuns: Measure[] = [];
  for (let i = 0; i < Math.max(5, REPEAT); i++) oneRuns.push(await measure([CLI, 'batch', one, '--out', '/dev/null', '--errors', '/dev/null', '--workers', '1']));
  console.log(`start-up: a worker, from new Worker to its first record scored: median ${startup.cpu.toFixed(3)} s CPU (${startup.median.toFixed(3)} s wall, best ${startup.min.toFixed(3)} s)   goal < 0.3 s (the main thread's loading and compiling of the standard, once a run: ${startup.mainLoad.toFixed(3)} s wall)`);
  console.log(`  a one-record vsr batch --workers 1: median ${median(oneRuns.map((m) => m.seconds)).toFixed(2)} s wall, ${median(oneRuns.map((m) => m.cpu)).toFixed(2)} s CPU`);

  const cost = JSON.parse((await measure([path.join(ROOT, 'bench/record-cost.mjs'), REF, input, String(COST_N)])).stdout);
  console.log(`record cost, one thread, first ${cost.records.toLocaleString('en')} records: median ${cost.median.toFixed(3)} ms, p90 ${cost.p90.toFixed(3)} ms, worst decile mean ${cost.worstDecile.toFixed(3)} ms (${(cost.worstDecile / cost.median).toFixed(2)} × median), slowest ${cost.max.toFixed(3)} ms (${(cost.max / cost.median).toFixed(2)} × median)   goal ≤ 3 ×`);
  console.log(`  gap steps: ${cost.stepsWorstDecile.toFixed(1)} on average in the worst decile, ${cost.stepsRest.toFixed(1)} in the rest`);

  if (values['cpu-prof']) {
    // one worker's profile: compact, the first 3,000 records
    const profDir = path.join(DATA, 'prof');
    rmSync(profDir, { recursive: true, force: true });
    const head = path.join(DATA, `${tag}.head.ndjson`);
    writeFileSync(head, readFileSync(input, 'utf8').split('\n').slice(0, 3000).join('\n') + '\n');
    await measure([CLI, 'batch', head, '--out', '/dev/null', '--errors', '/dev/null', '--workers', '1', '--output', 'compact'], ['--cpu-prof', '--cpu-prof-dir', profDir]);
    // the main thread's profile is written first (thread id 0), the worker's after it
    const files = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')).sort();
    const worker = files.find((f) => !/\.0\.\d+\.cpuprofile$/.test(f)) ?? files[files.length - 1];
    console.log(`profile of one worker (node --cpu-prof, --output compact, 3,000 records, ${path.relative(ROOT, path.join(profDir, worker))}): top functions by self time, share of the time it was busy`);
    for (const f of topFunctions(path.join(profDir, worker), 15)) console.log(`  ${f.share.toFixed(1).padStart(5)} %  ${f.name}`);
    rmSync(head, { force: true });
  }

  if (values.million) await million(available);
  console.log(`load average at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (!values.keep) for (const f of [sampleIn, sample, one, out('sample'), out('floor'), out('rules'), out('summary-nogap-2'), out('summary-nogap-2.errors'), ...available.flatMap((s) => [1, 2].flatMap((w) => [out(`${s}-${w}`), out(`${s}-${w}.errors`)]))]) rmSync(f, { force: true });
}

await main();
