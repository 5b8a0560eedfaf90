import type { DeductionCheck } from '../types/standard.js';
import { toHundredths } from '../i18n/problem.js';
import { formatPoints, msg } from '../i18n/format.js';
import { isWholeNumber, outcome, type CheckType } from './check-type.js';
import { answerWords, numericCell } from './text.js';

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
  combine: 'sum',
  describe: (check, locale) => msg('form-hint-deduction', locale, { per: formatPoints(check.per) }),
  formatAnswer: (_check, value, locale) => answerWords(value, locale),
  parseCell: (_check, text, cell) => numericCell(text, cell),
  formInput: () => ({ kind: 'whole', min: 0 }),
  sample: (_check, _max, { meets, random: r }) => (meets ? 0 : 1 + Math.floor(r() * 3)),
  remediable: false,
  // `per` (points off per occurrence) is the standard's rule and stays; the cap keeps its share of the item.
  reweight(check, from, to) {
    if (check.cap === undefined || from === to) return check;
    const { cap, ...rest } = check;
    return from === 0 ? rest : { ...rest, cap: Math.round((toHundredths(cap) * to) / from) / 100 };
  },
};
