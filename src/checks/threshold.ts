import type { ThresholdCheck } from '../types/standard.js';
import { outcome, type CheckType, type DefinitionProblem } from './check-type.js';

function bounds(check: ThresholdCheck): [number, number] {
  return [check.min ?? 0, check.max ?? (check.unit === 'percent' ? 100 : Number.POSITIVE_INFINITY)];
}

/** Share of the points a value earns: 1 at or beyond the target, a linear ramp from `partialFrom`, else 0. */
function fraction(check: ThresholdCheck, value: number): number {
  const atMost = check.direction === 'atMost';
  const met = atMost ? value <= check.target : value >= check.target;
  if (met) return 1;
  const from = check.partialFrom;
  if (from === undefined) return 0;
  const within = atMost ? value < from : value > from;
  if (!within) return 0;
  return (value - from) / (check.target - from);
}

/** `threshold`: a number or percentage against a target, with an optional partial ramp. */
export const thresholdCheck: CheckType<ThresholdCheck> = {
  type: 'threshold',
  lint(check) {
    const problems: DefinitionProblem[] = [];
    const [min, max] = bounds(check);
    if (check.target < min || check.target > max) problems.push({ code: 'threshold-target-range', at: '/target', params: { target: check.target, min, max: Number.isFinite(max) ? max : '∞' } });
    if (check.partialFrom === undefined) return problems;
    const ok = check.direction === 'atMost' ? check.partialFrom > check.target : check.partialFrom < check.target;
    if (!ok) problems.push({ code: 'threshold-ramp', at: '/partialFrom', params: { from: check.partialFrom, target: check.target } });
    return problems;
  },
  validate(check, value) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'answer-number' };
    const [min, max] = bounds(check);
    if (value < min || value > max) return { code: 'answer-range', params: { min, max: Number.isFinite(max) ? max : '∞' } };
    return null;
  },
  score(check, value, max) {
    const v = value as number;
    const f = fraction(check, v);
    // Full marks only at the target: short of it, rounding to hundredths never reaches the maximum.
    const earned = f >= 1 ? max : Math.max(0, Math.min(max - 1, Math.round(max * f)));
    if (earned === max) return outcome(max);
    const params = { value: v, target: check.target };
    return outcome(earned, [{ code: earned > 0 ? 'threshold-partial' : 'threshold-missed', params }]);
  },
  best: (check) => check.target,
};
