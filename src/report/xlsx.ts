/**
 * XLSX: the evaluation as a workbook with three sheets (summary, items, gap plans), headed in the
 * chosen language, with frozen header rows and filters. Text cells that a spreadsheet would take for
 * a formula are neutralised.
 */
import ExcelJS from 'exceljs';
import { msg } from './labels.js';
import { buildReport, type ReportInput, type ReportOptions } from './model.js';
import { gapTable, itemTable, spreadsheetSafe, summaryTable, type Table } from './tables.js';
import { xmlSafeWorkbook } from '../safe-text.js';

function addSheet(workbook: ExcelJS.Workbook, name: string, t: Table, widths: number[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(t.headings);
  sheet.getRow(1).font = { bold: true };
  for (const r of t.rows) sheet.addRow(r.map(spreadsheetSafe));
  t.headings.forEach((_, i) => {
    sheet.getColumn(i + 1).width = widths[i] ?? 14;
    sheet.getColumn(i + 1).alignment = { vertical: 'top', wrapText: true };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.headings.length } };
}

/** The workbook, as bytes. */
export async function renderXlsx(inputs: ReportInput | ReportInput[], options: ReportOptions = {}): Promise<Buffer> {
  const locale = options.locale ?? 'zh-CN';
  const list = Array.isArray(inputs) ? inputs : [inputs];
  const models = list.map((i) => buildReport(i, { locale }));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'veteran-station-rating';
  workbook.created = new Date(0);
  addSheet(workbook, msg('report-summary', locale), summaryTable(models, locale), [14, 28, 12, 12, 18, 10, 14, 10, 14, 10]);
  addSheet(workbook, msg('report-items', locale), itemTable(models, locale), [12, 24, 16, 14, 30, 10, 8, 8, 40, 16, 24]);
  addSheet(workbook, msg('report-gap', locale), gapTable(models, locale), [12, 24, 6, 14, 30, 10, 10, 16, 24, 8, 8, 8, 14]);
  xmlSafeWorkbook(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
