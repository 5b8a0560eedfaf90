import type { Reason } from '../../types/evaluation.js';
import type { StationLevel } from '../../types/standard.js';
import type { Compiled, CompiledItem } from '../../standard/compiled.js';
import type { Composite, ScoreState } from '../../scoring/score.js';

/** Why a gap step is in the plan. */
export type StepReason = 'veto' | 'required' | 'section' | 'standard' | 'points';

/** A level condition compiled: tagged by `kind`, with the ids it names resolved to indexes. */
export interface CompiledConditionBase {
  kind: string;
  /** The station levels the condition applies to (else it holds). */
  appliesTo?: StationLevel[];
}

/** What the gap planner asks of an unmet condition: the items to fix. */
export interface Need {
  reason: StepReason;
  /** Items that must all be fixed (vetoes, required items). */
  all?: number[];
  /** Items to choose from, best first, until the need is met. */
  scope?: (item: CompiledItem) => boolean;
  /**
   * The measure the choice improves: a function of the sums only (points and maxima per component
   * and section), so two items of the same component and sections whose fixes change the sums alike
   * gain alike (the planner measures such items once); and it never falls as points rise.
   */
  measure?: (s: ScoreState) => number;
  /**
   * Where an item's result meets the measure (its component for the composite; one place for a
   * section or a standard): items of one place whose fixes change the sums alike gain alike. Default:
   * the item's component and sections.
   */
  place?: (item: CompiledItem) => number;
  unmet: Reason;
}

/** What the planner knows about items: whether one can still be improved, and whether it is stuck (records the past). */
export interface Planner {
  improvable(i: number): boolean;
  stuck(i: number): boolean;
}

/**
 * One kind of level condition (`requires` in a rating scheme, and the level's own `minPercent`). Each
 * lives in its own module under `conditions/` and is registered in `registry.ts`; rating, the gap plan
 * and the reports ask the registry and switch on nothing.
 */
export interface ConditionType<R, C extends CompiledConditionBase> {
  readonly kind: C['kind'];
  /** The key that marks the scheme's form of this condition (`noVeto: true`, `section: …`); null for the level's own minPercent. */
  readonly key: string | null;
  /** The compiled condition: ids resolved to indexes against the compiled standard or scheme. */
  compile(raw: R, compiled: Compiled): C;
  /** Null when the condition holds, else the reason it does not. `share` is the composite share. */
  check(state: ScoreState, cond: C, share: Composite): Reason | null;
  /** The order the gap plan works on conditions: 0 failed vetoes, 1 required items, 2 sections and standards, 3 points. */
  rank(state: ScoreState, cond: C): number;
  /** What it takes to meet the condition, for the gap plan. */
  need(state: ScoreState, cond: C, unmet: Reason, planner: Planner): Need;
  /**
   * Whether an item's result can change whether the condition holds (the items, sections or
   * components it names): the gap plan re-checks only the conditions a step touches.
   */
  touches(cond: C, item: CompiledItem, compiled: Compiled): boolean;
  /** The condition in words, as a message code and parameters (the renderer words it). */
  describe(cond: C): Reason;
  /** Whether an unmet reason (from `check`) is this condition's. */
  owns(cond: C, reason: Reason): boolean;
}
