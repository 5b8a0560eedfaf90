/**
 * Filled XLSX forms (as `vsr form` writes them, or any workbook in the tabular layout of
 * read-table.ts): the first sheet with an item header row is read. Formulas count by their cached
 * result; a formula without one is reported, not read as unanswered. A number shown as a percentage
 * (stored 0.4, number format `0%`) reads as the user sees it, "40%". Before the workbook is opened,
 * its parts are inflated once with a limit, so a small file that inflates to gigabytes is refused.
 */
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { problem, type Problem } from '../i18n/problem.js';
import { LIMITS } from '../limits.js';
import { readInputBytes } from '../standard/document.js';
import type { InspectionSource } from './read-document.js';
import { FormulaWithoutValue, tableSource, type CellValue, type TableRow } from './read-table.js';
import { newWorkbook } from '../optional-dependency.js';

/** Whether a number format shows a percentage (a `%` outside quotes and escapes). */
function isPercentFormat(numFmt: string | undefined): boolean {
  return !!numFmt && /%/.test(numFmt.replace(/"[^"]*"|\\./g, ''));
}

/** A cell's value as a plain value: formulas by their result, rich text and links by their text. */
function plain(v: ExcelJS.CellValue, numFmt?: string): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return isPercentFormat(numFmt) ? `${Number((v * 100).toPrecision(12))}%` : v;
  if (typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const f = v as ExcelJS.CellFormulaValue & { sharedFormula?: string };
      if (f.result === undefined || f.result === null) return new FormulaWithoutValue(f.formula ?? f.sharedFormula ?? '');
      return plain(f.result as ExcelJS.CellValue, numFmt);
    }
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
      cells[col - 1] = cell.isMerged && cell.master !== cell ? null : plain(cell.value, cell.numFmt);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

/** Inflates a part up to `stopAt` bytes, without keeping them; returns how many bytes it gave. */
function inflatedSize(entry: JSZip.JSZipObject, stopAt: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer');
    let n = 0;
    stream.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n >= stopAt) {
        stream.pause();
        stream.removeAllListeners('data');
        resolve(n);
      }
    });
    stream.on('end', () => resolve(n));
    stream.on('error', reject);
  });
}

/** Refuses a zip whose parts are too many or inflate beyond the limits (a "zip bomb"). */
export async function checkZipLimits(bytes: Uint8Array, file: string): Promise<Problem[]> {
  let zip: JSZip;
  try {
    // jszip and exceljs load on first use, so the package's main entry stays light (issue 10.5)
    zip = await (await import('jszip')).default.loadAsync(bytes);
  } catch (e) {
    return [problem('xlsx-unreadable', '', { detail: (e as Error).message }, { file })];
  }
  const parts = Object.values(zip.files).filter((f) => !f.dir);
  const limit = (what: string, actual: number | string, max: number) => [problem('limit-exceeded', '', { what, actual, limit: max }, { file })];
  if (parts.length > LIMITS.xlsxParts) return limit('parts in the .xlsx / .xlsx 内部文件数', parts.length, LIMITS.xlsxParts);
  let total = 0;
  for (const part of parts) {
    let size: number;
    try {
      size = await inflatedSize(part, LIMITS.xlsxPartBytes + 1);
    } catch (e) {
      return [problem('xlsx-unreadable', '', { detail: `${part.name}: ${(e as Error).message}` }, { file })];
    }
    if (size > LIMITS.xlsxPartBytes) return limit(`decompressed part ${part.name} / 解压后的内部文件`, `> ${LIMITS.xlsxPartBytes}`, LIMITS.xlsxPartBytes);
    total += size;
    if (total > LIMITS.xlsxTotalBytes) return limit('decompressed size / 解压后总大小', `> ${LIMITS.xlsxTotalBytes}`, LIMITS.xlsxTotalBytes);
  }
  return [];
}

export async function readXlsxSource(file: string): Promise<{ source?: InspectionSource; problems: Problem[] }> {
  const { bytes, problems } = await readInputBytes(file);
  if (!bytes) return { problems };
  return xlsxSource(bytes, file);
}

/** An XLSX inspection from its bytes (`file` names it in problems). Never throws for the file's faults. */
export async function xlsxSource(bytes: Uint8Array, file: string): Promise<{ source?: InspectionSource; problems: Problem[] }> {
  const zipProblems = await checkZipLimits(bytes, file);
  if (zipProblems.length) return { problems: zipProblems };
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return { problems: [problem('xlsx-unreadable', '', { detail: (e as Error).message }, { file })] };
  }
  let firstProblems: Problem[] | null = null;
  for (const sheet of workbook.worksheets) {
    if (sheet.actualRowCount > LIMITS.tableRows) {
      return { problems: [problem('limit-exceeded', '', { what: `rows in sheet ${sheet.name} / 行数`, actual: sheet.actualRowCount, limit: LIMITS.tableRows }, { file })] };
    }
    const found = tableSource(file, sheetRows(sheet));
    if (found.source) return found;
    firstProblems ??= found.problems;
  }
  return { problems: firstProblems ?? [problem('xlsx-unreadable', '', { detail: 'no worksheet' }, { file })] };
}
