/**
 * The history of one station across rounds: each full evaluation's level, percent and sections, the
 * items fixed since the round before and those newly short, and the incident records between. Pure.
 * Rounds scored on different versions of a standard or scheme are matched through crosswalks
 * (`vsr/crosswalk@1`, as given: the shipped ones and a bureau's): a renamed, split or merged item is the same
 * question, a dropped one is listed as dropped. Without a crosswalk, items are matched by id, with a
 * warning.
 */
import type { Evaluation, ItemState } from '../types/evaluation.js';
import type { Crosswalk, ItemMapping } from '../types/crosswalk.js';
import type { Text } from '../types/standard.js';
import { dayNumber } from '../scoring/dates.js';
import { problem, type Problem } from '../i18n/problem.js';
import { crosswalkChain, successionThrough, type Succession } from '../crosswalk/follow.js';

export interface HistoryRecord {
  evaluation: Evaluation;
  incident: boolean;
  file?: string;
}

/** How a round scored on other versions than the round before was matched with it. */
export interface VersionChange {
  /** `id@version` of what changed, in the round before and in this one (the scheme and each component standard). */
  from: string[];
  to: string[];
  /** The crosswalks followed (`from → to` each), in order. */
  crosswalks: string[];
  /** Changes no crosswalk covers (`id@old → id@new`): their items are matched by id only. */
  unmatched: string[];
}

export interface HistoryRound {
  inspectedAt: string;
  /** id@version of the scheme or standard. */
  ref: string;
  /** id@version of each standard the round was scored on (a scheme's components), in order. */
  standards: string[];
  level: string | null;
  label: Text | null;
  percent: number;
  sections: Array<{ id: string; title?: Text; percent: number; max: number }>;
  /** Items short of their points in the round before and passing now (through the crosswalk: the new item's id). */
  fixed: string[];
  /** Items passing (or not asked) in the round before and short now. */
  newlyShort: string[];
  /** Present when this round was scored on other versions than the round before. */
  versionChange?: VersionChange;
  /** Items of the round before that came to this round under other ids (renamed, split, merged, rescaled). */
  through?: Array<{ from: string[]; to: string[]; how: ItemMapping['how'] }>;
  /** Items of the round before that the new version dropped: never counted as fixed. */
  dropped?: Array<{ item: string; before: ItemState; reason?: string }>;
  vetoes: string[];
  file?: string;
}

export interface StationHistory {
  station: Evaluation['station'];
  rounds: HistoryRound[];
  incidents: Array<{ on: string; vetoes: Evaluation['vetoes']; file?: string }>;
  /** E.g. rounds on different versions with no crosswalk between them (`history-id-only`), once. */
  warnings: Problem[];
}

export interface HistoryOptions {
  /**
   * Crosswalks between versions, the first that leads from one version to the other winning; also
   * followed in chains (1.0.0 → 1.1.0 → 2.0.0). For the shipped ones add `await shippedCrosswalks()`
   * (`vsr history` always does, after those given with --crosswalk).
   */
  crosswalks?: readonly Crosswalk[];
}

const SHORT: ReadonlySet<ItemState> = new Set(['fail', 'partial', 'unanswered']);

/** The scheme (if any) and every standard a round was scored on: id → version. */
function versionsOf(ev: Evaluation): Map<string, string> {
  const out = new Map<string, string>();
  if (ev.scheme) out.set(ev.scheme.id, ev.scheme.version);
  const parts = ev.score.components?.length ? ev.score.components : [ev.standard];
  for (const c of parts) out.set(c.id, c.version);
  return out;
}

/** The state a new item had in the round before, from its predecessors: short if any was, else pass if any passed. */
function stateBefore(states: (ItemState | undefined)[]): ItemState | undefined {
  const known = states.filter((s): s is ItemState => s !== undefined);
  return known.find((s) => SHORT.has(s)) ?? known.find((s) => s === 'pass') ?? known[0];
}

interface Matching {
  /** New item id → the ids of the round before it continues. */
  predecessors: Map<string, string[]>;
  change?: VersionChange;
  through: NonNullable<HistoryRound['through']>;
  dropped: NonNullable<HistoryRound['dropped']>;
}

