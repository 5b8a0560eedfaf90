import type { Evaluation, ItemState } from '../types/evaluation.js';
import type { Text } from '../types/standard.js';
import type { Compiled } from '../standard/compiled.js';
import { percentOf } from '../i18n/problem.js';
import { meetsPercent, ratio } from '../scoring/exact.js';
import { targetLabel, targetLevelIndex, type Target } from './targets.js';
import type { BatchCounts, RegionRow, BatchSummary } from '../types/batch-summary.js';
import type { StationSummary } from '../types/evaluation-summary.js';
import { STATE_OF_CODE } from './shapes.js';

/**
 * The regional summary of a batch, computed streaming: every evaluation is folded into small
 * accumulators (integer sums per region, item and section) and then forgotten, so memory depends on
 * the number of regions and items, not of stations. Accumulators from different workers merge by
 * addition, so the summary is the same whatever the number of workers.
 */

/** How many region levels are rolled up: province → city → county → town. */
export const REGION_DEPTH = 4;
const SEP = '\u001f';

/** Which standard or scheme a summary group is about: identity, levels and the standards combined. */
export interface GroupHead extends Pick<Compiled, 'kind' | 'id' | 'version' | 'hash' | 'title'> {
  levels: { id: string; label: Text }[];
  /** The standards combined (a standard alone: itself, weight 1). */
  components: { id: string; version: string; title: Text; weight: number }[];
}

/** What the summary needs to know of a compiled standard or scheme (names, levels, items, sections). */
export interface GroupMeta extends GroupHead {
  key: string;
  items: { id: string; title: Text; bonus: boolean }[];
  sections: { id: string; title: Text; depth: number; component: string }[];
}

/** Sums for one region node. Percent sums are in hundredths of a percent (integers). */
interface Cell {
  path: string[];
  stations: number;
  percentSum: number;
  /** Stations at each level (lowest first), then the unrated. */
  counts: number[];
}

interface Group {
  meta: GroupMeta;
  total: Cell;
  regions: Map<string, Cell>;
  itemAssessed: number[];
  itemFailed: number[];
  itemPartial: number[];
  sectionSum: number[];
  sectionStations: number[];
}

/** The plain data of an accumulator: what a worker sends back with each chunk. */
export type SummaryData = Group[];

export function groupKey(compiled: Compiled): string {
  return `${compiled.kind}:${compiled.id}@${compiled.version}:${compiled.hash}`;
}

export function groupMeta(compiled: Compiled): GroupMeta {
  return {
    key: groupKey(compiled),
    kind: compiled.kind,
    id: compiled.id,
    version: compiled.version,
    hash: compiled.hash,
    title: compiled.title,
    levels: compiled.levels.map((l) => ({ id: l.id, label: l.label })),
    components: compiled.components.map((c) => ({ id: c.id, version: c.version, title: c.title, weight: c.weight })),
    items: compiled.items.map((i) => ({ id: i.id, title: i.title, bonus: i.bonus })),
    sections: compiled.sections.map((s) => ({ id: s.id, title: s.title, depth: s.depth, component: compiled.components[s.component].id })),
  };
}

/** An item fails when it earned nothing on an applicable item: `fail` or `unanswered`. */
export function itemFailed(state: ItemState): boolean {
  return state === 'fail' || state === 'unanswered';
}

/** Whether an item was assessed at all (not waived, not applicable). */
function itemAssessed(state: ItemState): boolean {
  return state !== 'waived' && state !== 'not-applicable';
}

function cell(path: string[], levels: number): Cell {
  return { path, stations: 0, percentSum: 0, counts: new Array(levels + 1).fill(0) };
}

function addTo(c: Cell, percent: number, level: number): void {
  c.stations++;
  c.percentSum += percent;
  c.counts[level]++;
}

function mergeCell(into: Cell, from: Cell): void {
  into.stations += from.stations;
  into.percentSum += from.percentSum;
  for (let i = 0; i < from.counts.length; i++) into.counts[i] += from.counts[i];
}

function addArrays(into: number[], from: number[]): void {
  for (let i = 0; i < from.length; i++) into[i] += from[i];
}

export class SummaryAccumulator {
  private groups = new Map<string, Group>();
  private levelIndex = new Map<string, Map<string, number>>();

