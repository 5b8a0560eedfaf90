import type { Evaluation } from './types/evaluation.js';
import type { Answer, AnswerEntry, Inspection } from './types/inspection.js';
import type { Compiled, CompiledItem } from './standard/compiled.js';
import { fromHundredths, VsrError } from './i18n/problem.js';
import { validateInspection } from './inspection/validate.js';
import { componentApplies, componentBonus, componentPercent, compositePercent, scoreInspection, sectionPercent, type ItemResult, type ScoreState } from './scoring/score.js';
import { rate, type Rating } from './rating/rate.js';
import { failedVetoItems } from './rating/vetoes.js';
import { lastDayOfYears } from './scoring/dates.js';
import { GapPlanner, planGapFrom, type Gap } from './gap/plan.js';
import { withSharedAnswers } from './standard/shared.js';
import { forLevel } from './standard/levels.js';
import { addReportFields } from './report-fields.js';
import { checkedAnswersOf } from './scoring/checked.js';

/**
 * Which gap plans an evaluation carries: `none` (no plan is made: no `gap`), `next` (default: `gap`,
 * the plan to the next level above the one reached, or to `target`), `all` (`gap`, and `gaps`: a plan
 * to every level above the one reached, lowest first).
 */
export type GapMode = 'none' | 'next' | 'all';
export const GAP_MODES: readonly GapMode[] = ['none', 'next', 'all'];

export interface EvaluateOptions {
  /** The level the gap plan aims at (default: the next level above the one reached). */
  target?: string;
  /** Which gap plans to make (default `next`). */
  gap?: GapMode;
  /**
   * Whether to add the fields renderers need from the standard (titles, checks, level labels,
   * conditions in words: issue 10.2). Default true; batch's `compact` and `summary` shapes, which leave
   * them out, pass false and save the work.
   */
  reportFields?: boolean;
}

/** An evaluation with its gap plan: what `evaluate` gives in every gap mode but `none`. */
export type PlannedEvaluation = Evaluation & { gap: Gap };

type EvaluatedItem = Evaluation['items'][number];

/**
 * An item's entry in the evaluation: how it scored, and what it carries for renderers (issue 10.2): its
 * title, and the answer, evidence and note given. Built field by field in the document's order, without
 * spreading objects: this runs for every item of every record.
 */
function evaluatedItem(item: CompiledItem, r: ItemResult, entry: AnswerEntry | undefined): EvaluatedItem {
  const out = { id: item.id, state: r.state, points: fromHundredths(r.points), max: fromHundredths(item.max) } as EvaluatedItem;
  if (item.bonus) out.bonus = true;
  out.reasons = r.reasons;
  out.title = item.title;
  if (entry === undefined || entry === null) return out;
  if (typeof entry === 'object' && !Array.isArray(entry)) {
    out.answer = entry.value;
    if (entry.evidence?.length) out.evidence = entry.evidence;
    if (entry.note) out.note = entry.note;
  } else out.answer = entry;
  return out;
}

/** The evaluation document (schema vsr/evaluation@1) of a scored inspection. */
function toEvaluation(state: ScoreState, inspection: Inspection, rating: Rating, gap: Gap | null, gaps: Gap[] | null): Evaluation {
  const { compiled } = state;
  const comps = compiled.components;
  let points = 0, max = 0, bonus = 0, deductions = 0;
  comps.forEach((c, i) => {
    if (c.weight <= 0 && compiled.kind === 'scheme') return;
    points += state.compPoints[i];
    max += state.compMax[i];
    bonus += componentBonus(state, i);
    deductions += state.compDeducted[i];
  });
  const score: Evaluation['score'] = {
    points: fromHundredths(points),
    max: fromHundredths(max),
    percent: compositePercent(state),
    bonus: fromHundredths(bonus),
    deductions: fromHundredths(deductions),
  };
  if (compiled.kind === 'scheme') {
    score.components = comps.map((c, i) => ({
      id: c.id,
      version: c.version,
      weight: c.weight,
      points: fromHundredths(state.compPoints[i]),
      max: fromHundredths(state.compMax[i]),
      percent: componentPercent(state, i),
      bonus: fromHundredths(componentBonus(state, i)),
      applicable: componentApplies(state, i),
    }));
  }
  const station = inspection.station;
  const years = compiled.scheme?.validity?.years;
  return {
    schema: 'vsr/evaluation@1',
    ...(inspection.example ? { example: true } : {}),
    station: { id: station.id, name: station.name, level: station.level, ...(station.region ? { region: station.region } : {}) },
    standard: { id: compiled.id, version: compiled.version, hash: compiled.hash },
    scheme: compiled.kind === 'scheme' ? { id: compiled.id, version: compiled.version } : null,
    inspectedAt: inspection.inspectedAt,
    ...(inspection.inspector ? { inspector: inspection.inspector } : {}),
    ...(years !== undefined && rating.level !== null ? { validUntil: lastDayOfYears(inspection.inspectedAt, years) } : {}),
    score,
    sections: compiled.sections.map((s) => ({
      id: s.id,
      title: s.title,
      points: fromHundredths(state.sectionPoints[s.index]),
      max: fromHundredths(state.sectionMax[s.index]),
      percent: sectionPercent(state, s.index),
    })),
    items: compiled.items.map((item) => evaluatedItem(item, state.items[item.index], inspection.answers[item.id])),
    vetoes: failedVetoItems(state).map((i) => ({ item: compiled.items[i].id, message: compiled.items[i].veto! })),
    rating,
    ...(gap ? { gap } : {}),
    ...(gaps ? { gaps } : {}),
    warnings: state.warnings,
  };
}

