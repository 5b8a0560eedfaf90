import type { Reason } from '../../types/evaluation.js';
import type { StandardMetCondition as Raw } from '../../types/rating-scheme.js';
import { componentApplies, componentEstimate, componentShare } from '../../scoring/score.js';
import { meetsPercentOf, percentFloorOf, shareValue } from '../../scoring/exact.js';
import { failedVetoItems, unassessedVetoes } from '../vetoes.js';
import type { CompiledConditionBase, ConditionType } from './condition-type.js';

/**
 * `standardMet`: a component standard is met (no veto failed in it, none unassessed, its percent at
 * least `minPercent`, default its passMark, else 100), or each of `orItemsPassed` passes.
 */
export interface StandardMetCondition extends CompiledConditionBase {
  kind: 'standardMet';
  /** Component index, and its id. */
  component: number;
  id: string;
  min: number;
  /** Item indexes that meet it too (-1 for an id not in the scheme: never passes). */
  orItems?: number[];
}

export const standardMetCondition: ConditionType<Raw, StandardMetCondition> = {
  kind: 'standardMet',
  key: 'standardMet',
  compile(raw, compiled) {
    const component = compiled.componentIndex.get(raw.standardMet)!;
    return {
      kind: 'standardMet',
      ...(raw.appliesTo ? { appliesTo: raw.appliesTo } : {}),
      component,
      id: raw.standardMet,
      min: raw.minPercent ?? compiled.components[component]?.passMark ?? 100,
      ...(raw.orItemsPassed ? { orItems: raw.orItemsPassed.map((id) => compiled.itemIndex.get(id) ?? -1) } : {}),
    };
  },
  check(state, cond): Reason | null {
    const c = cond.component;
    // The title the standard leads to, already held (answered yes, with its evidence), meets it (issue 12.3).
    if (cond.orItems?.every((i) => state.items[i]?.state === 'pass')) return null;
    if (!componentApplies(state, c)) return { code: 'level-standard-na', params: { standard: cond.id } };
    const unassessed = unassessedVetoes(state, c);
    if (unassessed.length) return { code: 'level-veto-unassessed', params: { items: unassessed.join(', ') } };
    const estimate = componentEstimate(state, c);
    const exact = () => componentShare(state, c);
    return meetsPercentOf(estimate, exact, cond.min) && state.compVetoes[c] === 0 ? null : { code: 'level-standard', params: { standard: cond.id, percent: percentFloorOf(estimate, exact), min: cond.min } };
  },
  rank: (state, cond) => (state.compVetoes[cond.component] > 0 ? 0 : 2),
  need(state, cond, unmet) {
    const c = cond.component;
    // A standard with nothing counted yet (e.g. left unanswered under missing: exclude) can still be
    // met by answering its items; one that does not apply to the station has no candidates.
    if (state.compVetoes[c] > 0) return { reason: 'veto', all: failedVetoItems(state, c), unmet };
    return { reason: 'standard', scope: (it) => it.component === c && !it.bonus, measure: (st) => shareValue(componentShare(st, c)), place: () => 0, unmet };
  },
  touches: (cond, item) => item.component === cond.component || (cond.orItems?.includes(item.index) ?? false),
  describe: (cond) => ({ code: 'cond-standard', params: { standard: cond.id, min: cond.min } }),
  owns: (cond, reason) => (reason.code === 'level-standard' || reason.code === 'level-standard-na') && reason.params?.standard === cond.id,
};
