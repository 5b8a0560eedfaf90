import type { CountCheck } from '../types/standard.js';
import { toHundredths } from '../i18n/problem.js';
import { formatPoints, msg } from '../i18n/format.js';
import { isWholeNumber, outcome, type CheckType } from './check-type.js';
import { answerWords, numericCell } from './text.js';

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
  combine: 'sum',
  describe: (check, locale) => msg('form-hint-count', locale, { per: formatPoints(check.per) }),
  formatAnswer: (_check, value, locale) => answerWords(value, locale),
  parseCell: (_check, text, cell) => numericCell(text, cell),
  formInput: () => ({ kind: 'whole', min: 0 }),
  sample(check, max, { meets, random: r }) {
    const best = Math.ceil(max / Math.round(check.per * 100));
    return meets ? best + Math.floor(r() * 3) : Math.floor(r() * best);
  },
};
