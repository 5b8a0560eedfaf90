import type { Reason } from '../../types/evaluation.js';
import type { ItemsPassedCondition as Raw } from '../../types/rating-scheme.js';
import { itemHolds } from '../../scoring/score.js';
import type { CompiledConditionBase, ConditionType } from './condition-type.js';

/** `itemsPassed`: each named item passes (not-applicable and waived count as holding). */
export interface ItemsPassedCondition extends CompiledConditionBase {
  kind: 'itemsPassed';
  /** Item indexes, in the scheme's order. */
  items: number[];
  /** Their ids. */
  ids: string[];
}

export const itemsPassedCondition: ConditionType<Raw, ItemsPassedCondition> = {
  kind: 'itemsPassed',
  key: 'itemsPassed',
  compile: (raw, compiled) => ({ kind: 'itemsPassed', ...(raw.appliesTo ? { appliesTo: raw.appliesTo } : {}), items: raw.itemsPassed.map((id) => compiled.itemIndex.get(id)!), ids: [...raw.itemsPassed] }),
  check(state, cond): Reason | null {
    const failing = cond.items.filter((i) => !itemHolds(state.items[i].state)).map((i) => state.compiled.items[i].id);
    return failing.length === 0 ? null : { code: 'level-items', params: { items: failing.join(', ') } };
  },
  rank: () => 1,
  // Items that record the past stay in the list, so the plan can say they block the level.
  need: (state, cond, unmet, planner) => ({ reason: 'required', all: cond.items.filter((i) => state.items[i].state !== 'pass' && (planner.improvable(i) || planner.stuck(i))), unmet }),
  touches: (cond, item) => cond.items.includes(item.index),
  describe: (cond) => ({ code: 'cond-items', params: { items: cond.ids.join(', ') } }),
  owns: (_cond, reason) => reason.code === 'level-items',
};
