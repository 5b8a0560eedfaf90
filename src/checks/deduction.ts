import type { DeductionCheck } from '../types/standard.js';
import { toHundredths } from '../i18n/problem.js';
import { isWholeNumber, outcome, type CheckType } from './check-type.js';

/** `deduction`: the item's points, less `per` for each occurrence, at most `cap` taken off. */
export const deductionCheck: CheckType<DeductionCheck> = {
  type: 'deduction',
  lint: (check, max) =>
    check.cap !== undefined && toHundredths(check.cap) > max ? [{ code: 'deduction-cap', at: '/cap', params: { cap: check.cap, points: max / 100 } }] : [],
  validate: (_check, value) => (isWholeNumber(value) ? null : { code: 'answer-whole' }),
  score(check, value, max) {
    const count = value as number;
    const cap = check.cap === undefined ? max : Math.min(max, toHundredths(check.cap));
    const deducted = Math.min(cap, toHundredths(check.per) * count);
    if (deducted === 0) return outcome(max);
    return outcome(max - deducted, [{ code: 'deduction-taken', params: { count, deducted: deducted / 100 } }], deducted);
  },
  best: () => 0,
};
