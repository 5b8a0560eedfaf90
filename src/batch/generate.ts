import { createWriteStream } from 'node:fs';
import { STATION_LEVEL_INFO, STATION_LEVELS, stationLevelInfo } from '../i18n/station-levels.js';
import { once } from 'node:events';
import { checkTypeOf } from '../checks/registry.js';
import type { Compiled, CompiledItem } from '../standard/compiled.js';
import type { StationLevel } from '../types/standard.js';
import type { Answer, AnswerEntry, Evidence, Inspection, Waiver } from '../types/inspection.js';
import { NAME_SYLLABLES, REGIONS } from './regions.js';

/**
 * Realistic inspection data for tests, demos and the benchmark (pure and deterministic: the same
 * options give the same records). Stations are spread over Zhejiang's real cities and counties; each
 * station has a hidden quality that drives its answers, so scores spread across the levels. Station
 * identity depends on the seed and the record number only, so two rounds (`round` 1 and 2) inspect
 * the same stations a year apart, with their quality drifting: input for `vsr compare`.
 */
export interface GenerateOptions {
  count: number;
  seed?: number;
  /** Inspection round (1, 2, …): a year later each, the same stations. */
  round?: number;
  /** Share of records (0–1) made deliberately bad: broken JSON, unknown item, wrong answer type, missing station id, impossible date. */
  badRate?: number;
  /**
   * What kind of stations: `good` (default) mostly in good order; `mixed`, a real round: 60 % good
   * stations, 25 % failing about a third of their items, 15 % nearly empty (a new station's first
   * self-assessment: its veto items and one other item in twenty answered); `sparse`, every station
   * nearly empty (a round of first self-assessments: the benchmark's worst case for memory).
   */
  profile?: GenerateProfile;
}

export type GenerateProfile = 'good' | 'mixed' | 'sparse';

/** The kind of station record k is in a profile. */
export type StationKind = 'good' | 'failing' | 'sparse';

export function stationKind(profile: GenerateProfile | undefined, seed: number, k: number): StationKind {
  if (profile === 'sparse') return 'sparse';
  if (profile !== 'mixed') return 'good';
  const u = prng(mix(seed, k, 5))();
  return u < 0.6 ? 'good' : u < 0.85 ? 'failing' : 'sparse';
}

/** mulberry32: a small, fast, well-mixed 32-bit generator. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of the numbers given: independent streams per (seed, record, purpose). */
function mix(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    let x = p | 0;
    for (let i = 0; i < 4; i++) {
      h ^= x & 0xff;
      h = Math.imul(h, 0x01000193);
      x >>>= 8;
    }
  }
  return h >>> 0;
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

const DAY = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** A made-up place name from a seed: two syllables and a suffix. */
function madeUpName(seed: number, suffix: string): string {
  const r = prng(seed);
  const { first, second } = NAME_SYLLABLES;
  return pick(r, [...first]) + pick(r, [...second]) + suffix;
}

const COUNTIES = REGIONS.cities.flatMap((city, ci) => city.counties.map((county, k) => ({ city: city.name, cityIndex: ci, county, countyIndex: k })));

function townsOf(countyNumber: number): string[] {
  const n = 8 + (countyNumber % 9);
  const names = new Set<string>();
  for (let i = 0; names.size < n && i < 200; i++) names.add(madeUpName(mix(countyNumber, i, 7), i % 3 === 0 ? '街道' : '镇'));
  return [...names];
}
const TOWNS = COUNTIES.map((_, i) => townsOf(i));

/** Levels by their share of generated stations, largest first (src/i18n/station-levels.ts). */
const LEVEL_SHARE: [StationLevel, number][] = STATION_LEVEL_INFO.map((l): [StationLevel, number] => [l.id, l.sample.share]).sort((a, b) => b[1] - a[1]);
const WAIVER_REASONS = ['场地改造中，暂停开放', '人员调整，岗位待补', '台账系统迁移中', '新建站点，运行未满一年'];
const COMPANIES = ['精工机械', '华远纺织', '新安化工', '海港物流', '金桥电子', '绿源食品'];

