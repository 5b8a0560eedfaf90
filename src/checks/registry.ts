import type { Check } from '../types/standard.js';
import type { CheckType } from './check-type.js';
import { booleanCheck } from './boolean.js';
import { gradeCheck } from './grade.js';
import { thresholdCheck } from './threshold.js';
import { countCheck } from './count.js';
import { checklistCheck } from './checklist.js';
import { deductionCheck } from './deduction.js';

/** Every check type by name. A new type is a new module plus one line here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each module is a CheckType of its own check; callers pass the matching check
export const checkTypes: Record<string, CheckType<any>> = Object.fromEntries(
  [booleanCheck, gradeCheck, thresholdCheck, countCheck, checklistCheck, deductionCheck].map((t) => [t.type, t]),
);

export function checkTypeOf(check: Check): CheckType<Check> {
  const t = checkTypes[check.type];
  if (!t) throw new Error(`unknown check type ${check.type}`);
  return t;
}
