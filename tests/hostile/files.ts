// Builders for hostile and foreign-made input files in the OS temp folder: a workbook written by hand
// (as Excel or LibreOffice writes it: built-in number formats, inline strings, formulas with or without
// a cached value), and small helpers shared by the corpus and the regression tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

export function tempDir(prefix = 'vsr-hostile-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function writeTemp(name: string, content: string | Uint8Array, dir = tempDir()): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** A cell of a hand-made sheet: a string, a number with a style (1 = built-in format 9, "0%"), or a formula. */
export type HandCell = string | number | { n: number; percent?: boolean } | { f: string; v?: number };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * An .xlsx written without exceljs, the way Excel and LibreOffice write one: styles refer to the
 * built-in number format 9 ("0%") by id, strings are inline, a formula may lack its cached value.
 */
export async function handMadeXlsx(rows: HandCell[][], extraParts: Record<string, string | Uint8Array> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`);
  zip.file('xl/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`);
  const xmlRows = rows.map((cells, r) => {
    const xmlCells = cells.map((c, i) => {
      const ref = `${colName(i)}${r + 1}`;
      if (typeof c === 'string') return c === '' ? '' : `<c r="${ref}" t="inlineStr"><is><t>${esc(c)}</t></is></c>`;
      if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
      if ('f' in c) return `<c r="${ref}"><f>${esc(c.f)}</f>${c.v !== undefined ? `<v>${c.v}</v>` : ''}</c>`;
      return `<c r="${ref}"${c.percent ? ' s="1"' : ''}><v>${c.n}</v></c>`;
    });
    return `<row r="${r + 1}">${xmlCells.join('')}</row>`;
  });
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${xmlRows.join('')}</sheetData></worksheet>`);
  for (const [name, content] of Object.entries(extraParts)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The station block of the mini standard's table layout, then the item header. */
export function miniTable(answers: [string, HandCell][]): HandCell[][] {
  return [
    ['站点编号 / Station ID', 'T-1'],
    ['站点名称 / Station name', '示例镇退役军人服务站'],
    ['站点层级 / Station level', 'town'],
    ['检查日期 / Inspection date', '2024-05-01'],
    ['编号 / ID', '答案 / Answer'],
    ...answers.map(([id, v]) => [id, v]),
  ];
}
