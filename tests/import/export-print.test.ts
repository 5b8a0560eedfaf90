import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/standard/load.js';
import { compile } from '../../src/standard/compile.js';
import { listShipped } from '../../src/standard/refs.js';
import { sheetTable } from '../../src/sheet/export-sheet.js';
import { sheetXlsx } from '../../src/sheet/write-sheet.js';
import { LINE_POINTS, wrappedLines } from '../../src/report/tables.js';
import type { Standard } from '../../src/types/standard.js';

const standards = listShipped().filter((s) => !/^schema:\s*vsr\/rating-scheme@1/m.test(readFileSync(s.file, 'utf8')));

describe('issue 11.2: the exported 评分细则 prints whole', () => {
  // LibreOffice and Excel print a row a program wrote at its stored height: without one, every row is
  // one line tall and the 评分标准 text is cut off on paper (seen in LibreOffice's PDF of the export)
  for (const s of standards) {
    it(`issue 11.2: every row of ${s.id}@${s.version} is tall enough for its longest wrapped cell`, async () => {
      const loaded = await loadDocument(`${s.id}@${s.version}`);
      const doc = compile(loaded.doc).source as Standard;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await sheetXlsx(sheetTable(doc))) as never);
      const sheet = wb.worksheets[0];
      const widths = (sheet.columns ?? []).map((c) => c.width ?? 14);
      let checked = 0;
      sheet.eachRow((row) => {
        if (row.number <= 2) return; // title and subtitle, merged across the table
        const merged = row.getCell(1).isMerged && row.getCell(2).isMerged;
        if (merged) return; // section banners are one short line
        const lines = Math.max(...widths.map((w, i) => wrappedLines(String(row.getCell(i + 1).text ?? ''), w)));
        expect(row.height ?? 0, `row ${row.number}`).toBeGreaterThanOrEqual(LINE_POINTS * lines);
        checked++;
      });
      expect(checked).toBeGreaterThan(10);
    });
  }
});
