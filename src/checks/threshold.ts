import type { StationLevel, ThresholdCheck } from '../types/standard.js';
import { formatPercent, formatPoints, msg } from '../i18n/format.js';
import { outcome, type CheckType, type DefinitionProblem } from './check-type.js';
import { answerWords, numericCell } from './text.js';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The values an answer may take, [min, max]: the one place they are worked out (max may be Infinity). */
export function bounds(check: ThresholdCheck): [number, number] {
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

/** Lint of one threshold as written (no per-level variants). */
function ownProblems(check: ThresholdCheck): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const [min, max] = bounds(check);
  if (check.target < min || check.target > max) problems.push({ code: 'threshold-target-range', at: '/target', params: { target: check.target, min, max: Number.isFinite(max) ? max : '∞' } });
  if (check.partialFrom === undefined) return problems;
  const ok = check.direction === 'atMost' ? check.partialFrom > check.target : check.partialFrom < check.target;
  if (!ok) problems.push({ code: 'threshold-ramp', at: '/partialFrom', params: { from: check.partialFrom, target: check.target } });
  return problems;
}

/** The threshold for a station of `level`: its own target and ramp, when `levels` gives one. */
function thresholdForLevel(check: ThresholdCheck, level: StationLevel): ThresholdCheck | null {
  const own = check.levels?.[level];
  if (!own) return null;
  const { levels: _levels, partialFrom: _from, ...rest } = check;
  return { ...rest, target: own.target, ...(own.partialFrom !== undefined ? { partialFrom: own.partialFrom } : {}) };
}

/** `threshold`: a number or percentage against a target, with an optional partial ramp (per station level when `levels` says). */
export const thresholdCheck: CheckType<ThresholdCheck> = {
  type: 'threshold',
  lint(check) {
    const problems = ownProblems(check);
    // each level's variant too (targets in range, ramps on the unmet side)
    for (const [level, own] of Object.entries(check.levels ?? {})) {
      if (!own) continue;
      for (const p of ownProblems(thresholdForLevel(check, level as StationLevel)!)) problems.push({ ...p, at: `/levels/${level}${p.at}` });
    }
    return problems;
  },
  forLevel: thresholdForLevel,
  answerShape: (check) => `threshold:${check.unit ?? 'number'}`,
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
  describe(check, locale) {
    const [min, max] = bounds(check);
    return msg('form-hint-threshold', locale, {
      min, max: Number.isFinite(max) ? max : '∞', unit: check.unit === 'percent' ? '%' : '',
      op: check.direction === 'atMost' ? '≤' : '≥', target: check.target,
    });
  },
  formatAnswer: (check, value, locale) => answerWords(value, locale, undefined, check.unit === 'percent' ? formatPercent : formatPoints),
  parseCell: (_check, text, cell) => numericCell(text, cell),
  // A percent given as a fraction (0 < value ≤ 1): `0.4` where 40 % is probably meant (Excel stores a typed 40 % as 0.4).
  suspect: (check, value) =>
    check.unit === 'percent' && typeof value === 'number' && value > 0 && value <= 1
      ? { code: 'percent-unscaled', params: { value, percent: Number((value * 100).toPrecision(12)) } }
      : null,
  formInput(check) {
    const [min, max] = bounds(check);
    return { kind: 'decimal', min, max };
  },
  sample(check, _max, { meets, random: r }) {
    const atMost = check.direction === 'atMost';
    const [lo, hi] = bounds(check);
    const target = check.target;
    const from = check.partialFrom ?? (atMost ? target * 1.5 + 1 : target * 0.5);
    let v = meets ? (atMost ? target - r() * Math.abs(target) * 0.2 : target + r() * Math.abs(target) * 0.15) : from + (target - from) * (r() * 1.1 - 0.1);
    v = clamp(v, lo, hi);
    return Number.isInteger(target) && Number.isInteger(from) ? clamp(Math.round(v), lo, hi) : Math.round(v * 10) / 10;
  },
};
