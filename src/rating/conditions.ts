import type { Condition } from '../types/rating-scheme.js';
import type { Reason } from '../types/evaluation.js';
import { componentApplies, componentShare, itemHolds, sectionShare, type ScoreState } from '../scoring/score.js';
import { meetsPercent, percentFloor } from '../scoring/exact.js';

/** Indices of the items whose veto fired, in the given component (or all when c is undefined). */
export function failedVetoItems(state: ScoreState, c?: number): number[] {
  const out: number[] = [];
  for (const item of state.compiled.items) {
    if ((c === undefined || item.component === c) && state.items[item.index].vetoFailed) out.push(item.index);
  }
  return out;
}

/** Ids of the items whose veto fired. */
export function failedVetoes(state: ScoreState, c?: number): string[] {
  return failedVetoItems(state, c).map((i) => state.compiled.items[i].id);
}

/** The percent a `standardMet` condition needs for component c. */
function standardMinPercent(state: ScoreState, c: number, minPercent: number | undefined): number {
  return minPercent ?? state.compiled.components[c].passMark ?? 100;
}

/**
 * Whether one condition holds; null when it does, else the reason it does not. Minimum percents are
 * decided on exact shares; a reason shows the percent truncated to hundredths (79.995 → 79.99).
 */
export function checkCondition(state: ScoreState, cond: Condition): Reason | null {
  if (cond.appliesTo && !cond.appliesTo.includes(state.level)) return null;
  const { compiled } = state;
  if ('noVeto' in cond) {
    if (state.compVetoes.every((n) => n === 0)) return null;
    return { code: 'level-veto', params: { items: failedVetoes(state).join(', ') } };
  }
  if ('itemsPassed' in cond) {
    const failing = cond.itemsPassed.filter((id) => !itemHolds(state.items[compiled.itemIndex.get(id)!].state));
    return failing.length === 0 ? null : { code: 'level-items', params: { items: failing.join(', ') } };
  }
  if ('section' in cond) {
    const s = compiled.sectionIndex.get(cond.section)!;
    if (state.sectionMax[s] === 0) return null;
    const share = sectionShare(state, s);
    return meetsPercent(share, cond.minPercent) ? null : { code: 'level-section', params: { section: cond.section, percent: percentFloor(share), min: cond.minPercent } };
  }
  const c = compiled.componentIndex.get(cond.standardMet)!;
  if (!componentApplies(state, c)) return { code: 'level-standard-na', params: { standard: cond.standardMet } };
  const share = componentShare(state, c);
  const min = standardMinPercent(state, c, cond.minPercent);
  return meetsPercent(share, min) && state.compVetoes[c] === 0 ? null : { code: 'level-standard', params: { standard: cond.standardMet, percent: percentFloor(share), min } };
}