interface Station {
  id: string;
  name: string;
  level: StationLevel;
  region: string[];
  /** Hidden quality in [0, 1]: how well the station tends to answer. */
  quality: number;
}

function station(seed: number, k: number, levels: readonly StationLevel[]): Station {
  const r = prng(mix(seed, k, 1));
  let u = r() * LEVEL_SHARE.filter(([l]) => levels.includes(l)).reduce((a, [, s]) => a + s, 0);
  let level = levels[0];
  for (const [l, s] of LEVEL_SHARE) {
    if (!levels.includes(l)) continue;
    level = l;
    if ((u -= s) < 0) break;
  }
  const ci = Math.floor(r() * COUNTIES.length);
  const { city, county } = COUNTIES[ci];
  const towns = TOWNS[ci];
  const ti = Math.floor(r() * towns.length);
  const town = towns[ti];
  const vi = Math.floor(r() * 40);
  const village = madeUpName(mix(ci, ti, vi), vi % 5 === 0 ? '社区' : '村');
  const base = [REGIONS.province, city, county.name];
  const code = `SL${String(ci + 1).padStart(2, '0')}`;
  const quality = clamp(0.25 + 0.75 * Math.pow((r() + r() + r()) / 3, 0.55) + (r() - 0.5) * 0.2, 0, 1);
  const serial = String(k + 1).padStart(7, '0');
  // how a station of the level is made up: src/i18n/station-levels.ts says (`sample`)
  const sample = stationLevelInfo(level)!.sample;
  const id = `${code}-${sample.code}-${serial}`;
  switch (sample.kind) {
    case 'centre':
      return { id, name: `${county.name}退役军人服务中心`, level, region: base, quality };
    case 'town':
      return { id, name: `${town}退役军人服务站`, level, region: [...base, town], quality };
    case 'company':
      return { id, name: `${pick(r, COMPANIES)}有限公司退役军人服务站`, level, region: [...base, town], quality };
    default:
      return { id, name: `${town}${village}退役军人服务站`, level, region: [...base, town, village], quality };
  }
}

/** A plausible answer value for an item, given how likely the station is to meet it. */
function answerValue(item: CompiledItem, p: number, stable: number, r: () => number): Answer {
  const check = item.check;
  // mostly the station's own lasting disposition to this item, a little this round's chance
  const meets = 0.85 * stable + 0.15 * r() < p;
  return checkTypeOf(check).sample(check, item.max, { meets, p, random: r });
}

/** Evidence for an answer: mostly complete and current; sometimes missing or stale. */
function evidenceFor(item: CompiledItem, inspectedAt: string, r: () => number): Evidence[] | null {
  if (r() < 0.04) return null;
  const stale = r() < 0.05;
  return item.evidence.flatMap((req) => Array.from({ length: req.min ?? 1 }, (_, i) => {
    const age = req.maxAgeDays === undefined ? Math.floor(r() * 400) : stale ? req.maxAgeDays + 10 + Math.floor(r() * 60) : Math.floor(r() * Math.min(req.maxAgeDays, 300));
    return { kind: req.kind, date: addDays(inspectedAt, -age), ref: `${item.id}-${req.kind}-${i + 1}` };
  }));
}

const EFFORT_EXPONENT = { S: 0.5, M: 1, L: 1.6 } as const;

