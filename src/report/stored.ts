/**
 * Stored evaluations (JSON or YAML documents with `schema: vsr/evaluation@1`) rendered again, e.g. in
 * the other language: the standard or scheme it names (`id@version`) is loaded for the titles, and
 * its content hash is compared with the one stored; a different text gives a warning, not an error.
 */
import { problem, VsrError, type Problem } from '../i18n/problem.js';
import type { Compiled } from '../standard/compiled.js';
import { validateAgainstSchema } from '../standard/schema-validate.js';
import type { Evaluation } from '../types/evaluation.js';
import { compiledFor, placeIn, type InspectionSource, type ReadInspectionOptions } from '../inspection/read.js';
import { refOf } from './labels.js';

export const EVALUATION_SCHEMA = 'vsr/evaluation@1';

export function isStoredEvaluation(source: InspectionSource): boolean {
  const data = source.data as { schema?: unknown } | null;
  return source.format === 'document' && !!data && typeof data === 'object' && data.schema === EVALUATION_SCHEMA;
}

export type StoredEvaluationResult =
  | { ok: true; evaluation: Evaluation; compiled: Compiled; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

/** Checks a stored evaluation against its schema and loads the standard or scheme it was made with. */
export async function readStoredEvaluation(source: InspectionSource, options: ReadInspectionOptions = {}): Promise<StoredEvaluationResult> {
  const schemaProblems = validateAgainstSchema('evaluation', source.data);
  if (schemaProblems.length) return { ok: false, problems: placeIn(source, schemaProblems) };
  const evaluation = source.data as Evaluation;
  const ref = evaluation.scheme ? { scheme: refOf(evaluation.scheme) } : { standard: refOf(evaluation.standard) };
  let compiled: Compiled;
  try {
    compiled = await compiledFor({ ...source, ref }, options);
  } catch (e) {
    if (e instanceof VsrError) return { ok: false, problems: e.problems };
    throw e;
  }
  const warnings: Problem[] = [];
  if (compiled.hash !== evaluation.standard.hash) {
    const params = { ref: refOf(compiled), stored: evaluation.standard.hash.slice(0, 19), actual: compiled.hash.slice(0, 19) };
    warnings.push(...placeIn(source, [problem('report-stored-hash-mismatch', '/standard/hash', params)]));
  }
  return { ok: true, evaluation, compiled, warnings };
}
