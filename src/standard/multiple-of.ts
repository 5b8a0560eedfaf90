/** The number of decimal places of a step such as 0.01 (at most 15). */
function decimalPlaces(step: number): number {
  let places = 0;
  while (places < 15 && Math.round(step * 10 ** places) / 10 ** places !== step) places++;
  return places;
}

/**
 * Whether `x` is a whole multiple of `step`, decided on integers: with step 0.01, whether `x` is a
 * whole number of hundredths. `n / 100 === x` holds exactly when `x` is the number a two-decimal text
 * such as `80.02` reads as, so 0.07 and 1.15 pass and 0.015 does not. The schemas' `multipleOf` is
 * decided by this (scripts/gen-validators.mjs), not by ajv's float division (issue 8.2).
 */
export function isMultipleOf(x: number, step: number): boolean {
  if (!Number.isFinite(x)) return false;
  const scale = 10 ** decimalPlaces(step);
  const n = Math.round(x * scale);
  return n / scale === x && n % Math.round(step * scale) === 0;
}