/** One inspection of station k in the given round. */
export function generateInspection(compiled: Compiled, k: number, options: GenerateOptions = { count: 1 }): Inspection {
  const seed = options.seed ?? 1;
  const round = options.round ?? 1;
  const levels = compiled.appliesTo ?? STATION_LEVELS;
  const s = station(seed, k, levels);
  const r = prng(mix(seed, k, 2, round));
  const quality = clamp(s.quality + (round - 1) * 0.04 + (r() - 0.5) * 0.16 * (round > 1 ? 1 : 0), 0, 1);
  const inspectedAt = addDays('2024-03-01', Math.floor(r() * 120) + 365 * (round - 1));
  const kind = stationKind(options.profile, seed, k);
  const answers: Record<string, AnswerEntry> = {};
  for (const item of compiled.items) {
    if (item.appliesTo && !item.appliesTo.includes(s.level)) continue;
    const missing = compiled.components[item.component].missing;
    // a nearly empty self-assessment answers the veto items (it could not be rated otherwise) and little else
    if (missing !== 'error' && r() < (kind === 'sparse' ? (item.veto ? 0 : 0.95) : 0.01)) continue;
    // a failing station meets three items in five, whatever their effort: about a third fall short
    const p = kind === 'failing' ? 0.6 : kind === 'sparse' ? 0.9 : item.bonus ? quality * quality * 0.6 : Math.pow(quality, EFFORT_EXPONENT[item.effort]);
    const value = answerValue(item, p, prng(mix(seed, k, 4, item.index))(), r);
    if (item.evidence.length === 0) {
      answers[item.id] = value;
      continue;
    }
    const evidence = evidenceFor(item, inspectedAt, r);
    answers[item.id] = evidence ? { value, evidence } : value;
  }
  const waivers: Waiver[] = [];
  if (r() < 0.03 && compiled.items.length) {
    const item = compiled.items[Math.floor(r() * compiled.items.length)];
    const expired = r() < 0.2;
    waivers.push({ item: item.id, reason: pick(r, WAIVER_REASONS), approvedBy: `${s.region[2]}退役军人事务局`, expires: addDays(inspectedAt, expired ? -30 : 180) });
  }
  const ref = `${compiled.id}@${compiled.version}`;
  return {
    schema: 'vsr/inspection@1',
    example: true, // generated: made-up stations in a made-up province (src/batch/regions.ts)
    station: { id: s.id, name: s.name, level: s.level, region: s.region as Inspection['station']['region'] },
    ...(compiled.kind === 'scheme' ? { scheme: ref } : { standard: ref }),
    inspectedAt,
    inspector: `${s.region[2]}退役军人事务局检查组`,
    answers,
    ...(waivers.length ? { waivers } : {}),
  };
}

/** Spoils a record in one of five ways a real feed goes wrong. */
function spoil(inspection: Inspection, compiled: Compiled, r: () => number): string {
  const kind = Math.floor(r() * 5);
  const copy = structuredClone(inspection) as Omit<Inspection, 'station'> & { station: Partial<Inspection['station']> };
  switch (kind) {
    case 0: {
      const text = JSON.stringify(copy);
      return text.slice(0, Math.floor(text.length / 2));
    }
    case 1:
      copy.answers['no-such-item'] = true;
      break;
    case 2: {
      const item = compiled.items.find((i) => i.check.type === 'boolean' || i.check.type === 'count') ?? compiled.items[0];
      copy.answers[item.id] = item.check.type === 'boolean' ? 'yes' : -1;
      break;
    }
    case 3:
      delete copy.station.id;
      break;
    default:
      copy.inspectedAt = '2024-13-45';
  }
  return JSON.stringify(copy);
}

/** The records as NDJSON lines (without newlines), one at a time: nothing is held. */
export function* generateLines(compiled: Compiled, options: GenerateOptions): Generator<string> {
  const badRate = options.badRate ?? 0;
  const seed = options.seed ?? 1;
  for (let k = 0; k < options.count; k++) {
    const inspection = generateInspection(compiled, k, options);
    const r = prng(mix(seed, k, 3, options.round ?? 1));
    yield badRate > 0 && r() < badRate ? spoil(inspection, compiled, r) : JSON.stringify(inspection);
  }
}

/** Writes the records to a file as NDJSON, streaming (1 MiB at a time, waiting for the disk). */
export async function writeInspections(compiled: Compiled, file: string, options: GenerateOptions, onProgress?: (written: number) => void): Promise<void> {
  const out = createWriteStream(file);
  let buffer = '';
  let written = 0;
  for (const line of generateLines(compiled, options)) {
    buffer += line + '\n';
    if (++written % 50_000 === 0) onProgress?.(written);
    if (buffer.length >= 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'close');
}
