/**
 * Reads a score sheet file into rows for import-sheet.ts: XLSX (the first worksheet with a
 * recognisable header; merged cells count once, at their top-left cell), CSV (UTF-8 or GB18030, by
 * the shared input decoding) or the tables of a Word .docx (all tables in order, so a
 * table split across pages reads as one; cells merged across or down count once).
 */
import path from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { problem, problemOfCode, type Problem } from '../i18n/problem.js';
import { LIMITS } from '../limits.js';
import { readInputBytes, readInputText } from '../standard/document.js';
import { csvRows } from '../io/read-csv.js';
import { checkZipLimits, sheetRows } from '../io/read-xlsx.js';
import type { CellValue, TableRow } from '../io/read-table.js';
import { newWorkbook } from '../optional-dependency.js';

/**
 * The rows of every table in a .docx's word/document.xml, numbered from 1 across the tables, and the
 * first paragraph of text before the first table (the sheet's title).
 */
export function docxTableRows(xml: string): { title: string; tables: TableRow[][] } {
  const tables: TableRow[][] = [];
  let title = '';
  let paragraph = '';
  const parser = new SaxesParser();
  let depth = 0; // table nesting: only top-level tables are read
  let rows: TableRow[] = [];
  let cells: CellValue[] = [];
  let text = '';
  let inCell = false;
  let span = 1;
  let vContinue = false;
  let rowNo = 0;
  let inText = false;
  parser.on('opentag', (tag) => {
    const attr = (name: string) => {
      const a = tag.attributes[name];
      return typeof a === 'string' ? a : (a as { value?: string } | undefined)?.value;
    };
    switch (tag.name) {
      case 'w:tbl':
        depth++;
        if (depth === 1) rows = [];
        break;
      case 'w:tr':
        if (depth === 1) cells = [];
        break;
      case 'w:tc':
        if (depth === 1) {
          inCell = true;
          text = '';
          span = 1;
          vContinue = false;
        }
        break;
      case 'w:gridSpan':
        if (depth === 1 && inCell) span = Math.max(1, Number(attr('w:val')) || 1);
        break;
      case 'w:vMerge':
        if (depth === 1 && inCell) vContinue = attr('w:val') !== 'restart';
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
        if (inCell) text += ' ';
        break;
      case 'w:br':
        if (inCell) text += '\n';
        break;
    }
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:p':
        if (inCell && depth === 1) text += '\n';
        if (depth === 0 && !tables.length && !title) title = paragraph.trim();
        paragraph = '';
        break;
      case 'w:tc':
        if (depth === 1) {
          inCell = false;
          const value = text.replace(/\n+$/, '').trim();
          cells.push(vContinue ? null : value || null);
          for (let i = 1; i < span; i++) cells.push(null);
        }
        break;
      case 'w:tr':
        if (depth === 1) rows.push({ row: ++rowNo, cells });
        break;
      case 'w:tbl':
        if (depth === 1) tables.push(rows);
        depth--;
        break;
    }
  });
  // only the text inside <w:t> counts
  parser.on('text', (t) => {
    if (inCell && inText && depth === 1) text += t;
    else if (inText && depth === 0) paragraph += t;
  });
  parser.write(xml).close();
  return { title, tables };
}

async function readDocx(bytes: Buffer): Promise<TableRow[]> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = zip.file('word/document.xml');
  if (!doc) throw new Error('word/document.xml missing');
  const { title, tables } = docxTableRows(await doc.async('string'));
  const rows = tables.flat();
  // the title paragraph above the table, as a line above the header (row 0: not a table row)
  return rows.length && title ? [{ row: 0, cells: [title] }, ...rows] : rows;
}

/**
 * The rows of a score sheet file; for XLSX the first worksheet `pick` accepts (else the first). Reading
 * goes through the shared input checks (size, links, encoding, zip limits) the inspection readers use.
 */
export async function readSheetRows(file: string, pick: (rows: TableRow[]) => boolean = () => true): Promise<{ rows?: TableRow[]; problems: Problem[] }> {
  const ext = path.extname(file).toLowerCase();
  if (!['.xlsx', '.csv', '.docx', '.txt', '.tsv'].includes(ext)) return { problems: [problem('sheet-format', '', { ext: ext || file }, { file })] };
  const tooMany = (rows: TableRow[]) => rows.length > LIMITS.tableRows ? [problem('limit-exceeded', '', { what: 'rows / 行数', actual: rows.length, limit: LIMITS.tableRows }, { file })] : [];
  try {
    if (ext === '.xlsx' || ext === '.docx') {
      const { bytes, problems } = await readInputBytes(file);
      if (!bytes) return { problems };
      // a broken or oversized zip ("zip bomb") is refused before it is opened
      const zipProblems = (await checkZipLimits(bytes, file)).map((p) => (ext === '.docx' && p.code === 'xlsx-unreadable' ? problemOfCode('file-unreadable', '', p.params, { file }) : p));
      if (zipProblems.length) return { problems: zipProblems };
      let rows: TableRow[];
      if (ext === '.xlsx') {
        const workbook = await newWorkbook();
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        const sheets = workbook.worksheets.map(sheetRows);
        rows = sheets.find(pick) ?? sheets[0] ?? [];
      } else {
        rows = await readDocx(bytes);
        if (!rows.length) return { problems: [problem('sheet-no-table', '', undefined, { file })] };
      }
      const limit = tooMany(rows);
      return limit.length ? { problems: limit } : { rows, problems: [] };
    }
    const { text, problems } = await readInputText(file); // UTF-8 or GB18030
    if (text === undefined) return { problems };
    const rows = csvRows(text);
    const limit = tooMany(rows);
    return limit.length ? { problems: limit } : { rows, problems: [] };
  } catch (e) {
    const err = e as Error & { lines?: number };
    return { problems: [problem('file-unreadable', '', { detail: err.message }, { file, ...(err.lines ? { line: err.lines } : {}) })] };
  }
}