  private group(meta: GroupMeta): Group {
    let g = this.groups.get(meta.key);
    if (!g) {
      const n = meta.items.length;
      const s = meta.sections.length;
      g = {
        meta,
        total: cell([], meta.levels.length),
        regions: new Map(),
        itemAssessed: new Array(n).fill(0),
        itemFailed: new Array(n).fill(0),
        itemPartial: new Array(n).fill(0),
        sectionSum: new Array(s).fill(0),
        sectionStations: new Array(s).fill(0),
      };
      this.groups.set(meta.key, g);
      this.levelIndex.set(meta.key, new Map(meta.levels.map((l, i) => [l.id, i])));
    }
    return g;
  }

  /** Folds one evaluation in. `meta` is `groupMeta()` of the compiled standard that produced it. */
  add(evaluation: Evaluation, meta: GroupMeta): void {
    const g = this.station(meta, evaluation.station.region, evaluation.score.percent, evaluation.rating.level);
    const items = evaluation.items;
    for (let i = 0; i < items.length; i++) {
      if (meta.items[i].bonus) continue;
      this.item(g, i, items[i].state);
    }
    const sections = evaluation.sections;
    for (let s = 0; s < sections.length; s++) {
      if (sections[s].max <= 0) continue;
      g.sectionSum[s] += Math.round(sections[s].percent * 100);
      g.sectionStations[s]++;
    }
  }

  /**
   * Folds in one station of a stored batch output, as a summary line (vsr/evaluation-summary@1; the
   * other shapes are turned into one by `stationSummaryOf`). The same sums as `add` of its evaluation.
   */
  addStation(line: StationSummary, meta: GroupMeta): void {
    const g = this.station(meta, line.station.region, line.percent, line.level);
    for (let i = 0; i < meta.items.length; i++) {
      if (meta.items[i].bonus) continue;
      this.item(g, i, STATE_OF_CODE[line.states[i]] ?? 'not-applicable');
    }
    for (const sec of line.sections) {
      const s = meta.sections.findIndex((x) => x.id === sec.id);
      if (s < 0) continue;
      g.sectionSum[s] += Math.round(sec.percent * 100);
      g.sectionStations[s]++;
    }
  }

  private item(g: Group, i: number, state: ItemState): void {
    if (!itemAssessed(state)) return;
    g.itemAssessed[i]++;
    if (itemFailed(state)) g.itemFailed[i]++;
    else if (state === 'partial') g.itemPartial[i]++;
  }

  /** Counts a station in the total and its regions; its group. */
  private station(meta: GroupMeta, stationRegion: readonly string[] | undefined, percentValue: number, levelId: string | null): Group {
    const g = this.group(meta);
    const levels = meta.levels.length;
    const level = levelId === null ? levels : (this.levelIndex.get(meta.key)!.get(levelId) ?? levels);
    const percent = Math.round(percentValue * 100);
    addTo(g.total, percent, level);
    const region: readonly string[] = stationRegion ?? [];
    const depth = Math.min(REGION_DEPTH, region.length);
    let key = '';
    for (let d = 0; d < depth; d++) {
      key = d === 0 ? region[0] : key + SEP + region[d];
      let c = g.regions.get(key);
      if (!c) {
        c = cell(region.slice(0, d + 1), levels);
        g.regions.set(key, c);
      }
      addTo(c, percent, level);
    }
    return g;
  }

  /** The accumulated sums as plain data (structured-cloneable), and a fresh start. */
  take(): SummaryData {
    const data = [...this.groups.values()];
    this.groups = new Map();
    this.levelIndex = new Map();
    return data;
  }

  /** Adds sums taken from another accumulator. */
  merge(data: SummaryData): void {
    for (const from of data) {
      const g = this.group(from.meta);
      mergeCell(g.total, from.total);
      for (const [key, c] of from.regions) {
        const mine = g.regions.get(key);
        if (mine) mergeCell(mine, c);
        else g.regions.set(key, { path: c.path, stations: c.stations, percentSum: c.percentSum, counts: c.counts.slice() });
      }
      addArrays(g.itemAssessed, from.itemAssessed);
      addArrays(g.itemFailed, from.itemFailed);
      addArrays(g.itemPartial, from.itemPartial);
      addArrays(g.sectionSum, from.sectionSum);
      addArrays(g.sectionStations, from.sectionStations);
    }
  }

