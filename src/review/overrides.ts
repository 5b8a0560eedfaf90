/**
 * Reviewers' overrides: the answer a reviewer holds to be right instead of the one recorded, with the
 * reason and the authority. The engine scores the overriding answer (so points, sections, the level
 * and the gap plan all follow), and the evaluation says so plainly: a reason on the item and a
 * warning, which every report shows. A review whose hash no longer matches is flagged the same way.
 */
import type { Compiled } from '../standard/compiled.js';
import type { Evaluation, Reason } from '../types/evaluation.js';
import type { Inspection, Override, Review } from '../types/inspection.js';
import { problem, type Problem } from '../i18n/problem.js';
import { evaluate, type EvaluateOptions, type PlannedEvaluation } from '../evaluate.js';
import { validateInspection } from '../inspection/validate.js';
import { verifyReviews } from './sign.js';

export interface AppliedOverride extends Override {
  review: number;
  by: string;
  role: string;
  date: string;
}

/** The reviewed evaluation (with its gap plan unless asked for none), or the problems of the overrides. */
export type ReviewedEvaluation<E extends Evaluation = PlannedEvaluation> = { ok: true; evaluation: E; applied: AppliedOverride[] } | { ok: false; problems: Problem[] };

function escapePointer(id: string): string {
  return id.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Each override checked like an answer to its item; problems point into the review. */
function overrideProblems(compiled: Compiled, inspection: Inspection, reviews: Review[]): Problem[] {
  const out: Problem[] = [];
  reviews.forEach((review, i) => (review.overrides ?? []).forEach((o, j) => {
    const at = `/reviews/${i}/overrides/${j}`;
    if (!compiled.itemIndex.has(o.item)) {
      out.push(problem('inspection-unknown-item', `${at}/item`, { id: o.item }));
      return;
    }
    const checked = validateInspection(compiled, { ...inspection, reviews: undefined, waivers: undefined, answers: { [o.item]: o.answer } });
    const prefix = `/answers/${escapePointer(o.item)}`;
    if (!checked.ok) for (const p of checked.errors) if (p.pointer.startsWith(prefix)) out.push({ ...p, pointer: `${at}/answer${p.pointer.slice(prefix.length)}` });
  }));
  return out;
}

/** The overrides of every review, in order (a later one for the same item wins). */
export function overridesOf(inspection: Inspection): AppliedOverride[] {
  return (inspection.reviews ?? []).flatMap((r, review) => (r.overrides ?? []).map((o) => ({ ...o, review, by: r.by, role: r.role, date: r.date })));
}

/**
 * Evaluates an inspection with its reviewers' overrides applied and marked. Without reviews this is
 * `evaluate` itself. Overrides whose answer does not fit the item are refused with their place.
 */
export function evaluateReviewed(compiled: Compiled, inspection: Inspection, options?: EvaluateOptions & { gap?: 'next' | 'all' }): ReviewedEvaluation;
export function evaluateReviewed(compiled: Compiled, inspection: Inspection, options: EvaluateOptions): ReviewedEvaluation<Evaluation>;
export function evaluateReviewed(compiled: Compiled, inspection: Inspection, options: EvaluateOptions = {}): ReviewedEvaluation<Evaluation> {
  const reviews = inspection.reviews ?? [];
  if (!reviews.length) return { ok: true, evaluation: evaluate(compiled, inspection, options), applied: [] };
  const problems = overrideProblems(compiled, inspection, reviews);
  if (problems.length) return { ok: false, problems };
  const applied = overridesOf(inspection);
  const answers = { ...inspection.answers };
  for (const o of applied) answers[o.item] = o.answer;
  const evaluation = evaluate(compiled, { ...inspection, answers }, options);
  const byItem = new Map<string, AppliedOverride[]>();
  for (const o of applied) byItem.set(o.item, [...(byItem.get(o.item) ?? []), o]);
  const reasonOf = (o: AppliedOverride): Reason => ({ code: 'review-overridden', params: { by: o.by, role: o.role, date: o.date, reason: o.reason, authority: o.authority } });
  const warnings: Reason[] = [...evaluation.warnings];
  for (const o of applied) warnings.push({ code: 'review-override-warning', params: { item: o.item, by: o.by, role: o.role, date: o.date, reason: o.reason, authority: o.authority } });
  for (const c of verifyReviews(inspection as unknown as Record<string, unknown> & { reviews: Review[] })) {
    if (!c.ok) warnings.push({ code: 'review-hash-mismatch', params: { n: c.index + 1, by: c.review.by, date: c.review.date } });
  }
  return {
    ok: true,
    applied,
    evaluation: {
      ...evaluation,
      items: evaluation.items.map((i) => (byItem.has(i.id) ? { ...i, reasons: [...i.reasons, ...byItem.get(i.id)!.map(reasonOf)] } : i)),
      warnings,
    },
  };
}
