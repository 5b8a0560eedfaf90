import type { AnswerEntry, Inspection, Waiver } from '../types/inspection.js';
import type { Gap, GapStep, Reason } from '../types/evaluation.js';
import type { CompiledItem } from '../standard/compiled.js';
import { compositeOf, compositePercent, itemHolds, scoreItem, setItem, waiversByItem, type Composite, type ItemResult, type ScoreState } from '../scoring/score.js';
import { evidenceToProvide } from '../scoring/evidence.js';
import { checkCondition, conditionsTouching, conditionType, levelConditions } from '../rating/conditions/registry.js';
import type { Need, StepReason } from '../rating/conditions/condition-type.js';
import { levelIndex, unmetConditions } from '../rating/rate.js';

/** A plan and its steps: the generated contract types (schemas/evaluation.schema.json, $defs Gap and GapStep). */
export type { Gap, GapStep } from '../types/evaluation.js';

/** Why a step is in the plan. */
export type { StepReason };

const EFFORT_RANK = { S: 0, M: 1, L: 2 } as const;

/** The answer that earns an item's full points, with the evidence it requires dated on the inspection day. */
export function bestAnswer(item: CompiledItem, inspectedAt: string): AnswerEntry {
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

/** The plan when a need has no candidate left. */
function noCandidates(target: string, need: Need): Gap {
  return { target, reachable: false, why: [{ code: 'gap-no-candidates', params: { condition: need.unmet.code } }, need.unmet], steps: [] };
}

/** Candidates of a need whose fixes change the sums alike, in item order per effort (S, M, L). */
class CandidateGroup {
  readonly queues: number[][] = [[], [], []];
  /** How much a fix changes the points. */
  constructor(readonly dPoints: number) {}

  private readonly at = [0, 0, 0];

  /** The effort of `head`. */
  rank = 0;

  /** The first candidate still improvable, of the least effort (its effort in `rank`); −1 when none is left. */
  head(improvable: (i: number) => boolean): number {
    for (let rank = 0; rank < 3; rank++) {
      const queue = this.queues[rank];
      while (this.at[rank] < queue.length && !improvable(queue[this.at[rank]])) this.at[rank]++;
      if (this.at[rank] < queue.length) {
        this.rank = rank;
        return queue[this.at[rank]];
      }
    }
    return -1;
  }
}

/**
 * What an item's best answer earns, by station level and inspection day: a function of the item and
 * these two when no waiver names it, so stations inspected on the same day share it. Frozen: plans
 * only read it (it never reaches an evaluation), and each map is kept small.
 */
const bestResults = new WeakMap<CompiledItem, Map<string, Readonly<ItemResult>>>();

/**
 * The gap planner of one scored inspection: plans the least-effort way to any level above (pure).
 * Each item's best answer is scored once and shared by every plan made from the same scoring.
 */
export class GapPlanner {
  private readonly fixes: (ItemResult | undefined)[];
  private readonly waivers: Map<string, Waiver> | null;

  constructor(private readonly base: ScoreState, inspection: Inspection) {
    this.waivers = waiversByItem(inspection.waivers);
    this.fixes = new Array(base.compiled.items.length);
  }

  /**
   * What item i's best answer earns. While planning, a fixed item is taken at what its best answer
   * really earns (a grade may top out below full marks); the proof re-uses the same.
   */
  private fixOf(i: number): ItemResult {
    let fix = this.fixes[i];
    if (!fix) {
      const { compiled, level, inspectedAt, inspectedDay } = this.base;
      const item = compiled.items[i];
      const waiver = this.waivers?.get(item.id);
      const score = () => scoreItem(item, bestAnswer(item, inspectedAt), level, inspectedAt, inspectedDay, compiled.components[item.component].missing, waiver);
      if (waiver) fix = score();
      else {
        let byDay = bestResults.get(item);
        if (!byDay) bestResults.set(item, (byDay = new Map()));
        const key = `${level}`;
        fix = byDay.get(key) as ItemResult | undefined;
        if (!fix) {
          if (byDay.size >= 64) byDay.clear();
          byDay.set(key, (fix = Object.freeze(score())));
        }
      }
      this.fixes[i] = fix;
    }
    return fix;
  }

  /**
   * The candidates of a need on `work`, grouped by where an item's fix goes in the sums and by how
   * much it changes them: the measure is a function of the sums, so a group's items gain alike and
   * the plan, which takes the least effort, then the biggest gain, then the first item, measures one
   * item a group. An item whose fix leaves the sums as they are gains nothing and is left out. Groups
   * that differ only in the points their fix adds form a class, most points first: the measure never
   * falls as points rise, so a class is measured only down to its first smaller gain.
   */
  private groups(work: ScoreState, need: Need, improvable: (i: number) => boolean): CandidateGroup[][] {
    const { compiled } = work;
    // where a fix meets the measure: what the need says, else the item's component and sections
    const place = need.place ?? ((it: CompiledItem) => `${it.component}:${it.sections.join(',')}`);
    const byKey = new Map<string, CandidateGroup>();
    const classes = new Map<string, CandidateGroup[]>();
    for (const item of compiled.items) {
      const i = item.index;
      if (!improvable(i) || !need.scope!(item)) continue;
      const old = work.items[i];
      const fix = this.fixOf(i);
      const dPoints = (fix.counted ? fix.points : 0) - (old.counted ? old.points : 0);
      const dMax = item.bonus || fix.counted === old.counted ? 0 : fix.counted ? item.max : -item.max;
      if (dPoints === 0 && dMax === 0) continue;
      const cls = `${item.bonus ? 'b' : ''}${place(item)}|${dMax}`;
      const key = `${cls}|${dPoints}`;
      let group = byKey.get(key);
      if (!group) {
        byKey.set(key, (group = new CandidateGroup(dPoints)));
        const members = classes.get(cls);
        if (members) members.push(group);
        else classes.set(cls, [group]);
      }
      group.queues[EFFORT_RANK[item.effort]].push(i);
    }
    return [...classes.values()].map((members) => members.sort((a, b) => b.dPoints - a.dPoints));
  }

  /**
   * Plans to level t. Fixes failed vetoes and required items first, then sections and prerequisite
   * standards, then points; among choices the smallest effort (S < M < L) and then the biggest gain
   * (the first item on a tie). A step re-checks only the conditions its item touches; the plan is
   * proven by scoring every step into the inspection and re-checking every condition of the target.
   */
  plan(t: number): Gap {
    const { base } = this;
    const { compiled } = base;
    const level = compiled.levels[t];
    const conditions = levelConditions(compiled, level);
    const touching = conditionsTouching(compiled, level);
    const work = copyState(base);
    // Each condition's result on `work`, kept until a step touches it (undefined: to check).
    const results: (Reason | null | undefined)[] = new Array(conditions.length);
    let share: Composite | null = null;
    const checked = (k: number): Reason | null => {
      let r = results[k];
      if (r === undefined) results[k] = r = checkCondition(work, conditions[k], (share ??= compositeOf(work)));
      return r;
    };
    // whether each item has been changed by a step (a plain array: a typed one costs more to make than it saves here)
    const changed: boolean[] = new Array<boolean>(compiled.items.length).fill(false);
    const improvable = (i: number) => {
      const st = work.items[i].state;
      return !changed[i] && compiled.items[i].remediable && st !== 'pass' && st !== 'waived' && st !== 'not-applicable';
    };
    const planner = { improvable, stuck: (i: number) => stuck(work, i) };
    const chosen: { index: number; reason: StepReason }[] = [];
    const apply = (i: number, reason: StepReason) => {
      setItem(work, i, this.fixOf(i));
      for (const k of touching[i]) results[k] = undefined;
      share = null;
      changed[i] = true;
      chosen.push({ index: i, reason });
    };
    // each condition's rank on `work`, and whether firstNeed has looked at it yet (arrays made once a plan)
    const ranks: number[] = new Array<number>(conditions.length);
    const seen: boolean[] = new Array<boolean>(conditions.length);
    /** The first condition that does not hold, in the order the plan works on them (by rank, stable within a rank). */
    const firstNeed = (): { need: Need; k: number } | null => {
      for (let k = 0; k < conditions.length; k++) {
        ranks[k] = conditionType(conditions[k]).rank(work, conditions[k]);
        seen[k] = false;
      }
      for (let n = 0; n < conditions.length; n++) {
        let k = -1; // the lowest rank not looked at yet, the first listed on a tie
        for (let j = 0; j < conditions.length; j++) if (!seen[j] && (k < 0 || ranks[j] < ranks[k])) k = j;
        seen[k] = true;
        const unmet = checked(k);
        if (unmet) return { need: conditionType(conditions[k]).need(work, conditions[k], unmet, planner), k };
      }
      return null;
    };
    // The candidates of each need (condition and reason), grouped once: items leave them as they are fixed.
    const candidates = new Map<string, CandidateGroup[][]>();

    for (let guard = 0; guard <= compiled.items.length; guard++) {
      const first = firstNeed();
      if (!first) break;
      const { need } = first;
      if (need.all) {
        // Every item must be fixed: one that records the past means not this round.
        const why = notRemediable(work, need.all, need.unmet);
        if (why) return { target: level.id, reachable: false, why, steps: [] };
        const todo = need.all.filter(improvable);
        if (todo.length === 0) return noCandidates(level.id, need);
        todo.forEach((i) => apply(i, need.reason));
        continue;
      }
      // The candidate that gains most for least effort (the first item on a tie), measured a group at a time.
      const key = `${need.reason}:${first.k}`;
      let classes = candidates.get(key);
      if (!classes) candidates.set(key, (classes = this.groups(work, need, improvable)));
      // Groups are measured an effort at a time: a lesser effort that gains anything wins.
      const before = need.measure!(work);
      const heads = classes.map((members) => members.map((g) => g.head(improvable)));
      let pick = -1;
      let pickGain = 0;
      for (let rank = 0; rank < 3 && pick < 0; rank++) {
        classes.forEach((members, c) => {
          let top = 0;
          for (let g = 0; g < members.length; g++) {
            const head = heads[c][g];
            if (head < 0 || members[g].rank !== rank) continue;
            const old = work.items[head];
            setItem(work, head, this.fixOf(head));
            const gain = need.measure!(work) - before;
            setItem(work, head, old);
            if (gain <= 0 || gain < top) break; // the rest of the class gains no more
            top = gain;
            if (pick < 0 || gain > pickGain || (gain === pickGain && head < pick)) {
              pick = head;
              pickGain = gain;
            }
          }
        });
      }
      if (pick < 0) {
        const why = notRemediable(work, compiled.items.filter((it) => need.scope!(it)).map((it) => it.index), need.unmet);
        return why ? { target: level.id, reachable: false, why, steps: [] } : noCandidates(level.id, need);
      }
      apply(pick, need.reason);
    }

    // Drop steps the target does not need (latest first); vetoes and required items stay. Every
    // condition holds here, so a step can be dropped when the conditions it touches still hold without it.
    for (let k = chosen.length - 1; k >= 0; k--) {
      const { index, reason } = chosen[k];
      if (reason === 'veto' || reason === 'required') continue;
      const fixed = work.items[index];
      setItem(work, index, base.items[index]);
      const without = compositeOf(work);
      if (touching[index].every((c) => checkCondition(work, conditions[c], without) === null)) chosen.splice(k, 1);
      else setItem(work, index, fixed);
    }

    // Score each step's real answer in plan order (items score independently, so this equals a full
    // re-scoring of the inspection with the answers written in), record its gain, and prove the target.
    const proof = copyState(base);
    let percent = compositePercent(proof);
    const steps: GapStep[] = chosen.map(({ index, reason }) => {
      const item = compiled.items[index];
      const result = this.fixOf(index);
      const answer = bestAnswer(item, base.inspectedAt);
      const before = percent;
      setItem(proof, index, result);
      percent = compositePercent(proof);
      return { item: item.id, from: base.items[index].state, to: result.state, answer, gain: Math.round((percent - before) * 100) / 100, effort: item.effort, reason };
    });
    const unmet = unmetConditions(proof, level);
    if (unmet.length > 0) return { target: level.id, reachable: false, why: [{ code: 'gap-not-verified' }, ...unmet], steps };
    return { target: level.id, reachable: true, steps };
  }
}

/**
 * Plans the least-effort way from a scored inspection to a target level (pure; see `GapPlanner.plan`).
 * Without a target: to the next level above the one held (`current`, its index, −1 for none; worked
 * out when not given), and an empty plan with target null at the top level. `planner` (made from the
 * same scoring) shares its scored best answers with other plans.
 */
export function planGapFrom(base: ScoreState, inspection: Inspection, target?: string, current: number = levelIndex(base), planner?: GapPlanner): Gap {
  const levels = base.compiled.levels;
  let t: number;
  if (target === undefined) {
    t = current + 1;
    if (t >= levels.length) return { target: null, reachable: true, steps: [] };
  } else {
    t = levels.findIndex((l) => l.id === target);
    if (t < 0) return { target, reachable: false, why: [{ code: 'gap-unknown-level', params: { target, allowed: levels.map((l) => l.id).join(', ') } }], steps: [] };
  }
  return (planner ?? new GapPlanner(base, inspection)).plan(t);
}