/**
 * Scores an inspection, rates it and plans the gap to the next level (pure, synchronous); `gap`
 * chooses the plans (`none`, `next`, `all`). Validate the data first with `validateInspection`; the
 * same input always gives the same JSON.
 */
export function evaluate(compiled: Compiled, given: Inspection, options?: EvaluateOptions & { gap?: 'next' | 'all' }): PlannedEvaluation;
export function evaluate(compiled: Compiled, given: Inspection, options: EvaluateOptions): Evaluation;
export function evaluate(compiled: Compiled, given: Inspection, options: EvaluateOptions = {}): Evaluation {
  const inspection = withSharedAnswers(compiled, given); // a scheme's shared questions are answered once
  // checks as they apply to the station's level; answers validateInspection checked are not checked again
  const state = scoreInspection(forLevel(compiled, inspection.station.level), inspection, checkedAnswersOf(compiled, given));
  const rating = rate(state);
  const mode = options.gap ?? 'next';
  const finish = (e: Evaluation): Evaluation => (options.reportFields === false ? e : addReportFields(e, compiled));
  if (mode === 'none') return finish(toEvaluation(state, inspection, rating, null, null));
  // the level held, from the rating just made; one planner scores each best answer once for every plan
  const current = rating.level === null ? -1 : compiled.levels.findIndex((l) => l.id === rating.level);
  const planner = new GapPlanner(state, inspection);
  const gaps = mode === 'all' ? compiled.levels.slice(current + 1).map((_, k) => planner.plan(current + 1 + k)) : null;
  // at the top level there is no level above: the plan is empty, with target null
  const gap = options.target === undefined && gaps ? (gaps[0] ?? { target: null, reachable: true, steps: [] }) : planGapFrom(state, inspection, options.target, current, planner);
  // the fields a renderer needs from the standard (titles, checks, level labels, conditions in words): issue 10.2
  return finish(toEvaluation(state, inspection, rating, gap, gaps));
}

/** The gap plan to any level (default: the next above the one reached). */
export function planGap(compiled: Compiled, inspection: Inspection, target?: string): Gap {
  const answered = withSharedAnswers(compiled, inspection);
  return planGapFrom(scoreInspection(forLevel(compiled, answered.station.level), answered, checkedAnswersOf(compiled, inspection)), answered, target);
}

/**
 * Evaluates the inspection with some answers changed: "what if the station fixed these items?"
 * The changed inspection is validated as `validateInspection` would: an unknown item id or an answer
 * that does not fit its check throws a VsrError listing every problem (pointers `/answers/<id>`), as the
 * loading functions do, instead of being scored as a failed or ignored answer.
 */
export function whatIf(compiled: Compiled, inspection: Inspection, changes: Record<string, Answer | AnswerEntry>, options?: EvaluateOptions & { gap?: 'next' | 'all' }): PlannedEvaluation;
export function whatIf(compiled: Compiled, inspection: Inspection, changes: Record<string, Answer | AnswerEntry>, options: EvaluateOptions): Evaluation;
export function whatIf(compiled: Compiled, inspection: Inspection, changes: Record<string, Answer | AnswerEntry>, options: EvaluateOptions = {}): Evaluation {
  const checked = validateInspection(compiled, { ...inspection, answers: { ...inspection.answers, ...changes } });
  if (!checked.ok) throw new VsrError(checked.errors);
  return evaluate(compiled, checked.inspection, options);
}
