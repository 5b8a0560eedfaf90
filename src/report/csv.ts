/**
 * CSV: one row per station and item (station, section, id, title, state, points, max, reasons,
 * answer, evidence), headed in the chosen language. Several stations start with the summary table
 * (one row per station: its percent, rating, vetoes and gap), then an empty row, then the items.
 * UTF-8 with a byte-order mark so Excel opens it in the right encoding; cells that a spreadsheet would
 * take for a formula are neutralised.
 */
import { stringify } from 'csv-stringify/sync';
import { buildReport, type ReportInput, type ReportOptions } from './model.js';
import { itemTable, spreadsheetSafe, summaryTable, type Table } from './tables.js';
import type { Renderer } from './renderer.js';

export const CSV_BOM = '\uFEFF';

export function renderCsv(inputs: ReportInput | ReportInput[], options: ReportOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const list = Array.isArray(inputs) ? inputs : [inputs];
  const models = list.map((i) => buildReport(i, { locale }));
  const rows = (t: Table) => [t.headings, ...t.rows].map((r) => r.map(spreadsheetSafe));
  const items = rows(itemTable(models, locale));
  const all = Array.isArray(inputs) && list.length > 1 ? [...rows(summaryTable(models, locale)), [], ...items] : items;
  return CSV_BOM + stringify(all, { record_delimiter: 'windows' });
}

export const csvReport: Renderer<ReportInput[]> = { format: 'csv', extension: '.csv', mediaType: 'text/csv', render: (inputs, o) => renderCsv(inputs, o) };
