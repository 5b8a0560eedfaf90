import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/standard/load.js';
import { compile } from '../../src/standard/compile.js';
import { listShipped } from '../../src/standard/refs.js';
import { sheetTable } from '../../src/sheet/export-sheet.js';
import { sheetDocx, sheetMarkdown, sheetXlsx } from '../../src/sheet/write-sheet.js';
import { readSheetRows } from '../../src/sheet/read-sheet.js';
import { importSheet } from '../../src/sheet/import-sheet.js';
import { checkKey } from '../../src/sheet/scoring-text.js';
import { validateAgainstSchema } from '../../src/standard/schema-validate.js';
import { checkStandard } from '../../src/standard/semantic.js';
import type { Item, Standard } from '../../src/types/standard.js';
import { vsr } from '../report/helpers.js';

const items = (s: Standard): Item[] => (s.sections ?? []).flatMap((x) => x.items ?? []);

/** What a score sheet carries of an item: id, title, points, check, veto, bonus, levels. */
function carried(i: Item) {
  return {
    id: i.id,
    title: i.title['zh-CN'],
    points: i.points,
    check: checkKey(i.check),
    veto: i.veto?.message['zh-CN'] ?? null,
    bonus: i.bonus ?? false,
    appliesTo: i.appliesTo ?? null,
  };
}

// every shipped standard (rating schemes combine standards and have no sheet of their own)
const shippedStandards = listShipped().filter((s) => !/^schema:\s*vsr\/rating-scheme@1/m.test(readFileSync(s.file, 'utf8'))).map((s) => `${s.id}@${s.version}`);

describe('issue 11.2: export then import gives back the same standard', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vsr-roundtrip-'));
  for (const ref of shippedStandards) {
    for (const format of ['xlsx', 'docx'] as const) {
      it(`issue 11.2: ${ref} round-trips through ${format}`, async () => {
        const loaded = await loadDocument(ref);
        expect(loaded.kind).toBe('standard');
        const std = compile(loaded.doc).source as Standard;
        const table = sheetTable(std);
        const file = path.join(dir, `${std.id}.${format}`);
        writeFileSync(file, format === 'xlsx' ? await sheetXlsx(table) : await sheetDocx(table));
        const read = await readSheetRows(file);
        expect(read.problems).toEqual([]);
        const result = importSheet(read.rows!, { source: path.basename(file), id: std.id, version: std.version, imported: '2026-11-30' });
        expect(result.problems).toEqual([]);
        const back = result.standard!;
        expect(validateAgainstSchema('standard', back)).toEqual([]);
        expect(checkStandard(back)).toEqual([]);
        expect(items(back).map(carried)).toEqual(items(std).map(carried));
        expect(back.totalPoints).toBe(std.totalPoints);
        expect(back.bonusCap ?? 0).toBe(std.bonusCap ?? 0);
        expect(result.summary!.needPerson).toBe(0);
      });
    }
  }

  it('issue 11.2: every shipped standard was round-tripped (schemes refused)', async () => {
    expect(shippedStandards.length).toBeGreaterThanOrEqual(4);
    expect(listShipped().length - shippedStandards.length).toBeGreaterThanOrEqual(1); // the rating schemes
    const r = await vsr(['export', 'star-rating', '--format', 'md']);
    expect(r.code).toBe(2);
  });

  it('issue 11.2: the markdown sheet lists every item with its scoring rule', async () => {
    const loaded = await loadDocument('construction');
    const std = compile(loaded.doc).source as Standard;
    const md = sheetMarkdown(sheetTable(std));
    for (const i of items(std)) expect(md).toContain(`| ${i.id} |`);
    expect(md).toContain('一、基本要求（20分）');
    expect(md).toContain('一票否决：');
  });

  it('issue 11.2: vsr export writes an A4 landscape workbook fitted to the page width with merged section rows', async () => {
    const out = path.join(dir, 'construction-cli.xlsx');
    const r = await vsr(['export', 'construction', '--format', 'xlsx', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.worksheets[0];
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.fitToWidth).toBe(1);
    const banner = sheet.getRow(4);
    expect(String(banner.getCell(1).value)).toBe('一、基本要求（20分）');
    expect(banner.getCell(9).isMerged).toBe(true);
  });

  it('issue 11.2: an imported official sheet exports with its verbatim 评分标准 and imports back the same, todo items included', async () => {
    const rows = [
      ['序号', '一级指标', '二级指标', '评分标准', '分值'],
      ['1', '阵地建设', '五有', '①有机构②有编制③有人员④有经费⑤有保障，每缺一项扣0.5分', '2.5'],
      ['2', '', '工作成效', '视工作开展情况酌情赋分', '2'],
      ['3', '', '满意度', '好得3分；较好得2分；差不得分', '3'],
    ].map((cells, i) => ({ row: i + 1, cells }));
    const first = importSheet(rows, { source: 'official.csv', id: 'official', version: '1.0.0', imported: '2026-11-30' }).standard!;
    expect(items(first)[1].todo).toEqual(['check', 'translate']);
    const table = sheetTable(first);
    const scoring = table.lines.filter((l) => l.kind === 'item').map((l) => (l as { cells: string[] }).cells[4]);
    expect(scoring).toEqual(['①有机构②有编制③有人员④有经费⑤有保障，每缺一项扣0.5分', '视工作开展情况酌情赋分', '好得3分；较好得2分；差不得分']);
    const file = path.join(dir, 'official.xlsx');
    writeFileSync(file, await sheetXlsx(table));
    const again = importSheet((await readSheetRows(file)).rows!, { source: 'official.xlsx', id: 'official', version: '1.0.0', imported: '2026-11-30' }).standard!;
    expect(items(again).map(carried)).toEqual(items(first).map(carried));
    expect(items(again).map((i) => [i.scoring, i.todo])).toEqual(items(first).map((i) => [i.scoring, i.todo]));
  });

  it('issue 11.5: checks that differ by station level survive export and import', async () => {
    const check = {
      type: 'threshold', unit: 'number', target: 300, partialFrom: 150,
      levels: { town: { target: 150, partialFrom: 75 }, village: { target: 50 } },
    } as const;
    const rooms = {
      type: 'checklist',
      requirements: [
        { id: 'hall', label: { 'zh-CN': '服务大厅', en: 'Service hall' } },
        { id: 'archive', label: { 'zh-CN': '档案室', en: 'Archive room' }, appliesTo: ['county', 'town'] },
      ],
    } as const;
    const std = {
      schema: 'vsr/standard@1', id: 'level-demo', version: '1.0.0', title: { 'zh-CN': '按层级设定目标（示例）', en: 'Targets by level (example)' },
      sections: [{ id: 'ld', title: { 'zh-CN': '阵地', en: 'Venue' }, items: [
        { id: 'ld-area', title: { 'zh-CN': '使用面积', en: 'Floor area' }, points: 6, check },
        { id: 'ld-rooms', title: { 'zh-CN': '功能室', en: 'Rooms' }, points: 4, check: rooms },
      ] }],
    } as unknown as Standard;
    const file = path.join(dir, 'level-demo.xlsx');
    writeFileSync(file, await sheetXlsx(sheetTable(std)));
    const back = importSheet((await readSheetRows(file)).rows!, { source: 'level-demo.xlsx', id: 'level-demo', version: '1.0.0', imported: '2026-11-30' }).standard!;
    expect(items(back).map(carried)).toEqual(items(std).map(carried));
    expect(items(back)[0].check).toMatchObject({ levels: { town: { target: 150, partialFrom: 75 }, village: { target: 50 } } });
  });
});
