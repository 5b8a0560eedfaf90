import type { Reason } from '../../types/evaluation.js';
import type { SectionCondition as Raw } from '../../types/rating-scheme.js';
import { sectionShare } from '../../scoring/score.js';
import { meetsPercentOf, percentFloorOf, shareValue } from '../../scoring/exact.js';
import type { CompiledConditionBase, ConditionType } from './condition-type.js';

/** `section` + `minPercent`: a section at least N % (a section with nothing counted holds). */
export interface SectionMinCondition extends CompiledConditionBase {
  kind: 'sectionMin';
  /** Section index, and its id. */
  section: number;
  id: string;
  min: number;
}

export const sectionMinCondition: ConditionType<Raw, SectionMinCondition> = {
  kind: 'sectionMin',
  key: 'section',
  compile: (raw, compiled) => ({ kind: 'sectionMin', ...(raw.appliesTo ? { appliesTo: raw.appliesTo } : {}), section: compiled.sectionIndex.get(raw.section)!, id: raw.section, min: raw.minPercent }),
  check(state, cond): Reason | null {
    if (state.sectionMax[cond.section] === 0) return null;
    const estimate = state.sectionPoints[cond.section] / state.sectionMax[cond.section];
    const exact = () => sectionShare(state, cond.section);
    return meetsPercentOf(estimate, exact, cond.min) ? null : { code: 'level-section', params: { section: cond.id, percent: percentFloorOf(estimate, exact), min: cond.min } };
  },
  rank: () => 2,
  need: (_state, cond, unmet) => ({ reason: 'section', scope: (it) => it.sections.includes(cond.section), measure: (st) => shareValue(sectionShare(st, cond.section)), place: () => 0, unmet }),
  touches: (cond, item) => item.sections.includes(cond.section),
  describe: (cond) => ({ code: 'cond-section', params: { section: cond.id, min: cond.min } }),
  owns: (cond, reason) => reason.code === 'level-section' && reason.params?.section === cond.id,
};
