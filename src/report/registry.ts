/**
 * The renderers of each document kind (evaluation report, batch summary, comparison, standard diff,
 * rectification plan, due report, station history), in the order `--format` lists them. A new format: its renderer
 * module (exporting a `Renderer`), and one line here.
 */
import type { BatchSummary } from '../types/batch-summary.js';
import type { Comparison } from '../types/comparison.js';
import type { StandardDiff } from '../types/standard-diff.js';
import type { ReportInput } from './model.js';
import { jsonRenderer, type RendererRegistry } from './renderer.js';
import { jsonReport } from './json.js';
import { markdownReport } from './markdown.js';
import { htmlReport } from './html.js';
import { csvReport } from './csv.js';
import { xlsxReport } from './xlsx.js';
import { csvSummary } from './summary-csv.js';
import { htmlSummary } from './summary-html.js';
import { htmlComparison, textComparison } from './compare-render.js';
import { textDiff } from './diff-text.js';
import type { Rectification } from '../types/rectification.js';
import type { DueReport } from '../lifecycle/due.js';
import type { StationHistory } from '../lifecycle/history.js';
import { rectificationHtml, rectificationMarkdown, rectificationXlsx, rectificationYaml } from './rectification.js';
import { dueMarkdown } from './due.js';
import { historyHtml, historyMarkdown } from './history.js';

/** `vsr score`: the evaluation report of one or more stations. */
export const evaluationReports: RendererRegistry<ReportInput[]> = {
  default: 'json',
  renderers: [jsonReport, markdownReport, htmlReport, csvReport, xlsxReport],
};

/** `vsr rectify`: the rectification plan — the plan file itself (yaml, json) or the 整改清单 to print (md, html, xlsx). */
export const rectificationPlans: RendererRegistry<Rectification> = {
  default: 'yaml',
  renderers: [rectificationYaml, jsonRenderer<Rectification>(), rectificationMarkdown, rectificationHtml, rectificationXlsx],
};

/** `vsr due`: ratings lapsed, expiring or withdrawn, and overdue rectification items, by region. */
export const dueReports: RendererRegistry<DueReport> = {
  default: 'md',
  renderers: [dueMarkdown, jsonRenderer<DueReport>()],
};

/** `vsr history STATION`: every evaluation of one station as a timeline. */
export const stationHistories: RendererRegistry<StationHistory> = {
  default: 'md',
  renderers: [historyMarkdown, historyHtml, jsonRenderer<StationHistory>()],
};

/** `vsr batch --summary FILE`: the regional rollup, chosen by FILE's extension. */
export const batchSummaries: RendererRegistry<BatchSummary> = {
  default: 'json',
  renderers: [jsonRenderer<BatchSummary>(), csvSummary, htmlSummary],
};

/** `vsr compare A B`: two rounds compared. */
export const comparisons: RendererRegistry<Comparison> = {
  default: 'text',
  renderers: [textComparison, jsonRenderer<Comparison>(), htmlComparison],
};

/** `vsr diff REF REF`: what changed between two standards or schemes. */
export const standardDiffs: RendererRegistry<StandardDiff> = {
  default: 'text',
  renderers: [textDiff, jsonRenderer<StandardDiff>()],
};
