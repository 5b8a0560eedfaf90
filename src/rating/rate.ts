import type { Text } from '../types/standard.js';
import type { Reason } from '../types/evaluation.js';
import type { CompiledLevel } from '../standard/compiled.js';
import { compositeShare, type ScoreState } from '../scoring/score.js';
import type { Ratio } from '../scoring/exact.js';
import { checkCondition, levelConditions } from './conditions/registry.js';

export interface LevelResult {
  id: string;
  met: boolean;
  /** The conditions that do not hold (empty when met). */
  unmet: Reason[];
}

export interface Rating {
  level: string | null;
  label: Text | null;
  levels: LevelResult[];
}

/**
 * The conditions of one level that do not hold: the minimum percent first (decided on the exact
 * composite share, shown truncated to hundredths), then `requires` in order.
 */
export function unmetConditions(state: ScoreState, level: CompiledLevel, share: Ratio = compositeShare(state)): Reason[] {
  const unmet: Reason[] = [];
  for (const cond of levelConditions(state.compiled, level)) {
    const r = checkCondition(state, cond, share);
    if (r) unmet.push(r);
  }
  return unmet;
}

/** Rates a scored inspection: the highest level whose every condition holds (pure). */
export function rate(state: ScoreState): Rating {
  const share = compositeShare(state);
  const levels = state.compiled.levels.map((level) => {
    const unmet = unmetConditions(state, level, share);
    return { id: level.id, met: unmet.length === 0, unmet };
  });
  let best = -1;
  levels.forEach((l, i) => l.met && (best = i));
  const top = best >= 0 ? state.compiled.levels[best] : null;
  return { level: top?.id ?? null, label: top?.label ?? null, levels };
}

/** Index of the level a station holds, or -1. */
export function levelIndex(state: ScoreState): number {
  const share = compositeShare(state);
  const levels = state.compiled.levels;
  for (let i = levels.length - 1; i >= 0; i--) if (unmetConditions(state, levels[i], share).length === 0) return i;
  return -1;
}
