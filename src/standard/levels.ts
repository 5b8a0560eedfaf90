/**
 * Checks that differ by station level, as official texts write them: a threshold whose target depends
 * on the level (`check.levels.town.target`: a floor area in m² per level, instead of a percentage of
 * the level's requirement) and checklist requirements that apply to some levels only
 * (`requirements[].appliesTo`). `forLevel` gives the compiled standard as a station of one level is
 * scored by it; everything else (validation, the form, the hash) sees the check as written. Pure.
 */
import { checkTypes } from '../checks/registry.js';
import { STATION_LEVELS } from '../i18n/station-levels.js';
import type { Check, StationLevel } from '../types/standard.js';
import type { Compiled, CompiledItem } from './compiled.js';

const LEVELS = STATION_LEVELS;

/** The check as it applies to a station of `level` (its check type says; most are the same for every level). */
export function checkForLevel(check: Check, level: StationLevel): Check {
  return checkTypes[check.type]?.forLevel?.(check, level) ?? check;
}

/** Whether a check differs for some station level. */
function varies(check: Check): boolean {
  const forLevel = checkTypes[check.type]?.forLevel;
  return !!forLevel && LEVELS.some((level) => forLevel(check, level) !== null);
}

/** Per compiled standard: null when no check differs by level, else the standard per level, made on first use. */
const cache = new WeakMap<Compiled, Map<string, Compiled> | null>();

/** The compiled standard or scheme with each level-dependent check as it applies to `level`. */
export function forLevel(compiled: Compiled, level: StationLevel): Compiled {
  let byLevel = cache.get(compiled);
  if (byLevel === undefined) cache.set(compiled, (byLevel = compiled.items.some((i) => varies(i.check)) ? new Map() : null));
  if (byLevel === null) return compiled;
  let out = byLevel.get(level);
  if (!out) {
    const items: CompiledItem[] = compiled.items.map((i) => (varies(i.check) ? { ...i, check: checkForLevel(i.check, level) } : i));
    out = { ...compiled, items };
    byLevel.set(level, out);
  }
  return out;
}
