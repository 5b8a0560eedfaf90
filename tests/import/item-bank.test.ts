import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { TRUSTED } from '../helpers/engine.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { loadDocument } from '../../src/standard/load.js';
import { compile } from '../../src/standard/compile.js';
import { evaluate } from '../../src/evaluate.js';
import { validateInspection } from '../../src/inspection/validate.js';
import { writeInspectionForm } from '../../src/inspection/form.js';
import { sharedLinks } from '../../src/standard/shared.js';
import type { Inspection } from '../../src/types/inspection.js';
import { vsr } from '../report/helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'vsr-item-bank-'));

// star-rating@1.0.0 with its nine repeated questions linked (the shipped 1.0.0 file stays as released)
const SHARED = `shared:
  - items: [con-basic-01, fq-org-01]      # 五有
  - items: [con-layout-01, fq-venue-01]   # 四区一室
  - items: [con-sign-01, fq-venue-03]     # 统一门牌
  - items: [con-sign-04, fq-venue-07]     # 按时开放、有人值班
  - items: [con-info-02, fq-info-05]      # 一人一策
  - items: [kt-visit-01, fq-honour-03]    # 两节走访慰问
  - items: [kt-care-02, fq-care-06]       # 现役军人家庭联系
  - items: [kt-emp-04, fq-emp-04]         # 就业帮扶成效
  - items: [kt-legal-01, fq-rights-03]    # 法律服务点
`;
const SCHEME = path.join(dir, 'star-rating-shared.yaml');
writeFileSync(SCHEME, readFileSync(path.join(ROOT, 'standards/star-rating/1.0.0.yaml'), 'utf8').replace('\nlevels:\n', `\n${SHARED}\nlevels:\n`));

async function starRating() {
  return compile((await loadDocument(SCHEME, undefined, TRUSTED)).doc);
}

function townInspection(): Inspection {
  return parse(readFileSync(path.join(ROOT, 'examples/inspections/five-star-town.yaml'), 'utf8')) as Inspection;
}

async function formItemIds(buffer: Buffer, known: ReadonlyMap<string, number>): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ids: string[] = [];
  wb.worksheets[0].eachRow((row) => {
    const v = row.getCell(2).value;
    if (typeof v === 'string' && known.has(v)) ids.push(v);
  });
  return ids;
}

describe('issue 11.3: one item bank across the star-rating scheme', () => {
  it('issue 11.3: the town form asks each shared question once (162 rows before, 153 after)', async () => {
    const compiled = await starRating();
    const links = sharedLinks(compiled);
    expect(links.size).toBe(9);
    const ids = await formItemIds(await writeInspectionForm(compiled, { level: 'town' }), compiled.itemIndex);
    const town = compiled.items.filter((i) => !i.appliesTo || i.appliesTo.includes('town'));
    expect(town.length).toBe(162); // before: one row per item
    expect(ids.length).toBe(153); // after: the nine linked items are asked through their partner
    for (const [linked, answer] of links) {
      expect(ids).not.toContain(linked);
      expect(ids).toContain(answer);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('issue 11.3: the answer given once is scored in each component by its own rule', async () => {
    const compiled = await starRating();
    const inspection = townInspection();
    delete inspection.answers['fq-emp-04'];
    inspection.answers['kt-emp-04'] = 65; // 80 % target, ramp from 50 %
    const checked = validateInspection(compiled, inspection);
    expect(checked.ok).toBe(true);
    const e = evaluate(compiled, inspection);
    const item = (id: string) => e.items.find((i) => i.id === id)!;
    expect([item('kt-emp-04').state, item('kt-emp-04').points, item('kt-emp-04').max]).toEqual(['partial', 1.5, 3]);
    expect([item('fq-emp-04').state, item('fq-emp-04').points, item('fq-emp-04').max]).toEqual(['partial', 0.75, 1.5]);
    // an inspection that answers the linked item itself keeps its own answer
    inspection.answers['fq-emp-04'] = 80;
    const own = evaluate(compiled, inspection);
    expect(own.items.find((i) => i.id === 'fq-emp-04')!.state).toBe('pass');
  });

  it('issue 11.3: a filled CSV form with the shared question answered once scores both items', async () => {
    const csv = [
      '站点编号 / Station ID,T-1',
      '站点名称 / Station name,示例镇服务站（虚构）',
      '站点层级 / Station level,town',
      '检查日期 / Inspection date,2024-05-01',
      '评定方案 / Rating scheme,star-rating@1.0.0',
      '编号 / ID,答案 / Answer',
      'kt-emp-04,65',
    ].join('\n');
    const file = path.join(dir, 'form.csv');
    writeFileSync(file, csv);
    const r = await vsr(['score', file, '--scheme', SCHEME, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const e = JSON.parse(r.stdout) as { items: { id: string; state: string; points: number }[] };
    const kt = e.items.find((i) => i.id === 'kt-emp-04')!;
    const fq = e.items.find((i) => i.id === 'fq-emp-04')!;
    expect([kt.state, kt.points]).toEqual(['partial', 1.5]);
    expect([fq.state, fq.points]).toEqual(['partial', 0.75]);
  });

  it('issue 11.3: lint refuses shared items whose checks take different answers, or unknown ones', async () => {
    const scheme = readFileSync(SCHEME, 'utf8').replace(
      '  - items: [kt-emp-04, fq-emp-04]',
      '  - items: [kt-emp-04, con-basic-01]\n  - items: [kt-nothing-99, fq-emp-04]',
    );
    const file = path.join(dir, 'bad-scheme.yaml');
    writeFileSync(file, scheme);
    const r = await vsr(['lint', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad-scheme\.yaml:\d+:\d+ \/shared\/7\/items: .*kt-emp-04, con-basic-01/);
    expect(r.stderr).toContain('kt-nothing-99');
  });
});
