/**
 * Stored evaluations (JSON or YAML documents with `schema: vsr/evaluation@1`, or an array of them as
 * `vsr score` writes for several files) rendered again, e.g. in the other language: the standard or
 * scheme it names (`id@version`) is loaded for the titles, and its content hash is compared with the
 * one stored; a different text gives a warning, not an error. Figures that cannot be true are refused
 * with their place: an item or level the standard lacks, an item maximum other than the standard's,
 * points beyond the maximum, a percent that does not follow from the points.
 */
import { fromHundredths, percentOf, problem, VsrError, type Problem } from '../i18n/problem.js';
import type { Compiled } from '../standard/compiled.js';
import { validateAgainstSchema } from '../standard/schema-validate.js';
import type { Evaluation } from '../types/evaluation.js';
import type { PlannedEvaluation } from '../evaluate.js';
import { compiledFor, placeIn, type InspectionSource, type ReadInspectionOptions } from './read.js';
import { refOf } from '../report/labels.js';

export const EVALUATION_SCHEMA = 'vsr/evaluation@1';

function isEvaluationData(data: unknown): boolean {
  return !!data && typeof data === 'object' && (data as { schema?: unknown }).schema === EVALUATION_SCHEMA;
}

export function isStoredEvaluation(source: InspectionSource): boolean {
  return source.format === 'document' && isEvaluationData(source.data);
}

/** Whether a source is an array of stored evaluations (`vsr score --format json` on several files). */
export function isStoredEvaluationArray(source: InspectionSource): boolean {
  return source.format === 'document' && Array.isArray(source.data) && source.data.length > 0 && source.data.some(isEvaluationData);
}

/**
 * The entries of an array of stored evaluations, each as a source of its own (its pointers placed
 * within the array), or the problems of entries that are not evaluations.
 */
export function storedEvaluationEntries(source: InspectionSource): { entries: InspectionSource[]; problems: Problem[] } {
  const list = source.data as unknown[];
  const problems: Problem[] = [];
  list.forEach((d, i) => {
    if (!isEvaluationData(d)) problems.push(...placeIn(source, [problem('stored-array-mixed', `/${i}`, { index: i + 1 })]));
  });
  const entries = list.map((data, i) => ({ ...source, data, locate: (p: string) => source.locate(`/${i}${p}`) }));
  return { entries, problems };
}

/** Number equality to the hundredth (the precision of every stored figure). */
const near = (a: number, b: number) => Math.abs(a - b) < 0.006;

/** What in a stored evaluation contradicts itself or the standard it was loaded with. */
export function storedEvaluationProblems(evaluation: Evaluation, compiled: Compiled): Problem[] {
  const problems: Problem[] = [];
  const ref = refOf(compiled);
  if (evaluation.standard.id !== compiled.id || evaluation.standard.version !== compiled.version) {
    problems.push(problem('stored-standard-mismatch', '/standard', { stored: `${evaluation.standard.id}@${evaluation.standard.version}`, ref }));
  }
  evaluation.items.forEach((item, i) => {
    const known = compiled.items[compiled.itemIndex.get(item.id) ?? -1];
    if (!known) problems.push(problem('stored-unknown-item', `/items/${i}/id`, { id: item.id, ref }));
    else if (!near(fromHundredths(known.max), item.max)) problems.push(problem('stored-max-mismatch', `/items/${i}/max`, { id: item.id, stored: item.max, actual: fromHundredths(known.max) }));
    if (item.points > item.max + 0.005) problems.push(problem('stored-points-invalid', `/items/${i}/points`, { points: item.points, max: item.max }));
  });
  const { score } = evaluation;
  if (score.points > score.max + 0.005) problems.push(problem('stored-points-invalid', '/score/points', { points: score.points, max: score.max }));
  const expected = evaluation.scheme ? null : Math.min(100, percentOf(score.points + score.bonus, score.max));
  if (score.percent < 0 || score.percent > 100 || (expected !== null && !near(expected, score.percent))) {
    problems.push(problem('stored-percent-mismatch', '/score/percent', { percent: score.percent, points: score.points, max: score.max }));
  }
  const level = evaluation.rating.level;
  if (level !== null && !compiled.levels.some((l) => l.id === level)) problems.push(problem('stored-unknown-level', '/rating/level', { id: level, ref }));
  return problems;
}

export type StoredEvaluationResult =
  | { ok: true; evaluation: PlannedEvaluation; compiled: Compiled; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

/** Checks a stored evaluation against its schema and loads the standard or scheme it was made with. */
export async function readStoredEvaluation(source: InspectionSource, options: ReadInspectionOptions = {}): Promise<StoredEvaluationResult> {
  const schemaProblems = validateAgainstSchema('evaluation', source.data);
  if (schemaProblems.length) return { ok: false, problems: placeIn(source, schemaProblems) };
  // a plan is what every reader of a stored evaluation shows; one written without (`--gap none`) is refused
  if (!('gap' in (source.data as object))) return { ok: false, problems: placeIn(source, [problem('stored-no-gap', '/gap', {})]) };
  const evaluation = source.data as PlannedEvaluation;
  const ref = evaluation.scheme ? { scheme: refOf(evaluation.scheme) } : { standard: refOf(evaluation.standard) };
  let compiled: Compiled;
  try {
    compiled = await compiledFor({ ...source, ref }, options);
  } catch (e) {
    if (e instanceof VsrError) return { ok: false, problems: e.problems };
    throw e;
  }
  const contradictions = storedEvaluationProblems(evaluation, compiled);
  if (contradictions.length) return { ok: false, problems: placeIn(source, contradictions) };
  const warnings: Problem[] = [];
  if (compiled.hash !== evaluation.standard.hash) {
    const params = { ref: refOf(compiled), stored: evaluation.standard.hash.slice(0, 19), actual: compiled.hash.slice(0, 19) };
    warnings.push(...placeIn(source, [problem('report-stored-hash-mismatch', '/standard/hash', params)]));
  }
  return { ok: true, evaluation, compiled, warnings };
}
