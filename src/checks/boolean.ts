import type { BooleanCheck } from '../types/standard.js';
import { msg } from '../i18n/format.js';
import { outcome, type CheckType } from './check-type.js';
import { answerWords, normalise } from './text.js';

const YES = new Set(['是', 'yes', 'y', 'true', '1', '✓', '√', '对', '有', '通过', '达标']);
const NO = new Set(['否', 'no', 'n', 'false', '0', '✗', '×', 'x', '无', '没有', '未通过', '不达标']);

/** `boolean`: true earns all the points, false none. */
export const booleanCheck: CheckType<BooleanCheck> = {
  type: 'boolean',
  lint: () => [],
  validate: (_check, value) => (typeof value === 'boolean' ? null : { code: 'answer-boolean' }),
  score: (_check, value, max) => outcome(value === true ? max : 0),
  best: () => true,
  combine: 'all',
  describe: (_check, locale) => msg('form-hint-boolean', locale),
  formatAnswer: (_check, value, locale) => answerWords(value, locale),
  parseCell(_check, text) {
    const n = normalise(text);
    if (YES.has(n)) return true;
    if (NO.has(n)) return false;
    return text;
  },
  formInput: (_check, locale) => ({ kind: 'choice', choices: [msg('answer-yes', locale), msg('answer-no', locale)], inline: true }),
  sample: (_check, _max, { meets }) => meets,
};
