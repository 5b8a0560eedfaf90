import type { ChecklistCheck } from '../types/standard.js';
import { outcome, type AnswerProblem, type CheckType, type DefinitionProblem } from './check-type.js';

/** `checklist`: named sub-requirements; points in proportion to those met, or all-or-nothing. */
export const checklistCheck: CheckType<ChecklistCheck> = {
  type: 'checklist',
  lint(check) {
    const problems: DefinitionProblem[] = [];
    const seen = new Set<string>();
    check.requirements.forEach((r, i) => {
      if (seen.has(r.id)) problems.push({ code: 'requirements-duplicate', at: `/requirements/${i}/id`, params: { id: r.id } });
      seen.add(r.id);
    });
    return problems;
  },
  validate(check, value): AnswerProblem | null {
    const allowed = () => check.requirements.map((r) => r.id).join(', ');
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return { code: 'answer-checklist', params: { allowed: allowed() } };
    const unknown = (value as string[]).find((v) => !check.requirements.some((r) => r.id === v));
    return unknown === undefined ? null : { code: 'answer-checklist-unknown', params: { id: unknown, allowed: allowed() } };
  },
  score(check, value, max) {
    const met = new Set(value as string[]);
    const missing = check.requirements.filter((r) => !met.has(r.id)).map((r) => r.id);
    if (missing.length === 0) return outcome(max);
    const total = check.requirements.length;
    // With a requirement missing, rounding to hundredths never reaches the maximum.
    const earned = check.mode === 'all' ? 0 : Math.max(0, Math.min(max - 1, Math.round((max * (total - missing.length)) / total)));
    return outcome(earned, [{ code: 'checklist-missing', params: { missing: missing.join(', ') } }]);
  },
  best: (check) => check.requirements.map((r) => r.id),
};
