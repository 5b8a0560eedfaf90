// The cost of the gap plan, old against new in one run (issue 13).
//   node --import tsx bench/gap-cost.ts [--records N] [--repeat R] [--ref star-rating] [--seed S]
// Generates N inspections of the `mixed` profile (src/batch/generate.ts: good, failing about a third
// of their items, nearly empty), validates each once, then times per record, R times (interleaved;
// the fastest of each record's repeats is taken):
//   - evaluate without a plan (gap: none),
//   - the old planner (tests/helpers/gap-oracle.ts: every step proved on the whole scoring), given
//     the scored inspection,
//   - the incremental planner (src/gap/plan.ts), given the same,
//   - evaluate as shipped (gap: next).
// "old evaluate" is evaluate without a plan + the old planner. Prints medians per station kind, their
// ratios, and the worst decile (mean of the slowest 10 %) against the median of all records; checks
// that both planners give the same plan for every record.
import { parseArgs } from 'node:util';
import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, evaluate, validateInspection } from '../src/index.js';
import { loadDocument } from '../src/standard/load.js';
import { generateInspection, stationKind, type StationKind } from '../src/batch/generate.js';
import { scoreInspection } from '../src/scoring/score.js';
import { withSharedAnswers } from '../src/standard/shared.js';
import { forLevel } from '../src/standard/levels.js';
import { planGapFrom } from '../src/gap/plan.js';
import { oraclePlanGapFrom } from '../tests/helpers/gap-oracle.js';
import type { Inspection } from '../src/types/inspection.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '2000' },
    repeat: { type: 'string', default: '5' },
    ref: { type: 'string', default: 'star-rating' },
    seed: { type: 'string', default: '1' },
  },
});
const N = Number(values.records);
const REPEAT = Number(values.repeat);
const SEED = Number(values.seed);

const compiled = compile((await loadDocument(values.ref!, ROOT, { roots: [ROOT] })).doc);

interface Rec {
  kind: StationKind;
  inspection: Inspection;
  times: { none: number[]; oldPlan: number[]; newPlan: number[]; evaluate: number[] };
  steps: number;
}
const records: Rec[] = [];
for (let k = 0; k < N; k++) {
  const checked = validateInspection(compiled, generateInspection(compiled, k, { count: N, seed: SEED, profile: 'mixed' }));
  if (!checked.ok) throw new Error(`record ${k} does not validate`);
  records.push({ kind: stationKind('mixed', SEED, k), inspection: checked.inspection, times: { none: [], oldPlan: [], newPlan: [], evaluate: [] }, steps: 0 });
}

const scored = (insp: Inspection) => {
  const answered = withSharedAnswers(compiled, insp);
  return { answered, state: scoreInspection(forLevel(compiled, answered.station.level), answered) };
};
const now = () => Number(process.hrtime.bigint()) / 1e6;

// the same plan from both, for every record (also warms both up)
let differ = 0;
for (const r of records) {
  const { answered, state } = scored(r.inspection);
  const a = oraclePlanGapFrom(state, answered);
  const b = planGapFrom(state, answered);
  if (!isDeepStrictEqual(a, b)) differ++;
  r.steps = b.steps.length;
}

for (let rep = 0; rep < REPEAT; rep++) {
  for (const r of records) {
    let t = now();
    evaluate(compiled, r.inspection, { gap: 'none' });
    r.times.none.push(now() - t);
    const { answered, state } = scored(r.inspection);
    t = now();
    oraclePlanGapFrom(state, answered);
    r.times.oldPlan.push(now() - t);
    t = now();
    planGapFrom(state, answered);
    r.times.newPlan.push(now() - t);
    t = now();
    evaluate(compiled, r.inspection);
    r.times.evaluate.push(now() - t);
  }
}

const best = (xs: number[]) => Math.min(...xs);
const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const worstDecile = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const d = s.slice(Math.floor(s.length * 0.9));
  return d.reduce((a, x) => a + x, 0) / d.length;
};
const row = (label: string, rs: Rec[]) => {
  const none = rs.map((r) => best(r.times.none));
  const oldPlan = rs.map((r) => best(r.times.oldPlan));
  const newPlan = rs.map((r) => best(r.times.newPlan));
  const oldEval = rs.map((r) => best(r.times.none) + best(r.times.oldPlan));
  const newEval = rs.map((r) => best(r.times.evaluate));
  const f = (x: number) => x.toFixed(3).padStart(8);
  const steps = rs.reduce((a, r) => a + r.steps, 0) / rs.length;
  console.log(`${label.padEnd(13)} ${String(rs.length).padStart(6)} ${steps.toFixed(1).padStart(6)} ${f(median(none))} ${f(median(oldPlan))} ${f(median(newPlan))} ${(median(oldPlan) / median(newPlan)).toFixed(1).padStart(6)}× ${f(median(oldEval))} ${f(median(newEval))} ${(median(oldEval) / median(newEval)).toFixed(1).padStart(6)}×`);
  return { oldEval, newEval };
};

console.log(`gap plan cost — ${N} inspections of ${compiled.id}@${compiled.version} (${compiled.items.length} items), profile mixed, seed ${SEED}, fastest of ${REPEAT} runs per record; ms per record, medians`);
console.log(`plans differing between old and new planner: ${differ}`);
console.log(`${'stations'.padEnd(13)} ${'count'.padStart(6)} ${'steps'.padStart(6)} ${'no plan'.padStart(8)} ${'old plan'.padStart(8)} ${'new plan'.padStart(8)} ${'ratio'.padStart(7)} ${'old eval'.padStart(8)} ${'new eval'.padStart(8)} ${'ratio'.padStart(7)}`);
for (const kind of ['good', 'failing', 'sparse'] as StationKind[]) row(kind, records.filter((r) => r.kind === kind));
const all = row('all', records);
for (const [label, xs] of [['old', all.oldEval], ['new', all.newEval]] as const) {
  console.log(`${label} evaluate: worst decile ${worstDecile(xs).toFixed(3)} ms = ${(worstDecile(xs) / median(xs)).toFixed(2)}× the median record; slowest ${Math.max(...xs).toFixed(3)} ms = ${(Math.max(...xs) / median(xs)).toFixed(2)}×`);
}
