import type { Reason } from '../../types/evaluation.js';
import type { NoVetoCondition as Raw } from '../../types/rating-scheme.js';
import { failedVetoItems, unassessedVetoes, vetoesEveryLevel } from '../vetoes.js';
import type { CompiledConditionBase, ConditionType } from './condition-type.js';

/** `noVeto`: no veto item failed (in every component, or only the counted ones) and none left unassessed. */
export interface NoVetoCondition extends CompiledConditionBase {
  kind: 'noVeto';
  scope?: 'all' | 'counted';
}

export const noVetoCondition: ConditionType<Raw, NoVetoCondition> = {
  kind: 'noVeto',
  key: 'noVeto',
  compile: (raw) => ({ kind: 'noVeto', ...(raw.appliesTo ? { appliesTo: raw.appliesTo } : {}), ...(raw.scope ? { scope: raw.scope } : {}) }),
  check(state, cond): Reason | null {
    const { compiled } = state;
    const failed = failedVetoItems(state).filter((i) => vetoesEveryLevel(state, compiled.items[i].component, cond.scope)).map((i) => compiled.items[i].id);
    if (failed.length) return { code: 'level-veto', params: { items: failed.join(', ') } };
    const unassessed = unassessedVetoes(state, undefined, cond.scope);
    return unassessed.length ? { code: 'level-veto-unassessed', params: { items: unassessed.join(', ') } } : null;
  },
  rank: () => 0,
  need: (state, _cond, unmet) => ({ reason: 'veto', all: failedVetoItems(state), unmet }),
  touches: (_cond, item) => item.veto !== null,
  describe: () => ({ code: 'cond-no-veto' }),
  owns: (_cond, reason) => reason.code === 'level-veto',
};
