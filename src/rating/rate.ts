import type { ConditionResult, Rating, Reason } from '../types/evaluation.js';
import type { CompiledLevel } from '../standard/compiled.js';
import { compositeOf, type Composite, type ScoreState } from '../scoring/score.js';
import { checkCondition, levelConditions } from './conditions/registry.js';

/** The rating and each level's result: the generated contract types (schemas/evaluation.schema.json, $defs Rating and LevelResult). */
export type { Rating, LevelResult, ConditionResult } from '../types/evaluation.js';

/**
 * The conditions of one level that do not hold: the minimum percent first (decided on the exact
 * composite share, shown truncated to hundredths), then `requires` in order.
 */
export function unmetConditions(state: ScoreState, level: CompiledLevel, share: Composite = compositeOf(state)): Reason[] {
  const unmet: Reason[] = [];
  for (const cond of levelConditions(state.compiled, level)) {
    const r = checkCondition(state, cond, share);
    if (r) unmet.push(r);
  }
  return unmet;
}

/**
 * Every condition of one level, in the order of `unmetConditions`, with whether it holds and, when it
 * does not, the same reason: the evaluation carries it so a renderer needs no scheme (issue 10.2).
 */
export function conditionResults(state: ScoreState, level: CompiledLevel, share: Composite = compositeOf(state)): ConditionResult[] {
  // levelConditions compiles exactly these, in this order: the minimum percent, then `requires`.
  const stated: ConditionResult['condition'][] = [{ minPercent: level.minPercent }, ...level.requires];
  return levelConditions(state.compiled, level).map((cond, i): ConditionResult => {
    const reason = checkCondition(state, cond, share);
    return reason ? { condition: stated[i], holds: false, reason } : { condition: stated[i], holds: true };
  });
}

/** Rates a scored inspection: the highest level whose every condition holds (pure). */
export function rate(state: ScoreState): Rating {
  const share = compositeOf(state);
  const levels = state.compiled.levels.map((level) => {
    const conditions = conditionResults(state, level, share);
    const unmet: Reason[] = [];
    for (const c of conditions) if (c.reason) unmet.push(c.reason);
    return { id: level.id, met: unmet.length === 0, unmet, conditions };
  });
  let best = -1;
  levels.forEach((l, i) => l.met && (best = i));
  const top = best >= 0 ? state.compiled.levels[best] : null;
  return { level: top?.id ?? null, label: top?.label ?? null, levels };
}

/** Index of the level a station holds, or -1. */
export function levelIndex(state: ScoreState): number {
  const share = compositeOf(state);
  const levels = state.compiled.levels;
  for (let i = levels.length - 1; i >= 0; i--) if (unmetConditions(state, levels[i], share).length === 0) return i;
  return -1;
}
