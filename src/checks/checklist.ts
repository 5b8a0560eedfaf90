import type { ChecklistCheck } from '../types/standard.js';
import type { Locale } from '../i18n/messages.js';
import { joinList, local, msg } from '../i18n/format.js';
import { duplicateIds, outcome, type AnswerProblem, type CheckType, type DefinitionProblem } from './check-type.js';
import { answerWords, choiceId, normalise } from './text.js';

/** What a cell says when no requirement is met. */
const NONE = new Set(['无', 'none', '-', '—', '没有']);

/** A requirement in words for reports: its label; an unknown id as it is. */
function requirementLabel(check: ChecklistCheck, id: string, locale: Locale): string {
  const r = check.requirements.find((x) => x.id === id);
  return r ? local(r.label, locale) : id;
}

/** `checklist`: named sub-requirements; points in proportion to those met, or all-or-nothing. */
export const checklistCheck: CheckType<ChecklistCheck> = {
  type: 'checklist',
  lint(check): DefinitionProblem[] {
    return duplicateIds(check.requirements, 'requirements', 'requirements-duplicate');
  },
  validate(check, value): AnswerProblem | null {
    const allowed = () => check.requirements.map((r) => r.id).join(', ');
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return { code: 'answer-checklist', params: { allowed: allowed() } };
    const unknown = (value as string[]).find((v) => !check.requirements.some((r) => r.id === v));
    return unknown === undefined ? null : { code: 'answer-checklist-unknown', params: { id: unknown, allowed: allowed() } };
  },
  score(check, value, max) {
    const given = value as string[];
    // a short list (the usual answer) is searched as it is; a long one is looked up in a set
    const met = given.length > 16 ? new Set(given) : null;
    const missing: string[] = [];
    for (const r of check.requirements) if (!(met ? met.has(r.id) : given.includes(r.id))) missing.push(r.id);
    if (missing.length === 0) return outcome(max);
    const total = check.requirements.length;
    // With a requirement missing, rounding to hundredths never reaches the maximum.
    const earned = check.mode === 'all' ? 0 : Math.max(0, Math.min(max - 1, Math.round((max * (total - missing.length)) / total)));
    return outcome(earned, [{ code: 'checklist-missing', params: { missing: missing.join(', ') } }]);
  },
  best: (check) => check.requirements.map((r) => r.id),
  // requirements for some station levels only (`requirements[].appliesTo`); all of them when none is left
  forLevel(check, level) {
    if (!check.requirements.some((r) => r.appliesTo)) return null;
    const kept = check.requirements.filter((r) => !r.appliesTo || r.appliesTo.includes(level));
    return kept.length ? { ...check, requirements: kept as typeof check.requirements } : check;
  },
  // a requirement named in the answer that the level's list (forLevel) left out: which, and the levels it is for
  notForLevel(check, levelled, level, problem) {
    const r = problem.code === 'answer-checklist-unknown' ? check.requirements.find((x) => x.id === problem.params?.id) : undefined;
    if (!r?.appliesTo) return null;
    return { code: 'answer-checklist-not-for-level', params: { id: r.id, level, levels: r.appliesTo.join(','), allowed: levelled.requirements.map((x) => x.id).join(', ') } };
  },
  answerShape: (check) => `checklist:${check.requirements.map((r) => r.id).sort().join(',')}`,
  combine: 'union',
  describe: (check, locale) => msg('form-hint-checklist', locale, { requirements: joinList(check.requirements.map((r) => `${r.id} ${local(r.label, locale)}`), locale) }),
  formatAnswer: (check, value, locale) => answerWords(value, locale, (id) => requirementLabel(check, id, locale)),
  parseCell(check, text) {
    if (NONE.has(normalise(text))) return [];
    return text.split(/[,，、;；\n]+/).map((x) => x.trim()).filter(Boolean).map((x) => choiceId(x, check.requirements));
  },
  formInput: () => ({ kind: 'text', maxLength: 2000 }),
  sample(check, _max, { meets, p, random: r }) {
    const share = 0.35 + 0.65 * p;
    const met = check.requirements.filter(() => r() < share).map((q) => q.id);
    return meets ? check.requirements.map((q) => q.id) : met;
  },
};
