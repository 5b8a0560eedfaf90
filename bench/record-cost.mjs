// The cost of each record, in one thread: validate, evaluate (with reviewers' overrides, as batch does)
// and serialise, each record timed three times and its fastest taken. Prints the median, the 90th
// percentile, the mean of the worst decile and the slowest, with the mean gap steps of the worst decile
// and of the rest (what makes a record expensive).
//   node bench/record-cost.mjs REF FILE LIMIT   → one JSON line
import { open } from 'node:fs/promises';
import { compile, evaluateReviewed, loadRatingScheme, loadStandard, validateInspection } from '../dist/index.js';

const [ref, file, limitArg] = process.argv.slice(2);
const limit = Number(limitArg);
let source;
try {
  source = await loadRatingScheme(ref);
} catch {
  source = await loadStandard(ref);
}
const compiled = compile(source);
const handle = await open(file, 'r');
const lines = [];
let carry = '';
const decoder = new TextDecoder();
while (lines.length < limit) {
  const buf = new Uint8Array(1 << 20);
  const { bytesRead } = await handle.read(buf, 0, buf.length, null);
  if (bytesRead === 0) break;
  const parts = (carry + decoder.decode(buf.subarray(0, bytesRead), { stream: true })).split('\n');
  carry = parts.pop();
  lines.push(...parts.filter((l) => l.length > 0));
}
await handle.close();
lines.length = Math.min(lines.length, limit);
const costs = [];
const one = (line) => {
  const checked = validateInspection(compiled, JSON.parse(line));
  if (!checked.ok) return -1;
  const r = evaluateReviewed(compiled, checked.inspection);
  if (!r.ok) return -1;
  JSON.stringify(r.evaluation);
  return r.evaluation.gap?.steps.length ?? 0;
};
for (const line of lines.slice(0, 200)) one(line); // warm up
for (const line of lines) {
  let best = Infinity;
  let steps = 0;
  for (let i = 0; i < 3; i++) {
    const t = process.hrtime.bigint();
    steps = one(line);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  if (steps >= 0) costs.push({ ms: best, steps });
}
costs.sort((a, b) => a.ms - b.ms);
const at = (q) => costs[Math.min(costs.length - 1, Math.floor(q * costs.length))].ms;
const decile = costs.slice(Math.floor(costs.length * 0.9));
const rest = costs.slice(0, Math.floor(costs.length * 0.9));
const mean = (xs, f) => xs.reduce((a, x) => a + f(x), 0) / xs.length;
console.log(JSON.stringify({
  records: costs.length, median: at(0.5), p90: at(0.9), worstDecile: mean(decile, (x) => x.ms), max: costs[costs.length - 1].ms,
  stepsWorstDecile: mean(decile, (x) => x.steps), stepsRest: mean(rest, (x) => x.steps),
}));
