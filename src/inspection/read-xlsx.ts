/**
 * Filled XLSX forms (as `vsr form` writes them, or any workbook in the tabular layout of
 * read-table.ts): the first sheet with an item header row is read. Formulas count by their result.
 */
import { stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { problem, type Problem } from '../i18n/problem.js';
import { MAX_FILE_BYTES } from '../standard/document.js';
import type { InspectionSource } from './read-document.js';
import { tableSource, type CellValue, type TableRow } from './read-table.js';

/** A cell's value as a plain value: formulas by their result, rich text and links by their text. */
function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return null;
  }
  return String(v);
}

/** The rows of one worksheet, with their 1-based row numbers. */
export function sheetRows(sheet: ExcelJS.Worksheet): TableRow[] {
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged range counts once, at its top-left cell.
      cells[col - 1] = cell.isMerged && cell.master !== cell ? null : plain(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

export async function readXlsxSource(file: string): Promise<{ source?: InspectionSource; problems: Problem[] }> {
  try {
    const size = (await stat(file)).size;
    if (size > MAX_FILE_BYTES) return { problems: [problem('file-too-large', '', { size, limit: MAX_FILE_BYTES }, { file })] };
  } catch {
    return { problems: [problem('file-not-found', '', { file }, { file })] };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (e) {
    return { problems: [problem('xlsx-unreadable', '', { detail: (e as Error).message }, { file })] };
  }
  let firstProblems: Problem[] | null = null;
  for (const sheet of workbook.worksheets) {
    const found = tableSource(file, sheetRows(sheet));
    if (found.source) return found;
    firstProblems ??= found.problems;
  }
  return { problems: firstProblems ?? [problem('xlsx-unreadable', '', { detail: 'no worksheet' }, { file })] };
}
