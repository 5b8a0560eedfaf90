import type { BooleanCheck } from '../types/standard.js';
import { outcome, type CheckType } from './check-type.js';

/** `boolean`: true earns all the points, false none. */
export const booleanCheck: CheckType<BooleanCheck> = {
  type: 'boolean',
  lint: () => [],
  validate: (_check, value) => (typeof value === 'boolean' ? null : { code: 'answer-boolean' }),
  score: (_check, value, max) => outcome(value === true ? max : 0),
  best: () => true,
};
