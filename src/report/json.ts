/**
 * JSON: the evaluation itself (schema vsr/evaluation@1), or an array of them for several stations.
 * Reasons stay codes with parameters, so the JSON is the same in every language.
 */
import type { Evaluation } from '../types/evaluation.js';
import type { ReportInput } from './model.js';
import type { Renderer } from './renderer.js';

export function renderJson(inputs: ReportInput | ReportInput[]): string {
  const value: Evaluation | Evaluation[] = Array.isArray(inputs) ? inputs.map((i) => i.evaluation) : inputs.evaluation;
  return JSON.stringify(value, null, 2) + '\n';
}

export const jsonReport: Renderer<ReportInput[]> = { format: 'json', extension: '.json', mediaType: 'application/json', render: (inputs, o) => renderJson(o.single ? inputs[0] : inputs) };
