import { meetsPercentOf, percentFloorOf } from '../../scoring/exact.js';
import { compositeEstimate } from '../../scoring/score.js';
import type { CompiledConditionBase, ConditionType } from './condition-type.js';

/** The level's own `minPercent` of the (composite) score. */
export interface MinPercentCondition extends CompiledConditionBase {
  kind: 'minPercent';
  min: number;
}

export const minPercentCondition: ConditionType<{ minPercent: number }, MinPercentCondition> = {
  kind: 'minPercent',
  key: null,
  compile: (raw) => ({ kind: 'minPercent', min: raw.minPercent }),
  check: (_state, cond, share) => (meetsPercentOf(share.estimate, share.exact, cond.min) ? null : { code: 'level-min-percent', params: { percent: percentFloorOf(share.estimate, share.exact), min: cond.min } }),
  rank: () => 3,
  need: (_state, _cond, unmet) => ({ reason: 'points', scope: () => true, measure: compositeEstimate, place: (it) => it.component, unmet }),
  // the composite counts the components of weight above 0 (a standard alone is one such component)
  touches: (_cond, item, compiled) => compiled.components[item.component].weight > 0,
  describe: (cond) => ({ code: 'cond-min-percent', params: { min: cond.min } }),
  owns: (_cond, reason) => reason.code === 'level-min-percent',
};
