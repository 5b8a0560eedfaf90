// The cost of the gap plan, old against new in one run (issue 13).
//   node --import tsx bench/gap-cost.ts [--records N] [--repeat R] [--ref star-rating] [--seed S]
// Generates N inspections of the `mixed` profile (src/batch/generate.ts: good, failing about a third
// of their items, nearly empty) and times each record R times, in passes over all records, one pass
// per measure, interleaved (CPU time; the fastest of a record's runs is taken): evaluate without a
// plan, the old planner (tests/helpers/gap-oracle.ts: every step proved on the whole scoring) to the
// next level and to every level above, evaluate with gap next and all, and the whole record as a
// worker handles it. "old" = evaluate without a plan + the old planner.
// Prints medians per station kind and their ratios, and the worst decile (mean of the slowest 10 %)
// against the median record; checks that both planners give the same plans for every record.
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
  line: string;
  inspection: Inspection;
  times: Record<'none' | 'oldPlan' | 'next' | 'oldAll' | 'all' | 'record', number[]>;
  steps: number;
}
const records: Rec[] = [];
for (let k = 0; k < N; k++) {
  const line = JSON.stringify(generateInspection(compiled, k, { count: N, seed: SEED, profile: 'mixed' }));
  const checked = validateInspection(compiled, JSON.parse(line));
  if (!checked.ok) throw new Error(`record ${k} does not validate`);
  records.push({ kind: stationKind('mixed', SEED, k), line, inspection: checked.inspection, times: { none: [], oldPlan: [], next: [], oldAll: [], all: [], record: [] }, steps: 0 });
}

const scored = (insp: Inspection) => {
  const answered = withSharedAnswers(compiled, insp);
  return { answered, state: scoreInspection(forLevel(compiled, answered.station.level), answered) };
};
const levelIds = compiled.levels.map((l) => l.id);
const oldAll = (r: Rec, heldAt: number) => {
  const { answered, state } = scored(r.inspection);
  return levelIds.slice(heldAt + 1).map((id) => oraclePlanGapFrom(state, answered, id));
};
// CPU time of this process (ms), not wall time: on a shared machine a record's wall time includes the
// time other processes held the core.
const now = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// the same plans from both, for every record (also warms both up)
let differ = 0;
for (const r of records) {
  const { answered, state } = scored(r.inspection);
  const next = evaluate(compiled, r.inspection);
  const all = evaluate(compiled, r.inspection, { gap: 'all' });
  const at = next.rating.level === null ? -1 : levelIds.indexOf(next.rating.level);
  if (!isDeepStrictEqual(oraclePlanGapFrom(state, answered), next.gap) || !isDeepStrictEqual(oldAll(r, at), all.gaps)) differ++;
  r.steps = next.gap.steps.length;
}

// Per record: evaluate without a plan; the old planner on the scoring (next level, and every level
// above); evaluate with the plan to the next level and to every level; and the whole record as a
// batch worker handles it (parse, validate, evaluate, serialise).
const held = records.map((r) => {
  const level = evaluate(compiled, r.inspection, { gap: 'none' }).rating.level;
  return level === null ? -1 : levelIds.indexOf(level);
});
const states = records.map((r) => scored(r.inspection));
const passes: [keyof Rec['times'], (r: Rec, k: number) => unknown][] = [
  ['none', (r) => evaluate(compiled, r.inspection, { gap: 'none' })],
  ['oldPlan', (_r, k) => oraclePlanGapFrom(states[k].state, states[k].answered)],
  ['oldAll', (_r, k) => levelIds.slice(held[k] + 1).map((id) => oraclePlanGapFrom(states[k].state, states[k].answered, id))],
  ['next', (r) => evaluate(compiled, r.inspection)],
  ['all', (r) => evaluate(compiled, r.inspection, { gap: 'all' })],
  [
    'record',
    (r) => {
      const checked = validateInspection(compiled, JSON.parse(r.line));
      return checked.ok ? JSON.stringify(evaluate(compiled, checked.inspection)) : null;
    },
  ],
];
// each measure a pass over all records, the passes interleaved R times, so each runs as warm as the others
for (let rep = 0; rep < REPEAT; rep++) {
  for (const [key, run] of passes) {
    records.forEach((r, k) => {
      const t = now();
      run(r, k);
      r.times[key].push(now() - t);
    });
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
const f = (x: number, w = 7) => x.toFixed(3).padStart(w);
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`.padStart(6);
const columns = ['stations', 'count', 'steps', 'no plan', 'old next', 'new next', 'ratio', 'old all', 'new all', 'ratio', 'record'];
const widths = [9, 6, 6, 8, 8, 8, 6, 8, 8, 6, 8];
console.log(`gap plan cost — ${N} inspections of ${compiled.id}@${compiled.version} (${compiled.items.length} items), profile mixed, seed ${SEED}; CPU ms per record: the fastest of ${REPEAT} runs of each record, then the median over the records`);
console.log(`  no plan = evaluate(gap: none); old = no plan + the old full re-scoring planner (tests/helpers/gap-oracle.ts), new = evaluate(gap: next | all); record = parse + validate + evaluate + JSON.stringify`);
console.log(`plans (next and all) differing between the old and the new planner: ${differ} of ${records.length}`);
console.log(columns.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' '));
const row = (label: string, rs: Rec[]) => {
  const m = (k: keyof Rec['times']) => median(rs.map((r) => best(r.times[k])));
  const oldNext = median(rs.map((r) => best(r.times.none) + best(r.times.oldPlan)));
  const oldAllT = median(rs.map((r) => best(r.times.none) + best(r.times.oldAll)));
  const steps = rs.reduce((a, r) => a + r.steps, 0) / rs.length;
  console.log([label.padEnd(9), String(rs.length).padStart(6), steps.toFixed(1).padStart(6), f(m('none'), 8), f(oldNext, 8), f(m('next'), 8), ratio(oldNext, m('next')), f(oldAllT, 8), f(m('all'), 8), ratio(oldAllT, m('all')), f(m('record'), 8)].join(' '));
};
for (const kind of ['good', 'failing', 'sparse'] as StationKind[]) row(kind, records.filter((r) => r.kind === kind));
row('all', records);
const spread = (label: string, xs: number[]) => console.log(`${label}: median ${f(median(xs), 0)} ms, worst decile ${f(worstDecile(xs), 0)} ms = ${(worstDecile(xs) / median(xs)).toFixed(2)}× the median, slowest ${(Math.max(...xs) / median(xs)).toFixed(2)}×`);
spread('old evaluate (next)', records.map((r) => best(r.times.none) + best(r.times.oldPlan)));
spread('new evaluate (next)', records.map((r) => best(r.times.next)));
spread('new evaluate (all) ', records.map((r) => best(r.times.all)));
spread('new record (next)  ', records.map((r) => best(r.times.record)));
