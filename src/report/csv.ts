/**
 * CSV: one row per station and item (station, section, id, title, state, points, max, reasons,
 * answer, evidence), headed in the chosen language. UTF-8 with a byte-order mark so Excel opens it
 * in the right encoding; cells that a spreadsheet would take for a formula are neutralised.
 */
import { stringify } from 'csv-stringify/sync';
import { buildReport, type ReportInput, type ReportOptions } from './model.js';
import { itemTable, spreadsheetSafe } from './tables.js';

export const CSV_BOM = '\uFEFF';

export function renderCsv(inputs: ReportInput | ReportInput[], options: ReportOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const list = Array.isArray(inputs) ? inputs : [inputs];
  const t = itemTable(list.map((i) => buildReport(i, { locale })), locale);
  return CSV_BOM + stringify([t.headings, ...t.rows].map((r) => r.map(spreadsheetSafe)), { record_delimiter: 'windows' });
}
