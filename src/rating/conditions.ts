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
 * Whether component c's vetoes bear on every level (`noVeto`): a standard that counts towards the
 * composite, or the standard evaluated alone. A scheme's weight-0 prerequisite vetoes only the levels
 * that require it (`standardMet`), issue 12.3.
 */
function vetoesEveryLevel(state: ScoreState, c: number, scope: 'all' | 'counted' | undefined): boolean {
  return scope !== 'counted' || state.compiled.kind !== 'scheme' || state.compiled.components[c].weight > 0;
}

/** Veto items of component c (or of every component) left unanswered: not assessed, not failed (issue 12.3). */
export function unassessedVetoes(state: ScoreState, c?: number, scope?: 'all' | 'counted'): string[] {
  return state.compiled.items
    .filter((item) => item.veto !== null && (c === undefined ? vetoesEveryLevel(state, item.component, scope) : item.component === c) && state.items[item.index].state === 'unanswered' && !state.items[item.index].vetoFailed)
    .map((item) => item.id);
}

/**
 * Whether one condition holds; null when it does, else the reason it does not. Minimum percents are
 * decided on exact shares; a reason shows the percent truncated to hundredths (79.995 → 79.99).
 */
export function checkCondition(state: ScoreState, cond: Condition): Reason | null {
  if (cond.appliesTo && !cond.appliesTo.includes(state.level)) return null;
  const { compiled } = state;
  if ('noVeto' in cond) {
    const failed = failedVetoItems(state).filter((i) => vetoesEveryLevel(state, compiled.items[i].component, cond.scope)).map((i) => compiled.items[i].id);
    if (failed.length) return { code: 'level-veto', params: { items: failed.join(', ') } };
    const unassessed = unassessedVetoes(state, undefined, cond.scope);
    return unassessed.length ? { code: 'level-veto-unassessed', params: { items: unassessed.join(', ') } } : null;
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
  // The title the standard leads to, already held (answered yes, with its evidence), meets it (issue 12.3).
  if (cond.orItemsPassed?.every((id) => state.items[compiled.itemIndex.get(id)!]?.state === 'pass')) return null;
  if (!componentApplies(state, c)) return { code: 'level-standard-na', params: { standard: cond.standardMet } };
  const unassessed = unassessedVetoes(state, c);
  if (unassessed.length) return { code: 'level-veto-unassessed', params: { items: unassessed.join(', ') } };
  const share = componentShare(state, c);
  const min = standardMinPercent(state, c, cond.minPercent);
  return meetsPercent(share, min) && state.compVetoes[c] === 0 ? null : { code: 'level-standard', params: { standard: cond.standardMet, percent: percentFloor(share), min } };
}
