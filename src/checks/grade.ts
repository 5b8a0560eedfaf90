import type { GradeCheck } from '../types/standard.js';
import { outcome, type CheckType, type DefinitionProblem } from './check-type.js';

/** `grade`: named grades, best first, each worth a fraction of the points. */
export const gradeCheck: CheckType<GradeCheck> = {
  type: 'grade',
  lint(check) {
    const problems: DefinitionProblem[] = [];
    const seen = new Set<string>();
    check.grades.forEach((g, i) => {
      if (seen.has(g.id)) problems.push({ code: 'grades-duplicate', at: `/grades/${i}/id`, params: { id: g.id } });
      seen.add(g.id);
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
};
