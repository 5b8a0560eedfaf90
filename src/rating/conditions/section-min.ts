import type { Reason } from '../../types/evaluation.js';
import type { SectionCondition as Raw } from '../../types/rating-scheme.js';
import { sectionShare } from '../../scoring/score.js';
import { meetsPercent, percentFloor, shareValue } from '../../scoring/exact.js';
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
    const share = sectionShare(state, cond.section);
    return meetsPercent(share, cond.min) ? null : { code: 'level-section', params: { section: cond.id, percent: percentFloor(share), min: cond.min } };
  },
  rank: () => 2,
  need: (_state, cond, unmet) => ({ reason: 'section', scope: (it) => it.sections.includes(cond.section), measure: (st) => shareValue(sectionShare(st, cond.section)), place: () => 0, unmet }),
  touches: (cond, item) => item.sections.includes(cond.section),
  describe: (cond) => ({ code: 'cond-section', params: { section: cond.id, min: cond.min } }),
  owns: (cond, reason) => reason.code === 'level-section' && reason.params?.section === cond.id,
};
