/**
 * JSON: the evaluation itself (schema vsr/evaluation@1), or an array of them for several stations.
 * Reasons stay codes with parameters, so the JSON is the same in every language.
 */
import type { Evaluation } from '../types/evaluation.js';
import type { ReportInput } from './model.js';

export function renderJson(inputs: ReportInput | ReportInput[]): string {
  const value: Evaluation | Evaluation[] = Array.isArray(inputs) ? inputs.map((i) => i.evaluation) : inputs.evaluation;
  return JSON.stringify(value, null, 2) + '\n';
}
