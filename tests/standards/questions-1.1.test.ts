// Issue 12.5 (fewer questions) and 12.2 (each event counted once), measured on the shipped files.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { compile, evaluate, loadRatingScheme, loadStandard, writeInspectionForm } from '../../src/index.js';
import { readFileSync } from 'node:fs';
import type { Inspection } from '../../src/index.js';
import { readSource } from '../../src/standard/document.js';
import { TRUSTED } from '../helpers/engine.js';

async function formRows(ref: string, year: number): Promise<number> {
  const buffer = await writeInspectionForm(compile(await loadRatingScheme(ref, TRUSTED)), { level: 'town', year });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as never);
  return workbook.worksheets[0].actualRowCount;
}

describe('issue 12.5: fewer questions', () => {
  it('issue 12.5: the town form of star-rating@1.1.0 has fewer than 130 rows (1.0.0: 205)', async () => {
    expect(await formRows('star-rating@1.0.0', 2023)).toBe(205);
    // 2023: construction 25 + service 15 + key-tasks@1.1.0 27 + fengqiao@1.1.0 21 items for a town, plus section and heading rows
    const rows2023 = await formRows('star-rating@1.1.0', 2023);
    const rows2024 = await formRows('star-rating@1.1.0', 2024);
    expect(rows2023).toBeLessThan(130);
    expect(rows2024).toBeLessThan(130);
    expect(rows2024).toBe(128);
  });

  it('issue 12.5: no question of the 1.1 scheme is asked twice: fengqiao@1.1.0 cross-references the 49 criteria the other standards ask', async () => {
    const compiled = compile(await loadRatingScheme('star-rating@1.1.0'));
    const fq = compiled.components.find((c) => c.id === 'fengqiao')!.standard;
    const refs = fq.crossReferences ?? [];
    expect(refs.flatMap((r) => r.replaces ?? [])).toHaveLength(49);
    const ids = new Set(compiled.items.map((i) => i.id));
    for (const r of refs) for (const target of r.items) expect(ids.has(target.split(':')[1]), target).toBe(true);
    // the pairs the issue names now have one item each
    expect(ids.has('fq-org-04')).toBe(false); // con-staff-03 asks it
    expect(ids.has('fq-org-02')).toBe(false); // con-basic-02 asks it (twice a year)
  });
});

describe('issue 12.1 / 12.4: the printed form', () => {
  it('issue 12.1 / 12.4: a row carries "（重构：…）" after the title and the scoring rule in the how-to column', async () => {
    const buffer = await writeInspectionForm(compile(await loadRatingScheme('star-rating@1.1.0')), { level: 'town', year: 2023 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as never);
    const rows: string[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const row = rows.find((r) => r.includes('fq-rights-04'))!;
    expect(row.join(' | ')).toContain('涉军矛盾纠纷及时调解（重构：措辞、分值、尺度）');
    expect(row.join(' | ')).toContain('按评定年度内受理的涉军矛盾纠纷中7日内组织调解的比例计：达到100%得8分；60%及以下不得分；其间按比例计分。');
    expect(rows.some((r) => r.includes('kt24-atmos-01'))).toBe(false); // the 2024 list is left out of a 2023 form
  });
});

describe('issue 12.2: each event counted once', () => {
  it('issue 12.2: one petition caused by the station\'s failings costs 1 point of key-tasks once, and no star condition', async () => {
    const { doc } = await readSource(path.resolve('examples/inspections/v1.1/five-star-town-2023.yaml'));
    const base = doc!.data as Inspection;
    const compiled = compile(await loadRatingScheme('star-rating@1.1.0'));
    const before = evaluate(compiled, base);
    const entry = base.answers['kt-neg-01'] as { value: number; evidence: unknown[] };
    const after = evaluate(compiled, { ...base, answers: { ...base.answers, 'kt-neg-01': { ...entry, value: 1 } } } as Inspection);
    // key-tasks 100 → 99; composite = (40 × 98.96 + 30 × 100 + 30 × 99) / 100 = 99.28 (was 99.58)
    expect(after.score.components!.find((c) => c.id === 'key-tasks')!.points).toBe(99);
    expect(before.score.percent - after.score.percent).toBeCloseTo(0.3, 5);
    expect(after.score.components!.find((c) => c.id === 'fengqiao')!.points).toBe(100); // not deducted again in Fengqiao
    expect(after.rating.level).toBe('five-star');
    // the items that punished the same petition in 1.0.0 are gone
    for (const id of ['fq-rights-08', 'fq-result-02']) expect(compiled.itemIndex.has(id), id).toBe(false);
    const neg = compiled.items.find((i) => i.id === 'kt-neg-01')!;
    expect(neg.definition.text!['zh-CN']).toContain('因本站工作不到位');
    expect(neg.definition.remediable).toBe(false);
  });
});

describe('issue 12: crosswalks from 1.0.0 (format vsr/crosswalk@1 of the import branch)', () => {
  it.each(['construction', 'service', 'key-tasks', 'fengqiao', 'star-rating'])('issue 12: %s 1.0.0 → 1.1.0 lists every old item once; "same" only where the new item has the same check', async (id) => {
    const xw = JSON.parse(readFileSync(path.resolve(`standards/${id}/1.0.0-to-1.1.0.crosswalk.json`), 'utf8')) as { schema: string; from: string; to: string; items: { from: string; to?: string; how: string; reason?: string }[] };
    expect([xw.schema, xw.from, xw.to]).toEqual(['vsr/crosswalk@1', `${id}@1.0.0`, `${id}@1.1.0`]);
    const load = async (v: string) => (id === 'star-rating' ? compile(await loadRatingScheme(`${id}@${v}`)) : compile(await loadStandard(`${id}@${v}`)));
    const [old, neu] = [await load('1.0.0'), await load('1.1.0')];
    expect(xw.items.map((m) => m.from).sort()).toEqual(old.items.map((i) => i.id).sort());
    for (const m of xw.items) {
      if (m.how === 'same') expect(neu.items.find((i) => i.id === m.to)!.check, m.from).toEqual(old.items.find((i) => i.id === m.from)!.check);
      else expect([m.how, m.reason], m.from).toEqual(['dropped', expect.stringMatching(/\S/)]);
    }
  });
});

describe('issue 12.6: vsr form --year', () => {
  it('issue 12.6: vsr form star-rating@1.1.0 --level town --year 2023 lists the 2023 key-task list (126 rows); a bad year is a usage error', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const os = await import('node:os');
    const run = promisify(execFile);
    const out = path.join(os.tmpdir(), `vsr-form-2023-${process.pid}.xlsx`);
    await run(process.execPath, [path.resolve('dist/cli.js'), 'form', 'star-rating@1.1.0', '--level', 'town', '--year', '2023', '--out', out]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets[0].actualRowCount).toBe(126);
    const bad = await run(process.execPath, [path.resolve('dist/cli.js'), 'form', 'star-rating@1.1.0', '--year', '23', '--out', out, '--locale', 'en']).catch((e) => e as { code: number; stderr: string });
    expect((bad as { code: number }).code).toBe(2);
    expect((bad as { stderr: string }).stderr).toContain('Invalid --year: 23');
  });
});
