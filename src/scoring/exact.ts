/**
 * Exact fractions for deciding marks: a level's `minPercent`, a section's or a standard's minimum, are
 * decided on the exact share of points, never on a percent rounded for display (79.995 % does not
 * pass 80 %). Integers are BigInt, so no sum of hundredths and weights can overflow or drift.
 */
export interface Ratio {
  num: bigint;
  den: bigint;
}

export const ZERO: Ratio = { num: 0n, den: 1n };

/** A ratio of two whole numbers (den > 0). */
export function ratio(num: number, den: number): Ratio {
  return { num: BigInt(num), den: BigInt(den) };
}

/** The exact value of a decimal as written (0.6 → 6/10, 66.67 → 6667/100, 1e-3 → 1/1000). */
export function decimalRatio(x: number): Ratio {
  let r = decimals.get(x);
  if (r === undefined) {
    r = parseDecimal(x);
    if (decimals.size >= 4096) decimals.clear();
    decimals.set(x, r);
  }
  return r;
}

/** Weights and marks repeat: each is read once. */
const decimals = new Map<number, Ratio>();

function parseDecimal(x: number): Ratio {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(x));
  if (!m) throw new RangeError(`not a finite decimal: ${x}`);
  const digits = BigInt(`${m[1]}${m[2]}${m[3] ?? ''}`);
  const exp = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  return exp >= 0 ? { num: digits * 10n ** BigInt(exp), den: 1n } : { num: digits, den: 10n ** BigInt(-exp) };
}

export function add(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

export function times(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.num, den: a.den * b.den };
}

/** a / b (b not zero). */
export function over(a: Ratio, b: Ratio): Ratio {
  const sign = b.num < 0n ? -1n : 1n;
  return { num: a.num * b.den * sign, den: a.den * b.num * sign };
}

/** Whether a share (of 1) reaches `minPercent` per cent, exactly. */
export function meetsPercent(share: Ratio, minPercent: number): boolean {
  const m = decimalRatio(minPercent);
  return share.num * m.den * 100n >= m.num * share.den;
}

/** A share as a percent truncated to hundredths: never shows more than was earned (79.995 → 79.99). */
export function percentFloor(share: Ratio): number {
  return Number((share.num * 10000n) / share.den) / 100;
}

/** A share as a percent rounded to hundredths, for display. */
export function percentRounded(share: Ratio): number {
  const scaled = share.num * 20000n / share.den; // twice the hundredths, truncated
  return Number((scaled + 1n) / 2n) / 100;
}

/*
 * The same three decisions taken on a float estimate of the share when it is clearly on one side, and
 * on the exact share (computed only then) when it is too close to call. A share's float error is about
 * 1e-15; the margins below are far above it and far below any difference a percent to hundredths shows,
 * so the results are those of the exact functions above (tests/scoring/exact-estimate.test.ts).
 */
const MARGIN = 1e-7;

/** `meetsPercent`, decided on `estimate` (the share as a float) unless it is within a hair of the mark. */
export function meetsPercentOf(estimate: number, exact: () => Ratio, minPercent: number): boolean {
  const d = estimate * 100 - minPercent;
  return d > MARGIN ? true : d < -MARGIN ? false : meetsPercent(exact(), minPercent);
}

/** `percentFloor`, from `estimate` unless it is within a hair of a hundredth. */
export function percentFloorOf(estimate: number, exact: () => Ratio): number {
  const x = estimate * 10000;
  const f = Math.floor(x);
  return x - f > MARGIN && f + 1 - x > MARGIN ? f / 100 : percentFloor(exact());
}

/** `percentRounded`, from `estimate` unless it is within a hair of half a hundredth. */
export function percentRoundedOf(estimate: number, exact: () => Ratio): number {
  const x = estimate * 10000 + 0.5;
  const f = Math.floor(x);
  return x - f > MARGIN && f + 1 - x > MARGIN ? f / 100 : percentRounded(exact());
}

/** A share as a (float) number, for ranking choices. */
export function shareValue(share: Ratio): number {
  return Number(share.num) / Number(share.den);
}
