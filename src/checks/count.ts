import type { CountCheck } from '../types/standard.js';
import { toHundredths } from '../i18n/problem.js';
import { isWholeNumber, outcome, type CheckType } from './check-type.js';

/** `count`: points per occurrence, up to the item's points. */
export const countCheck: CheckType<CountCheck> = {
  type: 'count',
  lint: (check, max) => (toHundredths(check.per) > max ? [{ code: 'count-per', at: '/per', params: { per: check.per, points: max / 100 } }] : []),
  validate: (_check, value) => (isWholeNumber(value) ? null : { code: 'answer-whole' }),
  score(check, value, max) {
    const count = value as number;
    const earned = Math.min(max, toHundredths(check.per) * count);
    return outcome(earned, earned < max ? [{ code: 'count-earned', params: { count, per: check.per } }] : []);
  },
  best: (check, max) => Math.ceil(max / toHundredths(check.per)),
};
