/** Days since 1970-01-01 for a YYYY-MM-DD date, or NaN when it is not a real calendar date. */
export function dayNumber(date: string): number {
  let day = cache.get(date);
  if (day === undefined) {
    day = parse(date);
    if (cache.size >= 4096) cache.clear();
    cache.set(date, day);
  }
  return day;
}

const cache = new Map<string, number>();

function parse(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return Number.NaN;
  const y = +m[1], mo = +m[2], d = +m[3];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return Number.NaN;
  return t / 86_400_000;
}

/** The last day of a period of `years` starting on `date` (YYYY-MM-DD): 2025-06-01 + 1 → 2026-05-31. */
export function lastDayOfYears(date: string, years: number): string {
  let byDate = lastDays.get(years);
  if (!byDate) lastDays.set(years, (byDate = new Map()));
  let last = byDate.get(date);
  if (last === undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    last = m ? new Date(Date.UTC(+m[1] + years, +m[2] - 1, +m[3] - 1)).toISOString().slice(0, 10) : date;
    if (byDate.size >= 4096) byDate.clear();
    byDate.set(date, last);
  }
  return last;
}

/** The last days worked out, by period and first day (an evaluation a record: the inspection days repeat). */
const lastDays = new Map<number, Map<string, string>>();
