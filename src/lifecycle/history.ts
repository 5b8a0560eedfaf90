/**
 * The history of one station across rounds: each full evaluation's level, percent and sections, the
 * items fixed since the round before and those newly short, and the incident records between. Pure.
 * Rounds of different versions are compared item by item on the ids they share (no crosswalk yet).
 */
import type { Evaluation, ItemState } from '../types/evaluation.js';
import type { Text } from '../types/standard.js';
import { dayNumber } from '../scoring/dates.js';

export interface HistoryRecord {
  evaluation: Evaluation;
  incident: boolean;
  file?: string;
}

export interface HistoryRound {
  inspectedAt: string;
  /** id@version of the scheme or standard. */
  ref: string;
  level: string | null;
  label: Text | null;
  percent: number;
  sections: Array<{ id: string; title?: Text; percent: number; max: number }>;
  /** Items short of their points in the round before and passing now. */
  fixed: string[];
  /** Items passing (or not asked) in the round before and short now. */
  newlyShort: string[];
  vetoes: string[];
  file?: string;
}

export interface StationHistory {
  station: Evaluation['station'];
  rounds: HistoryRound[];
  incidents: Array<{ on: string; vetoes: Evaluation['vetoes']; file?: string }>;
}

const SHORT: ReadonlySet<ItemState> = new Set(['fail', 'partial', 'unanswered']);

/** Every record of `stationId`, oldest first, as a timeline; null when there is none. */
export function stationHistory(stationId: string, records: HistoryRecord[]): StationHistory | null {
  const mine = records.filter((r) => r.evaluation.station.id === stationId)
    .sort((a, b) => dayNumber(a.evaluation.inspectedAt) - dayNumber(b.evaluation.inspectedAt));
  if (!mine.length) return null;
  const rounds: HistoryRound[] = [];
  const incidents: StationHistory['incidents'] = [];
  let previous: Map<string, ItemState> | null = null;
  for (const r of mine) {
    const ev = r.evaluation;
    if (r.incident) {
      const answered = new Set(ev.items.filter((i) => i.state !== 'unanswered').map((i) => i.id));
      incidents.push({ on: ev.inspectedAt, vetoes: ev.vetoes.filter((v) => answered.has(v.item)), ...(r.file ? { file: r.file } : {}) });
      continue;
    }
    const states = new Map(ev.items.filter((i) => !i.bonus).map((i) => [i.id, i.state]));
    const fixed: string[] = [], newlyShort: string[] = [];
    if (previous) {
      for (const [id, state] of states) {
        const before = previous.get(id);
        if (state === 'pass' && before && SHORT.has(before)) fixed.push(id);
        if (SHORT.has(state) && (before === undefined || before === 'pass')) newlyShort.push(id);
      }
    }
    const ref = ev.scheme ?? ev.standard;
    rounds.push({
      inspectedAt: ev.inspectedAt,
      ref: `${ref.id}@${ref.version}`,
      level: ev.rating.level,
      label: ev.rating.label,
      percent: ev.score.percent,
      sections: ev.sections.filter((s) => s.max > 0).map((s) => ({ id: s.id, ...(s.title ? { title: s.title } : {}), percent: s.percent, max: s.max })),
      fixed,
      newlyShort,
      vetoes: ev.vetoes.map((v) => v.item),
      ...(r.file ? { file: r.file } : {}),
    });
    previous = states;
  }
  return { station: mine[mine.length - 1].evaluation.station, rounds, incidents };
}
