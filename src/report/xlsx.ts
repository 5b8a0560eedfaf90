/**
 * XLSX: the evaluation as a workbook with three sheets (summary, items, gap plans), headed in the
 * chosen language, with frozen header rows and filters, each sheet set to print on A4 landscape at
 * fit-to-width. Text cells that a spreadsheet would take for
 * a formula are neutralised.
 */
import type ExcelJS from 'exceljs';
import { msg } from './labels.js';
import { buildReport, type ReportInput, type ReportOptions } from './model.js';
import { gapTable, itemTable, spreadsheetSafe, summaryTable, rowHeight, type Table } from './tables.js';
import { xmlSafeWorkbook } from '../safe-text.js';
import type { Renderer } from './renderer.js';
import { newWorkbook } from '../optional-dependency.js';

function addSheet(workbook: ExcelJS.Workbook, name: string, t: Table, widths: number[]): void {
  // printable: A4 landscape, all columns on one page width, the heading row repeated on every page
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
  });
  sheet.pageSetup.printTitlesRow = '1:1';
  sheet.addRow(t.headings).height = rowHeight(t.headings, widths);
  sheet.getRow(1).font = { bold: true };
  for (const r of t.rows) {
    const row = sheet.addRow(r.map(spreadsheetSafe));
    row.height = rowHeight(r, widths);
  }
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
  // exceljs loads on first use, so the package's main entry stays light (issue 10.5)
  const workbook = await newWorkbook();
  workbook.creator = 'veteran-station-rating';
  workbook.created = new Date(0);
  // column widths add up to 170 characters at most, so at fit-to-width text prints at 9 pt or more
  addSheet(workbook, msg('report-summary', locale), summaryTable(models, locale), [14, 28, 12, 12, 18, 10, 14, 10, 14, 10]);
  addSheet(workbook, msg('report-items', locale), itemTable(models, locale), [11, 18, 12, 13, 24, 9, 7, 7, 34, 13, 20]);
  addSheet(workbook, msg('report-gap', locale), gapTable(models, locale), [11, 18, 6, 13, 24, 9, 9, 14, 22, 7, 7, 7, 12]);
  xmlSafeWorkbook(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const xlsxReport: Renderer<ReportInput[]> = { format: 'xlsx', extension: '.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: (inputs, o) => renderXlsx(inputs, o) };
