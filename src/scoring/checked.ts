import type { Inspection } from '../types/inspection.js';
import type { Compiled, CompiledItem } from '../standard/compiled.js';

/**
 * The answers of an inspection that `validateInspection` passed (issue 13.2: answers validated once):
 * each answered item's value as it was checked against the item's check of `compiled`, by item index.
 * The scorer does not check such an answer again; any other answer it checks itself.
 */
export interface CheckedAnswers {
  /** The compiled standard or scheme the answers were checked against. */
  readonly compiled: Compiled;
  /** `compiled` as the station's level has it (`forLevel`): the answers fit these checks too. */
  readonly levelled: Compiled;
  /** Each answered item's value as checked, by item index (empty where the inspection has no answer). */
  readonly values: readonly unknown[];
}

/** The checked answers of each inspection `validateInspection` passed (the object it returned). */
const checkedAnswers = new WeakMap<Inspection, CheckedAnswers>();

/** Records that the answers of `inspection` were checked (only `validateInspection` does this, on success). */
export function recordCheckedAnswers(inspection: Inspection, checked: CheckedAnswers): void {
  checkedAnswers.set(inspection, checked);
}

/** The answers of `inspection` checked against `compiled` by `validateInspection`, or null when it did not pass it. */
export function checkedAnswersOf(compiled: Compiled, inspection: Inspection): CheckedAnswers | null {
  const checked = checkedAnswers.get(inspection);
  return checked !== undefined && checked.compiled === compiled ? checked : null;
}

/**
 * Whether `value`, the answer to `item`, was checked against this very check: the same value (a
 * replaced answer is checked again) and the same check, as written or as the station's level has it
 * (`forLevel`) when validated (a check of another level, say after the station's level was changed, is
 * checked again).
 */
export function answerChecked(checked: CheckedAnswers | null, item: CompiledItem, value: unknown): boolean {
  if (checked === null || value === undefined || checked.values[item.index] !== value) return false;
  return checked.levelled.items[item.index]?.check === item.check || checked.compiled.items[item.index]?.check === item.check;
}
