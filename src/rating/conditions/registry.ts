import type { Condition } from '../../types/rating-scheme.js';
import type { Reason } from '../../types/evaluation.js';
import type { Compiled, CompiledLevel } from '../../standard/compiled.js';
import { compositeOf, type Composite, type ScoreState } from '../../scoring/score.js';
import type { ConditionType } from './condition-type.js';
import { minPercentCondition } from './min-percent.js';
import { noVetoCondition } from './no-veto.js';
import { itemsPassedCondition } from './items-passed.js';
import { sectionMinCondition } from './section-min.js';
import { standardMetCondition } from './standard-met.js';

/** Every kind of level condition. A new kind is a new module plus one line here (and its schema). */
const conditionTypes = [minPercentCondition, noVetoCondition, itemsPassedCondition, sectionMinCondition, standardMetCondition] as const;

/** A compiled level condition: tagged by `kind`, ids resolved to indexes. */
export type CompiledCondition = ReturnType<(typeof conditionTypes)[number]['compile']>;

const byKind = new Map<string, ConditionType<unknown, CompiledCondition>>(conditionTypes.map((t) => [t.kind, t as unknown as ConditionType<unknown, CompiledCondition>]));

/** The module of a compiled condition. */
export function conditionType(cond: CompiledCondition): ConditionType<unknown, CompiledCondition> {
  return byKind.get(cond.kind)!;
}

/** A scheme's condition compiled (its type found by the key that marks it). */
function compileCondition(raw: Condition, compiled: Compiled): CompiledCondition {
  const type = conditionTypes.find((t) => t.key !== null && t.key in raw);
  if (!type) throw new Error(`unknown level condition ${Object.keys(raw).join(', ')}`);
  return (type as unknown as ConditionType<Condition, CompiledCondition>).compile(raw, compiled);
}

const cache = new WeakMap<CompiledLevel, CompiledCondition[]>();

/**
 * Every condition of a level, compiled once per compiled standard: the level's own minimum percent
 * first, then `requires` in order (the order the evaluation lists unmet reasons in).
 */
export function levelConditions(compiled: Compiled, level: CompiledLevel): CompiledCondition[] {
  let conditions = cache.get(level);
  if (!conditions) {
    conditions = [minPercentCondition.compile({ minPercent: level.minPercent }, compiled), ...level.requires.map((raw) => compileCondition(raw, compiled))];
    cache.set(level, conditions);
  }
  return conditions;
}

const touchingCache = new WeakMap<CompiledLevel, number[][]>();

/**
 * For each item (by index), the conditions of a level (indexes into `levelConditions`) whose result
 * its own result can change, computed once per compiled level: what the gap plan re-checks after a step.
 */
export function conditionsTouching(compiled: Compiled, level: CompiledLevel): number[][] {
  let touching = touchingCache.get(level);
  if (!touching) {
    const conditions = levelConditions(compiled, level);
    touching = compiled.items.map((item) => conditions.flatMap((cond, k) => (conditionType(cond).touches(cond, item, compiled) ? [k] : [])));
    touchingCache.set(level, touching);
  }
  return touching;
}

/**
 * Whether one condition holds; null when it does, else the reason it does not. Minimum percents are
 * decided on exact shares; a reason shows the percent truncated to hundredths (79.995 → 79.99).
 */
export function checkCondition(state: ScoreState, cond: CompiledCondition, share?: Composite): Reason | null {
  if (cond.appliesTo && !cond.appliesTo.includes(state.level)) return null;
  return conditionType(cond).check(state, cond, share ?? compositeOf(state));
}
