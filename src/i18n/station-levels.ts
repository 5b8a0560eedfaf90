/**
 * The station levels (县级服务中心, 镇街服务站, 村社区服务站, 企业服务站): the one place that knows them.
 * Everything else asks here: the order, the names in zh-CN and en (reports, forms, messages), the words
 * a filled-in table may use for one (镇, 社区…), the choices of `vsr form --level`, and how the data
 * generator makes up stations of each. A new level is one entry here plus `StationLevel` in
 * schemas/standard.schema.json (`npm run gen`); the shipped standards' `appliesTo` and the rating
 * schemes say which items and levels apply to it (docs/architecture.md).
 */
import type { StationLevel } from '../types/standard.js';

/** How the data generator makes up a station of a level. */
export interface SampleStation {
  /** The share of generated stations at this level. */
  share: number;
  /** The letter in a made-up station id (`SL01-T-0000001`). */
  code: string;
  /** How a made-up station is named, and how deep its region goes. */
  kind: 'centre' | 'town' | 'company' | 'village';
}

export interface StationLevelInfo {
  id: StationLevel;
  name: { 'zh-CN': string; en: string };
  /** Other words a table may give for the level (besides its id and zh-CN name), without brackets or a final 级. */
  words: readonly string[];
  sample: SampleStation;
}

/** The levels, highest first (the order forms, help and choices list them in). */
export const STATION_LEVEL_INFO: readonly StationLevelInfo[] = [
  { id: 'county', name: { 'zh-CN': '县（市、区）', en: 'county' }, words: ['县', '市', '区', '县级', '服务中心'], sample: { share: 0.01, code: 'C', kind: 'centre' } },
  { id: 'town', name: { 'zh-CN': '镇（街道）', en: 'town' }, words: ['镇', '乡', '街道', '镇街', '乡镇', '镇街道'], sample: { share: 0.12, code: 'T', kind: 'town' } },
  { id: 'village', name: { 'zh-CN': '村（社区）', en: 'village' }, words: ['村', '社区', '村社区'], sample: { share: 0.84, code: 'V', kind: 'village' } },
  { id: 'enterprise', name: { 'zh-CN': '企业', en: 'enterprise' }, words: ['企业', '非公企业'], sample: { share: 0.03, code: 'E', kind: 'company' } },
];

/** The level ids in order. */
export const STATION_LEVELS: readonly StationLevel[] = STATION_LEVEL_INFO.map((l) => l.id);

/** Each level's name in zh-CN and en, by id. */
export const stationLevelNames: Record<string, { 'zh-CN': string; en: string }> = Object.fromEntries(STATION_LEVEL_INFO.map((l) => [l.id, l.name]));

/** A level by id, or undefined. */
export function stationLevelInfo(id: string): StationLevelInfo | undefined {
  return STATION_LEVEL_INFO.find((l) => l.id === id);
}
