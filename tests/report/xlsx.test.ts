import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { renderXlsx } from '../../src/report/xlsx.js';
import { compiledOf, inspectionOf, MINI, reportInput, TOWN, townInputs } from './helpers.js';

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as never);
  return wb;
}

describe('XLSX renderer', () => {
  it('writes a summary, the items and the gap plans as three sheets', async () => {
    const { standard, scheme } = await townInputs();
    const wb = await open(await renderXlsx([standard, scheme]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['评定汇总', '条目明细', '差距清单']);
    const [summary, items, gap] = wb.worksheets;
    expect(summary.rowCount).toBe(3);
    expect(summary.getRow(2).getCell(6).value).toBe(62.5);
    expect(summary.getRow(3).getCell(7).value).toBe('三星级');
    expect(items.rowCount).toBe(13);
    expect(items.getRow(3).getCell(4).value).toBe('m-org-2');
    expect(items.getRow(3).getCell(7).value).toBe(3);
    expect(gap.getRow(1).getCell(3).value).toBe('顺序');
    expect(gap.rowCount).toBeGreaterThan(1);
  });

  it('heads the sheets in English with locale en', async () => {
    const { standard } = await townInputs();
    const wb = await open(await renderXlsx(standard, { locale: 'en' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'All items', 'Gap plan']);
    expect(wb.worksheets[1].getRow(2).getCell(6).value).toBe('Pass');
  });

  it('neutralises text cells that would be read as formulas', async () => {
    const inspection = inspectionOf(TOWN);
    inspection.station.name = '=1+1';
    inspection.station.id = '@A1';
    const wb = await open(await renderXlsx(reportInput(await compiledOf(MINI), inspection)));
    const withRows = wb.worksheets.filter((w) => w.rowCount > 1);
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const sheet of withRows) {
      const row = sheet.getRow(2);
      expect(row.getCell(1).value).toBe("'@A1");
      expect(row.getCell(2).value).toBe("'=1+1");
      sheet.eachRow((r) => r.eachCell((c) => expect(typeof c.value === 'object' && c.value !== null && 'formula' in c.value).toBe(false)));
    }
  });
});
