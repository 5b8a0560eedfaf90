/**
 * Checks that differ by station level, as official texts write them: a threshold whose target depends
 * on the level (`check.levels.town.target`: a floor area in m² per level, instead of a percentage of
 * the level's requirement) and checklist requirements that apply to some levels only
 * (`requirements[].appliesTo`). `forLevel` gives the compiled standard as a station of one level is
 * scored by it; everything else (validation, the form, the hash) sees the check as written. Pure.
 */
import type { DefinitionProblem } from '../scoring/checks/check-type.js';
import { checkTypes } from '../scoring/checks/registry.js';
import type { Check, StationLevel } from '../types/standard.js';
import type { Compiled, CompiledItem } from './compiled.js';

function varies(check: Check): boolean {
  return (check.type === 'threshold' && !!check.levels) || (check.type === 'checklist' && check.requirements.some((r) => r.appliesTo));
}

/** The check as it applies to a station of `level`. */
export function checkForLevel(check: Check, level: StationLevel): Check {
  if (check.type === 'threshold' && check.levels?.[level]) {
    const { levels: _levels, partialFrom: _from, ...rest } = check;
    void _levels;
    void _from;
    const own = check.levels[level]!;
    return { ...rest, target: own.target, ...(own.partialFrom !== undefined ? { partialFrom: own.partialFrom } : {}) };
  }
  if (check.type === 'checklist' && check.requirements.some((r) => r.appliesTo)) {
    const kept = check.requirements.filter((r) => !r.appliesTo || r.appliesTo.includes(level));
    return kept.length ? { ...check, requirements: kept as typeof check.requirements } : check;
  }
  return check;
}

const cache = new WeakMap<Compiled, Map<string, Compiled>>();

/** The compiled standard or scheme with each level-dependent check as it applies to `level`. */
export function forLevel(compiled: Compiled, level: StationLevel): Compiled {
  if (!compiled.items.some((i) => varies(i.check))) return compiled;
  let byLevel = cache.get(compiled);
  if (!byLevel) cache.set(compiled, (byLevel = new Map()));
  let out = byLevel.get(level);
  if (!out) {
    const items: CompiledItem[] = compiled.items.map((i) => (varies(i.check) ? { ...i, check: checkForLevel(i.check, level) } : i));
    out = { ...compiled, items };
    byLevel.set(level, out);
  }
  return out;
}

/** The check's own lint for each level's variant (targets in range, ramps on the unmet side). */
export function levelProblems(check: Check, max: number): DefinitionProblem[] {
  if (check.type !== 'threshold' || !check.levels) return [];
  const out: DefinitionProblem[] = [];
  for (const [level, own] of Object.entries(check.levels)) {
    if (!own) continue;
    for (const p of checkTypes.threshold.lint(checkForLevel(check, level as StationLevel), max)) out.push({ ...p, at: `/levels/${level}${p.at}` });
  }
  return out;
}
