/**
 * The star lifecycle of one station: the level its latest full inspection awarded, how long it stands
 * (the scheme's `validity`), and whether a later incident that fails a veto withdrew it (摘星). Pure:
 * every record is passed in, and the day to judge on too.
 */
import type { Compiled } from '../standard/compiled.js';
import type { Evaluation } from '../types/evaluation.js';
import type { Text } from '../types/standard.js';
import { dayNumber } from '../scoring/dates.js';
import { addDays } from '../rectify/plan.js';

export type StandingState = 'current' | 'expiring' | 'lapsed' | 'withdrawn' | 'none';

export interface StationRecord {
  evaluation: Evaluation;
  /** An incident record: an inspection that answers only veto items. It can withdraw a level, never award one. */
  incident: boolean;
  /** Years an awarded level stands (the scheme's validity), if it says. */
  validityYears: number | null;
  file?: string;
}

export interface Withdrawal {
  on: string;
  level: string;
  label: Text | null;
  vetoes: Evaluation['vetoes'];
  file?: string;
}

export interface Standing {
  station: Evaluation['station'];
  state: StandingState;
  /** The level standing on the day (null when none, lapsed or withdrawn). */
  level: string | null;
  label: Text | null;
  /** The last level awarded, and when; null when no full inspection awarded one. */
  awarded: { level: string; label: Text | null; on: string; validUntil: string | null; file?: string } | null;
  withdrawn: Withdrawal | null;
  /** Days left (negative: days since it lapsed); null without a validity period. */
  daysLeft: number | null;
}

/**
 * Whether an evaluation is an incident record rather than a full inspection: something was answered
 * and every item answered is a veto item. Kept apart so the rule can move to a document of its own.
 */
export function isIncidentRecord(evaluation: Evaluation, compiled: Compiled): boolean {
  const answered = evaluation.items.filter((i) => i.state !== 'unanswered' && i.state !== 'not-applicable');
  return answered.length > 0 && answered.every((i) => {
    const index = compiled.itemIndex.get(i.id);
    return index !== undefined && compiled.items[index].veto !== null;
  });
}

/** The years an awarded level stands under this scheme, or null. */
export function validityYears(compiled: Compiled): number | null {
  const years = compiled.scheme?.validity?.years;
  return typeof years === 'number' ? years : null;
}

/** YYYY-MM-DD plus whole years (29 February to 1 March when the year has none). */
export function addYears(date: string, years: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return new Date(Date.UTC(+m[1] + years, +m[2] - 1, +m[3])).toISOString().slice(0, 10);
}

/**
 * The last day an award stands: the evaluation's own `validUntil` when it carries one, else (an
 * evaluation stored before it did) the award day plus the validity, less one day, the same rule.
 */
export function validUntilOf(evaluation: Evaluation, years: number | null): string | null {
  const stored = (evaluation as { validUntil?: unknown }).validUntil;
  if (typeof stored === 'string') return stored;
  return years === null ? null : addDays(addYears(evaluation.inspectedAt, years), -1);
}

/**
 * Where a station stands on `on`: the latest full inspection on or before that day sets the level
 * (a later one replaces it, up or down); a later inspection or incident record that fails a veto withdraws the
 * level with the veto's message; past `validUntil` the level has lapsed; within `withinDays` of it,
 * it is expiring. Records of other stations must not be passed.
 */
export function stationStanding(records: StationRecord[], on: string, withinDays = 60): Standing | null {
  const today = dayNumber(on);
  const sorted = records.filter((r) => dayNumber(r.evaluation.inspectedAt) <= today)
    .sort((a, b) => dayNumber(a.evaluation.inspectedAt) - dayNumber(b.evaluation.inspectedAt) || Number(a.incident) - Number(b.incident));
  if (!sorted.length) return null;
  let awarded: Standing['awarded'] = null;
  let level: string | null = null;
  let label: Text | null = null;
  let withdrawn: Withdrawal | null = null;
  for (const r of sorted) {
    const ev = r.evaluation;
    if (!r.incident) {
      // A full inspection that fails a veto while a level stands withdraws it, with the veto as the reason.
      if (level && ev.vetoes.length) {
        withdrawn = { on: ev.inspectedAt, level, label, vetoes: ev.vetoes, ...(r.file ? { file: r.file } : {}) };
        level = null;
        label = null;
        awarded = null;
        continue;
      }
      level = ev.rating.level;
      label = ev.rating.label;
      withdrawn = null;
      awarded = level ? { level, label, on: ev.inspectedAt, validUntil: validUntilOf(ev, r.validityYears), ...(r.file ? { file: r.file } : {}) } : null;
    } else if (level) {
      // Only the vetoes the record answered: the items it left out are not reported as failed.
      const answered = new Set(ev.items.filter((i) => i.state !== 'unanswered').map((i) => i.id));
      const vetoes = ev.vetoes.filter((v) => answered.has(v.item));
      if (!vetoes.length) continue;
      withdrawn = { on: ev.inspectedAt, level, label, vetoes, ...(r.file ? { file: r.file } : {}) };
      level = null;
      label = null;
    }
  }
  const station = sorted[sorted.length - 1].evaluation.station;
  const until = awarded?.validUntil ? dayNumber(awarded.validUntil) : null;
  const daysLeft = until === null ? null : until - today;
  let state: StandingState;
  if (withdrawn) state = 'withdrawn';
  else if (!awarded) state = 'none';
  else if (daysLeft !== null && daysLeft < 0) state = 'lapsed';
  else if (daysLeft !== null && daysLeft <= withinDays) state = 'expiring';
  else state = 'current';
  if (state === 'lapsed') {
    level = null;
    label = null;
  }
  return { station, state, level, label, awarded, withdrawn, daysLeft };
}
