// TEST ORACLE, not part of the library: the gap planner as it was before issue 13 made its proofs
// incremental (src/gap/plan.ts at c904b5f), kept verbatim apart from its imports. Each candidate and
// each dropped step is proved by re-checking every condition of the target level on the whole
// scoring. tests/property/gap-oracle.test.ts checks that the incremental planner gives exactly the
// same plan; bench/gap-cost.ts times the two side by side.
import type { AnswerEntry, Inspection } from '../../src/types/inspection.js';
import type { Gap, GapStep, Reason } from '../../src/types/evaluation.js';
import type { CompiledItem, CompiledLevel } from '../../src/standard/compiled.js';
import { compositePercent, itemHolds, scoreItem, setItem, waiversByItem, type ItemResult, type ScoreState } from '../../src/scoring/score.js';
import { evidenceToProvide } from '../../src/scoring/evidence.js';
import { checkCondition, conditionType, levelConditions } from '../../src/rating/conditions/registry.js';
import type { Need, StepReason } from '../../src/rating/conditions/condition-type.js';
import { levelIndex, unmetConditions } from '../../src/rating/rate.js';

const EFFORT_RANK = { S: 0, M: 1, L: 2 } as const;

/** The answer that earns an item's full points, with the evidence it requires dated on the inspection day. */
function bestAnswer(item: CompiledItem, inspectedAt: string): AnswerEntry {
  const value = item.checkType.best(item.check, item.max);
  return item.evidence.length ? { value, evidence: evidenceToProvide(item.evidence, inspectedAt) } : value;
}

function copyState(s: ScoreState): ScoreState {
  return {
    ...s,
    items: s.items.slice(),
    compPoints: s.compPoints.slice(),
    compMax: s.compMax.slice(),
    compBonus: s.compBonus.slice(),
    compDeducted: s.compDeducted.slice(),
    compVetoes: s.compVetoes.slice(),
    sectionPoints: s.sectionPoints.slice(),
    sectionMax: s.sectionMax.slice(),
    warnings: [],
  };
}

/** Whether item i falls short and records the past (`remediable: false`), so no plan may change it. */
function stuck(state: ScoreState, i: number): boolean {
  return !state.compiled.items[i].remediable && !itemHolds(state.items[i].state);
}

/**
 * Why a level cannot be reached this round: the items among `indices` that fall short and record the
 * past. Null when none do.
 */
function notRemediable(state: ScoreState, indices: Iterable<number>, unmet: Reason): Reason[] | null {
  const ids: string[] = [];
  for (const i of indices) if (stuck(state, i)) ids.push(state.compiled.items[i].id);
  return ids.length ? [{ code: 'gap-not-remediable', params: { items: ids.join(', ') } }, unmet] : null;
}

/**
 * The first condition of the target level that does not hold, as something the plan can work on. The
 * plan works on failed vetoes (of the level, or of a prerequisite standard) first, then required
 * items, then sections and prerequisite standards, then points; stable within a rank.
 */
function firstNeed(state: ScoreState, level: CompiledLevel, improvable: (i: number) => boolean): Need | null {
  const planner = { improvable, stuck: (i: number) => stuck(state, i) };
  const ranked = levelConditions(state.compiled, level).map((cond, k) => ({ cond, k, rank: conditionType(cond).rank(state, cond) }));
  ranked.sort((a, b) => a.rank - b.rank || a.k - b.k);
  for (const { cond } of ranked) {
    const unmet = checkCondition(state, cond);
    if (unmet) return conditionType(cond).need(state, cond, unmet, planner);
  }
  return null;
}

/**
 * Plans the least-effort way from a scored inspection to a target level (pure). Fixes failed vetoes
 * and required items first, then sections and prerequisite standards, then points; among choices the
 * smallest effort (S < M < L) and then the biggest gain. The plan is proven by re-scoring the
 * inspection with every step applied; if it does not reach the target it is reported unreachable.
 */
