import type { Check } from '../types/standard.js';
import type { Answer } from '../types/inspection.js';
import type { Reason } from '../types/evaluation.js';
import type { Params } from '../i18n/messages.js';

/** A problem with a check's definition (found when a standard is loaded). */
export interface DefinitionProblem {
  code: string;
  /** Pointer relative to the check object, e.g. '/grades/2'. */
  at: string;
  params?: Params;
}

/** A problem with an answer's value (found when an inspection is validated). */
export interface AnswerProblem {
  code: string;
  params?: Params;
}

/** What a check awards for one valid answer. */
export interface CheckOutcome {
  /** Earned points in hundredths, 0 ≤ earned ≤ max. */
  earned: number;
  /** Points taken off by a deduction, in hundredths (0 for other types). */
  deducted: number;
  /** Why it earned less than the maximum (empty when it earned all). */
  reasons: Reason[];
}

/**
 * One check type. Each lives in its own module and is registered in `registry.ts`; adding a type
 * touches no other type.
 */
export interface CheckType<C extends Check = Check> {
  readonly type: C['type'];
  /** Semantic checks on the definition beyond the JSON Schema. `max` is the item's points in hundredths. */
  lint(check: C, max: number): DefinitionProblem[];
  /** Null when `value` is a valid answer for this check. */
  validate(check: C, value: unknown): AnswerProblem | null;
  /** Points for a valid answer. Pure and monotone: a better answer never earns less. */
  score(check: C, value: Answer, max: number): CheckOutcome;
  /** The simplest answer that earns the full points. */
  best(check: C, max: number): Answer;
}


export function isWholeNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

export function outcome(earned: number, reasons: Reason[] = [], deducted = 0): CheckOutcome {
  return { earned, deducted, reasons };
}
