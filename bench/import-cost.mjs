#!/usr/bin/env node
// npm run bench:import [-- --runs N] [--entry veteran-station-rating …] [--cjs] [--root DIR]
//
// The cost of importing the package (issue 10.5, goal: under 2× a bare `node -e 0`). Each run is a
// fresh child process: `node -e "import('veteran-station-rating')…"` against a bare `node -e 0`, run
// interleaved (bare, entry, bare, entry, …) so the machine's load falls on both alike. Each child
// reports, on exit, its CPU time (user + system) and peak resident set size (maxRSS) from
// process.resourceUsage(); the medians and their ratios to the bare run are printed. The package
// resolves to this checkout by name (self-reference through package.json `exports`), so build first;
// `--root DIR` measures another built checkout instead (before/after comparisons).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    entry: { type: 'string', multiple: true, default: ['veteran-station-rating', 'veteran-station-rating/core'] },
    cjs: { type: 'boolean', default: false },
    root: { type: 'string' },
  },
});
const ROOT = values.root ? path.resolve(values.root) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(1, Number(values.runs));
if (!existsSync(path.join(ROOT, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const REPORT = `process.on('exit', () => { const u = process.resourceUsage(); process.stdout.write(JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1000, rss: u.maxRSS / 1024 })); })`;
/** The `-e` text of one case: nothing (bare node), an ESM dynamic import, or a CommonJS require. */
function code(entry, kind) {
  if (!entry) return `${REPORT}; 0`;
  return kind === 'cjs' ? `${REPORT}; require(${JSON.stringify(entry)})` : `${REPORT}; import(${JSON.stringify(entry)})`;
}

const cases = [{ name: 'bare node -e 0', entry: null, kind: 'esm' }];
for (const entry of values.entry) {
  cases.push({ name: `import('${entry}')`, entry, kind: 'esm' });
  if (values.cjs) cases.push({ name: `require('${entry}')`, entry, kind: 'cjs' });
}
const samples = cases.map(() => ({ cpu: [], rss: [] }));
for (let r = 0; r < RUNS; r++) {
  cases.forEach((c, i) => {
    const out = execFileSync(process.execPath, ['-e', code(c.entry, c.kind)], { cwd: ROOT, encoding: 'utf8' });
    const { cpu, rss } = JSON.parse(out);
    samples[i].cpu.push(cpu);
    samples[i].rss.push(rss);
  });
}

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const bare = { cpu: median(samples[0].cpu), rss: median(samples[0].rss) };
console.log(`${ROOT}: node ${process.version}, ${RUNS} runs each (interleaved), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log('case'.padEnd(46) + 'CPU ms (median)'.padStart(16) + '  ×bare' + 'maxRSS MiB'.padStart(13) + '  ×bare');
cases.forEach((c, i) => {
  const cpu = median(samples[i].cpu), rss = median(samples[i].rss);
  console.log(c.name.padEnd(46) + cpu.toFixed(0).padStart(16) + (cpu / bare.cpu).toFixed(2).padStart(7) + rss.toFixed(1).padStart(13) + (rss / bare.rss).toFixed(2).padStart(7));
});