/** Matches the items of two consecutive rounds: by id, or through the crosswalks between their versions. */
function matchRounds(before: Evaluation, now: Evaluation, previous: Map<string, ItemState>, current: Map<string, ItemState>, crosswalks: readonly Crosswalk[]): Matching {
  const was = versionsOf(before);
  const is = versionsOf(now);
  const changed = [...is].filter(([id, v]) => was.has(id) && was.get(id) !== v).map(([id, v]) => ({ id, from: `${id}@${was.get(id)}`, to: `${id}@${v}` }));
  const byId = (): Matching => ({ predecessors: new Map([...current.keys()].filter((id) => previous.has(id)).map((id) => [id, [id]])), through: [], dropped: [] });
  if (!changed.length) return byId();

  // the scheme's own crosswalk covers every item; else each changed component standard's
  const chains: Crosswalk[][] = [];
  const unmatched: string[] = [];
  const scheme = now.scheme && changed.find((c) => c.id === now.scheme!.id);
  const schemeChain = scheme ? crosswalkChain(crosswalks, scheme.from, scheme.to) : null;
  if (schemeChain) chains.push(schemeChain);
  else {
    for (const c of changed) {
      if (scheme && c.id === scheme.id) continue;
      const chain = crosswalkChain(crosswalks, c.from, c.to);
      if (chain) chains.push(chain);
      else unmatched.push(`${c.from} → ${c.to}`);
    }
  }
  const change: VersionChange = {
    from: changed.map((c) => c.from),
    to: changed.map((c) => c.to),
    crosswalks: chains.flat().map((c) => `${c.from} → ${c.to}`),
    unmatched,
  };
  if (!chains.length) return { ...byId(), change };

  // an old item follows the chain whose first crosswalk lists it; one no crosswalk lists keeps its id
  const follow = chains.map((chain) => ({ listed: new Set(chain[0].items.flatMap((m) => (Array.isArray(m.from) ? m.from : [m.from]))), next: successionThrough(chain) }));
  const succession = (id: string): Succession => follow.find((f) => f.listed.has(id))?.next(id) ?? { to: [id], how: 'same' };
  // the crosswalk of the scheme or standard itself speaks for every item; a component's only for those it lists
  const coversAll = Boolean(schemeChain) || !now.scheme;
  const speaksFor = (id: string) => coversAll || follow.some((f) => f.listed.has(id));
  const predecessors = new Map<string, string[]>();
  const through: Matching['through'] = [];
  const dropped: Matching['dropped'] = [];
  const merged = new Map<string, string[]>();
  for (const [id, state] of previous) {
    const s = succession(id);
    const to = s.to.filter((t) => current.has(t));
    if (!to.length) {
      if (speaksFor(id)) dropped.push({ item: id, before: state, ...(s.reason ? { reason: s.reason } : {}) });
      continue;
    }
    for (const t of to) predecessors.set(t, [...(predecessors.get(t) ?? []), id]);
    if (s.how === 'merged') for (const t of to) merged.set(t, [...(merged.get(t) ?? []), id]);
    else if (to.length > 1 || to[0] !== id) through.push({ from: [id], to, how: s.how });
  }
  for (const [t, from] of merged) through.push({ from, to: [t], how: 'merged' });
  return { predecessors, change, through, dropped };
}

/** Every record of `stationId`, oldest first, as a timeline; null when there is none. */
export function stationHistory(stationId: string, records: HistoryRecord[], options: HistoryOptions = {}): StationHistory | null {
  const mine = records.filter((r) => r.evaluation.station.id === stationId)
    .sort((a, b) => dayNumber(a.evaluation.inspectedAt) - dayNumber(b.evaluation.inspectedAt));
  if (!mine.length) return null;
  const crosswalks = options.crosswalks ?? [];
  const rounds: HistoryRound[] = [];
  const incidents: StationHistory['incidents'] = [];
  const idOnly = new Set<string>();
  let previous: { evaluation: Evaluation; states: Map<string, ItemState> } | null = null;
  for (const r of mine) {
    const ev = r.evaluation;
    if (r.incident) {
      const answered = new Set(ev.items.filter((i) => i.state !== 'unanswered').map((i) => i.id));
      incidents.push({ on: ev.inspectedAt, vetoes: ev.vetoes.filter((v) => answered.has(v.item)), ...(r.file ? { file: r.file } : {}) });
      continue;
    }
    const states = new Map(ev.items.filter((i) => !i.bonus).map((i) => [i.id, i.state]));
    const fixed: string[] = [], newlyShort: string[] = [];
    let matching: Matching | null = null;
    if (previous) {
      matching = matchRounds(previous.evaluation, ev, previous.states, states, crosswalks);
      for (const [id, state] of states) {
        const before = stateBefore((matching.predecessors.get(id) ?? []).map((p) => previous!.states.get(p)));
        if (state === 'pass' && before && SHORT.has(before)) fixed.push(id);
        if (SHORT.has(state) && (before === undefined || before === 'pass')) newlyShort.push(id);
      }
      for (const u of matching.change?.unmatched ?? []) idOnly.add(u);
    }
    const ref = ev.scheme ?? ev.standard;
    rounds.push({
      inspectedAt: ev.inspectedAt,
      ref: `${ref.id}@${ref.version}`,
      standards: (ev.score.components?.length ? ev.score.components : [ev.standard]).map((c) => `${c.id}@${c.version}`),
      level: ev.rating.level,
      label: ev.rating.label,
      percent: ev.score.percent,
      sections: ev.sections.filter((s) => s.max > 0).map((s) => ({ id: s.id, ...(s.title ? { title: s.title } : {}), percent: s.percent, max: s.max })),
      fixed,
      newlyShort,
      ...(matching?.change ? { versionChange: matching.change, through: matching.through, dropped: matching.dropped } : {}),
      vetoes: ev.vetoes.map((v) => v.item),
      ...(r.file ? { file: r.file } : {}),
    });
    previous = { evaluation: ev, states };
  }
  const warnings = idOnly.size ? [problem('history-id-only', '', { changes: [...idOnly].join(', ') })] : [];
  return { station: mine[mine.length - 1].evaluation.station, rounds, incidents, warnings };
}
