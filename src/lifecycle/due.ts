/**
 * What is due on a day, by region: stations whose rating lapsed, is expiring or was withdrawn, and
 * stations with overdue rectification items. Pure: the standings and plans are passed in.
 */
import type { Rectification, RectificationEntry } from '../types/rectification.js';
import type { Evaluation } from '../types/evaluation.js';
import { planStatus } from '../rectify/plan.js';
import type { Standing } from './standing.js';

export interface DueStation {
  station: Evaluation['station'];
  standing: Standing | null;
  overdue: Array<{ entry: RectificationEntry; daysOverdue: number }>;
}

export interface DueRegion {
  /** The region path down to the depth asked for (empty: no region given). */
  region: string[];
  stations: DueStation[];
}

export interface DueReport {
  on: string;
  regions: DueRegion[];
  counts: { stations: number; lapsed: number; expiring: number; withdrawn: number; overdueStations: number; overdueItems: number };
}

function needsAttention(s: DueStation): boolean {
  const state = s.standing?.state;
  return state === 'lapsed' || state === 'expiring' || state === 'withdrawn' || s.overdue.length > 0;
}

/**
 * Joins standings and plans by station id, keeps the stations that need attention, and groups them by
 * region (the first `depth` parts of the path: 3 is province, city, county), regions in name order.
 */
export function dueReport(standings: Standing[], plans: Rectification[], on: string, depth = 3): DueReport {
  const byId = new Map<string, DueStation>();
  for (const standing of standings) byId.set(standing.station.id, { station: standing.station, standing, overdue: [] });
  for (const plan of plans) {
    const overdue = planStatus(plan, on).entries.filter((e) => e.status === 'overdue').map(({ entry, daysOverdue }) => ({ entry, daysOverdue }));
    const s = byId.get(plan.station.id) ?? { station: plan.station, standing: null, overdue: [] };
    s.overdue.push(...overdue);
    byId.set(plan.station.id, s);
  }
  const all = [...byId.values()];
  const shown = all.filter(needsAttention);
  const regions = new Map<string, DueRegion>();
  for (const s of shown) {
    const region = (s.station.region ?? []).slice(0, depth);
    const key = region.join('\u0000');
    if (!regions.has(key)) regions.set(key, { region, stations: [] });
    regions.get(key)!.stations.push(s);
  }
  const list = [...regions.values()].sort((a, b) => a.region.join('/').localeCompare(b.region.join('/'), 'zh-CN'));
  for (const r of list) r.stations.sort((a, b) => a.station.id.localeCompare(b.station.id));
  const count = (state: string) => all.filter((s) => s.standing?.state === state).length;
  return {
    on,
    regions: list,
    counts: {
      stations: all.length,
      lapsed: count('lapsed'),
      expiring: count('expiring'),
      withdrawn: count('withdrawn'),
      overdueStations: all.filter((s) => s.overdue.length > 0).length,
      overdueItems: all.reduce((n, s) => n + s.overdue.length, 0),
    },
  };
}
