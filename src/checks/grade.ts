import type { GradeCheck } from '../types/standard.js';
import type { Locale } from '../i18n/messages.js';
import { joinList, local, msg, paren } from '../i18n/format.js';
import { duplicateIds, outcome, type CheckType, type DefinitionProblem } from './check-type.js';
import { answerWords, choiceId } from './text.js';

/** A grade as listed in the form's drop-down: "good 好" (id, then label). */
export function gradeChoice(grade: GradeCheck['grades'][number], locale: Locale): string {
  return grade.label ? `${grade.id} ${local(grade.label, locale)}` : grade.id;
}

/** A grade in words for reports: "一般（fair）"; an unknown id as it is. */
function gradeLabel(check: GradeCheck, id: string, locale: Locale): string {
  const g = check.grades.find((x) => x.id === id);
  return g?.label ? `${local(g.label, locale)}${paren(id, locale)}` : id;
}

/** `grade`: named grades, best first, each worth a fraction of the points. */
export const gradeCheck: CheckType<GradeCheck> = {
  type: 'grade',
  lint(check) {
    const problems: DefinitionProblem[] = duplicateIds(check.grades, 'grades', 'grades-duplicate');
    check.grades.forEach((g, i) => {
      if (i > 0 && g.fraction > check.grades[i - 1].fraction) {
        problems.push({ code: 'grades-order', at: `/grades/${i}/fraction`, params: { id: g.id } });
      }
    });
    return problems;
  },
  validate(check, value) {
    if (typeof value === 'string' && check.grades.some((g) => g.id === value)) return null;
    return { code: 'answer-grade', params: { allowed: check.grades.map((g) => g.id).join(', ') } };
  },
  score(check, value, max) {
    const grade = check.grades.find((g) => g.id === value)!;
    const earned = Math.round(max * grade.fraction);
    return outcome(earned, earned < max ? [{ code: 'grade-earned', params: { grade: grade.id, fraction: grade.fraction } }] : []);
  },
  best: (check) => check.grades.reduce((a, b) => (b.fraction > a.fraction ? b : a)).id,
  answerShape: (check) => `grade:${check.grades.map((g) => g.id).sort().join(',')}`,
  describe: (check, locale) => msg('form-hint-grade', locale, { grades: joinList(check.grades.map((g) => gradeChoice(g, locale)), locale) }),
  formatAnswer: (check, value, locale) => answerWords(value, locale, (id) => gradeLabel(check, id, locale)),
  parseCell: (check, text) => choiceId(text, check.grades),
  formInput: (check, locale) => ({ kind: 'choice', choices: check.grades.map((g) => gradeChoice(g, locale)), inline: false }),
  sample(check, _max, { meets, random: r }) {
    if (meets || check.grades.length === 1) return check.grades[0].id;
    return check.grades[1 + Math.floor(r() * r() * (check.grades.length - 1))].id;
  },
};