export function oraclePlanGapFrom(base: ScoreState, inspection: Inspection, target?: string): Gap {
  const { compiled } = base;
  const levels = compiled.levels;
  const current = levelIndex(base);
  let t: number;
  if (target === undefined) {
    t = current + 1;
    if (t >= levels.length) return { target: null, reachable: true, steps: [] };
  } else {
    t = levels.findIndex((l) => l.id === target);
    if (t < 0) return { target, reachable: false, why: [{ code: 'gap-unknown-level', params: { target, allowed: levels.map((l) => l.id).join(', ') } }], steps: [] };
  }
  const level = levels[t];
  const work = copyState(base);
  // While planning, a fixed item is taken at what its best answer really earns (a grade may top out
  // below full marks); each item is scored once, and the proof below re-uses the same answers.
  const waivers = waiversByItem(inspection.waivers);
  const fixes = new Map<number, { answer: AnswerEntry; result: ItemResult }>();
  const fixOf = (i: number) => {
    let fix = fixes.get(i);
    if (!fix) {
      const item = compiled.items[i];
      const answer = bestAnswer(item, base.inspectedAt);
      const result = scoreItem(item, answer, base.level, base.inspectedAt, base.inspectedDay, compiled.components[item.component].missing, waivers?.get(item.id));
      fix = { answer, result };
      fixes.set(i, fix);
    }
    return fix;
  };
  const changed = new Set<number>();
  const improvable = (i: number) => {
    const st = work.items[i].state;
    return !changed.has(i) && compiled.items[i].remediable && st !== 'pass' && st !== 'waived' && st !== 'not-applicable';
  };
  const chosen: { index: number; reason: StepReason }[] = [];
  const apply = (i: number, reason: StepReason) => {
    setItem(work, i, fixOf(i).result);
    changed.add(i);
    chosen.push({ index: i, reason });
  };

  for (let guard = 0; guard <= compiled.items.length; guard++) {
    const need = firstNeed(work, level, improvable);
    if (!need) break;
    const noCandidates: Gap = { target: level.id, reachable: false, why: [{ code: 'gap-no-candidates', params: { condition: need.unmet.code } }, need.unmet], steps: [] };
    if (need.all) {
      // Every item must be fixed: one that records the past means not this round.
      const why = notRemediable(work, need.all, need.unmet);
      if (why) return { target: level.id, reachable: false, why, steps: [] };
      const todo = need.all.filter(improvable);
      if (todo.length === 0) return noCandidates;
      todo.forEach((i) => apply(i, need.reason));
      continue;
    }
    let pick = -1;
    let pickGain = 0;
    const before = need.measure!(work);
    for (const item of compiled.items) {
      if (!improvable(item.index) || !need.scope!(item)) continue;
      const old = work.items[item.index];
      setItem(work, item.index, fixOf(item.index).result);
      const gain = need.measure!(work) - before;
      setItem(work, item.index, old);
      if (gain <= 0) continue;
      if (pick < 0) { pick = item.index; pickGain = gain; continue; }
      const rank = EFFORT_RANK[item.effort] - EFFORT_RANK[compiled.items[pick].effort];
      if (rank < 0 || (rank === 0 && gain > pickGain)) { pick = item.index; pickGain = gain; }
    }
    if (pick < 0) {
      const why = notRemediable(work, compiled.items.filter((it) => need.scope!(it)).map((it) => it.index), need.unmet);
      return why ? { target: level.id, reachable: false, why, steps: [] } : noCandidates;
    }
    apply(pick, need.reason);
  }

  // Drop steps the target does not need (latest first); vetoes and required items stay.
  for (let k = chosen.length - 1; k >= 0; k--) {
    const { index, reason } = chosen[k];
    if (reason === 'veto' || reason === 'required') continue;
    const fixed = work.items[index];
    setItem(work, index, base.items[index]);
    if (unmetConditions(work, level).length === 0) chosen.splice(k, 1);
    else setItem(work, index, fixed);
  }

  // Score each step's real answer in plan order (items score independently, so this equals a full
  // re-scoring of the inspection with the answers written in), record its gain, and prove the target.
  const proof = copyState(base);
  const steps: GapStep[] = chosen.map(({ index, reason }) => {
    const item = compiled.items[index];
    const { answer, result } = fixOf(index);
    const before = compositePercent(proof);
    setItem(proof, index, result);
    return { item: item.id, from: base.items[index].state, to: result.state, answer, gain: Math.round((compositePercent(proof) - before) * 100) / 100, effort: item.effort, reason };
  });
  const unmet = unmetConditions(proof, level);
  if (unmet.length > 0) return { target: level.id, reachable: false, why: [{ code: 'gap-not-verified' }, ...unmet], steps };
  return { target: level.id, reachable: true, steps };
}