  /**
   * The sums as plain JSON (for the checkpoint of a resumable run, and `sums` of the summary document,
   * which `vsr summary --merge` adds up); `fromJSON` reads them back. In a fixed order (groups by key,
   * regions by path), so the same sums give the same JSON however the records were split.
   */
  toJSON(): Record<string, unknown>[] {
    return [...this.groups.values()].sort((a, b) => (a.meta.key < b.meta.key ? -1 : a.meta.key > b.meta.key ? 1 : 0))
      .map((g) => ({ ...g, regions: [...g.regions.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c) }));
  }

  static fromJSON(data: unknown): SummaryAccumulator {
    const acc = new SummaryAccumulator();
    acc.merge((data as (Omit<Group, 'regions'> & { regions: Cell[] })[]).map((g) => ({ ...g, regions: new Map(g.regions.map((c) => [c.path.join(SEP), c])) })));
    return acc;
  }

  /** The finished summary. */
  finish(records: BatchCounts, targets: readonly Target[]): BatchSummary {
    const collator = new Intl.Collator('zh-CN');
    const groups = [...this.groups.values()].sort((a, b) => a.meta.key.localeCompare(b.meta.key));
    return {
      schema: 'vsr/batch-summary@1',
      records,
      sums: this.toJSON(),
      groups: groups.map((g) => {
        const { meta } = g;
        const levelIds = meta.levels.map((l) => l.id);
        const applicable = targets.filter((t) => targetLevelIndex(t, levelIds) >= 0);
        const row = (c: Cell): RegionRow => ({
          path: c.path,
          depth: c.path.length,
          stations: c.stations,
          averagePercent: average(c.percentSum, c.stations),
          levels: Object.fromEntries(meta.levels.map((l, i) => [l.id, c.counts[i]])),
          unrated: c.counts[meta.levels.length],
          targets: applicable.map((t) => {
            const from = targetLevelIndex(t, levelIds);
            let n = 0;
            for (let i = from; i < meta.levels.length; i++) n += c.counts[i];
            const share = percentOf(n, c.stations);
            return { id: t.id, share, minPercent: t.minPercent, met: c.stations > 0 && meetsPercent(ratio(n, c.stations), t.minPercent) };
          }),
        });
        const regions = [...g.regions.values()].sort((a, b) => comparePaths(a.path, b.path, collator)).map(row);
        const items = meta.items
          .map((it, i) => ({ id: it.id, title: it.title, assessed: g.itemAssessed[i], failed: g.itemFailed[i], partial: g.itemPartial[i], failRate: percentOf(g.itemFailed[i], g.itemAssessed[i]) }))
          .filter((it) => it.assessed > 0)
          .sort((a, b) => b.failRate - a.failRate || b.failed - a.failed || a.id.localeCompare(b.id));
        return {
          kind: meta.kind,
          id: meta.id,
          version: meta.version,
          hash: meta.hash,
          title: meta.title,
          levels: meta.levels,
          components: meta.components,
          targets: applicable.map((t) => ({ id: t.id, level: t.level, minPercent: t.minPercent, label: targetLabel(t, meta.levels) })),
          total: row(g.total),
          regions,
          items,
          sections: meta.sections.map((s, i) => ({ id: s.id, title: s.title, component: s.component, depth: s.depth, stations: g.sectionStations[i], averagePercent: average(g.sectionSum[i], g.sectionStations[i]) })),
        };
      }),
    };
  }
}

function average(sumHundredths: number, n: number): number {
  return n === 0 ? 0 : Math.round(sumHundredths / n) / 100;
}

/** Tree order: a region right before the regions inside it; siblings in Chinese collation order. */
function comparePaths(a: string[], b: string[], collator: Intl.Collator): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = collator.compare(a[i], b[i]) || (a[i] < b[i] ? -1 : a[i] > b[i] ? 1 : 0);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** The summary document (`vsr batch --summary x.json`) and its parts: the generated contract types (schemas/batch-summary.schema.json). */
export type { BatchCounts, RegionRow, SummaryGroup, BatchSummary } from '../types/batch-summary.js';
