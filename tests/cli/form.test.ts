import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ALL_TYPES, vsr } from '../report/helpers.js';

describe('vsr form', () => {
  it('writes a blank inspection workbook', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'vsr-form-')), '检查表.xlsx');
    const r = await vsr(['form', ALL_TYPES, '--out', out, '--level', 'town']);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['检查表', 'lists', '填写说明']);
  });

  it('writes forms for the shipped standards and the star-rating scheme', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vsr-form-'));
    const shipped = JSON.parse((await vsr(['standards', '--format', 'json'])).stdout) as { id: string }[];
    for (const { id } of shipped) {
      const r = await vsr(['form', id, '--out', path.join(dir, `${id}.xlsx`)]);
      expect(r.code, `${id}: ${r.stderr}`).toBe(0);
      expect(existsSync(path.join(dir, `${id}.xlsx`))).toBe(true);
    }
  });

  it('exits 2 without --out or with an unknown level, and 1 for an unknown standard', async () => {
    expect((await vsr(['form', ALL_TYPES])).code).toBe(2);
    expect((await vsr(['form'])).code).toBe(2);
    expect((await vsr(['form', ALL_TYPES, '--out', 'x.xlsx', '--level', 'province'])).code).toBe(2);
    const r = await vsr(['form', 'no-such', '--out', path.join(tmpdir(), 'x.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('找不到标准或方案“no-such”');
  });
});
