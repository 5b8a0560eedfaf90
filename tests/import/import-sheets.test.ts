import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { parse } from 'yaml';
import type { Item, Standard } from '../../src/types/standard.js';
import { vsr } from '../report/helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'vsr-import-'));
const items = (s: Standard): Item[] => (s.sections ?? []).flatMap((x) => x.items ?? []);

async function importFile(file: string, id: string): Promise<{ std: Standard; stdout: string; stderr: string; code: number }> {
  const out = path.join(dir, `${id}.yaml`);
  const r = await vsr(['import', file, '--id', id, '--version', '1.0.0', '--out', out]);
  return { std: parse(readFileSync(out, 'utf8')) as Standard, stdout: r.stdout, stderr: r.stderr, code: r.code };
}

async function lintClean(id: string): Promise<string> {
  const r = await vsr(['lint', path.join(dir, `${id}.yaml`)]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('issue 11.1: an XLSX score sheet with merged section cells, a 一票否决 block and a 加分项 block', () => {
  async function build(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('填表说明').addRow(['本表由市局下发，请按评分表逐项评分。']); // a cover sheet before the table
    const ws = wb.addWorksheet('评分表');
    ws.addRow(['某市退役军人服务站星级评定评分细则（示例）']);
    ws.mergeCells(1, 1, 1, 7);
    ws.addRow(['序号', '一级指标', '二级指标', '评价内容', '评分标准', '分值', '备注']); // row 2
    ws.addRow([1, '阵地建设（10分）', '五有', '有机构、有编制、有人员、有经费、有保障', '①有机构②有编制③有人员④有经费⑤有保障，每缺一项扣0.5分', 2.5, '']); // 3
    ws.addRow([2, null, '场所面积', '服务站面积达标', '面积达标率达到100%得满分，每低1个百分点扣0.1分', 2, '']); // 4
    ws.addRow([3, null, '制度上墙', '工作制度上墙公开', '有制度上墙得分，无不得分', 0.75, '']); // 5
    ws.addRow([4, null, '服务质量', '群众满意度', '好得3分；较好得2分；差不得分', 3, '']); // 6
    ws.addRow([5, null, '投诉', '有效投诉', '每发现一起有效投诉扣1分，扣完为止', 1.75, '']); // 7
    ws.mergeCells(3, 2, 7, 2); // 一级指标 merged down five rows
    ws.addRow([6, '服务保障（4分）', '走访慰问', '开展走访慰问活动', '每开展一次活动得0.5分，最高2分', 2, '']); // 8
    ws.addRow([7, null, '工作成效', '工作成效明显', '视工作开展情况酌情赋分', 2, '']); // 9
    ws.addRow([8, null, '台账', '台账齐全', '台账齐全得满分', '若干', '']); // 10: points unreadable
    ws.mergeCells(8, 2, 10, 2);
    ws.addRow(['一票否决']); // 11
    ws.mergeCells(11, 1, 11, 7);
    ws.addRow([9, null, null, '发生重大安全责任事故的', null, null, '']); // 12
    ws.addRow([10, null, null, '弄虚作假骗取荣誉的', null, null, '']); // 13
    ws.addRow(['加分项（最高加3分）']); // 14
    ws.mergeCells(14, 1, 14, 7);
    ws.addRow([11, null, '创新做法', '工作经验被省级以上推广', '被推广一次得1分，最高2分', 2, '']); // 15
    ws.addRow([12, null, '荣誉', '获得市级以上表彰', '有表彰得分，无不得分', 1.5, '']); // 16
    ws.addRow(['合计', null, null, null, null, 16, '']); // 17
    const file = path.join(dir, '评分细则.xlsx');
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('issue 11.1: sections, items, points, checks, vetoes and bonus items read row by row', async () => {
    const { std, stdout, stderr, code } = await importFile(await build(), 'xlsx-sheet');
    expect(code, stderr).toBe(0);
    expect(std.title['zh-CN']).toBe('某市退役军人服务站星级评定评分细则（示例）');
    expect(std.status).toBe('draft');
    expect(std.provenance).toMatchObject({ kind: 'official', source: '评分细则.xlsx' });
    expect(std.provenance?.imported).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(std.sections!.map((s) => [s.title['zh-CN'], s.points ?? null])).toEqual([
      ['阵地建设', 10], ['服务保障', 4], ['一票否决', null], ['加分项', null],
    ]);
    const got = items(std);
    expect(got.map((i) => [i.title['zh-CN'], i.points])).toEqual([
      ['五有', 2.5], ['场所面积', 2], ['制度上墙', 0.75], ['服务质量', 3], ['投诉', 1.75],
      ['走访慰问', 2], ['工作成效', 2],
      ['发生重大安全责任事故的', 0], ['弄虚作假骗取荣誉的', 0],
      ['创新做法', 2], ['荣誉', 1.5],
    ]);
    const [fiveHaves, area, rules, quality, complaints, visits, results, veto1, veto2, promoted, honours] = got;
    expect(fiveHaves.check).toMatchObject({ type: 'checklist', requirements: [{ id: 'r1', label: { 'zh-CN': '有机构' } }, {}, {}, {}, { id: 'r5', label: { 'zh-CN': '有保障' } }] });
    expect((fiveHaves.check as { mode?: string }).mode).toBeUndefined(); // 0.5 × 5 = 2.5: proportional
    expect(fiveHaves.scoring).toEqual({ 'zh-CN': '①有机构②有编制③有人员④有经费⑤有保障，每缺一项扣0.5分' });
    expect(area.check).toEqual({ type: 'threshold', target: 100, unit: 'percent', partialFrom: 80 });
    expect(rules.check).toEqual({ type: 'boolean' });
    expect(quality.check).toMatchObject({ type: 'grade', grades: [{ label: { 'zh-CN': '好' }, fraction: 1 }, { label: { 'zh-CN': '较好' }, fraction: 0.6667 }, { label: { 'zh-CN': '差' }, fraction: 0 }] });
    expect(complaints.check).toEqual({ type: 'deduction', per: 1, unit: { 'zh-CN': '起', en: '起' } });
    expect(visits.check).toEqual({ type: 'count', per: 0.5, unit: { 'zh-CN': '次', en: '次' } });
    expect(results.check).toEqual({ type: 'boolean' });
    expect(results.todo).toEqual(['check', 'translate']);
    for (const i of [fiveHaves, area, rules, quality, complaints, visits, promoted, honours]) expect(i.todo).toEqual(['translate']);
    expect(veto1.veto?.message['zh-CN']).toContain('发生重大安全责任事故的');
    expect(veto2.veto?.message['zh-CN']).toContain('弄虚作假骗取荣誉的');
    expect([promoted.bonus, honours.bonus]).toEqual([true, true]);
    expect(promoted.check).toEqual({ type: 'count', per: 1, unit: { 'zh-CN': '次', en: '次' } });
    expect(std.bonusCap).toBe(3);
    expect(std.totalPoints).toBe(14);
    // the unreadable row is named with its row number, and the sheet's 合计 (16) disagrees with what was read (14)
    expect(stderr).toMatch(/评分细则\.xlsx:10:6.*若干/);
    expect(stderr).toContain('16');
    expect(stdout).toContain('已导入 11 条，合计 14 分；一票否决 2 条；加分项 2 条（上限 3 分）；检查方式自动识别 10 条，需人工确认 1 条');
    expect(stdout).toContain('1 行未能导入');
    const lint = await lintClean('xlsx-sheet');
    expect(lint).toContain('11 条');
    expect(lint).toContain('14 分');
    expect(lint).toContain('xlsx-sheet-s02-02');
  });
});

describe('issue 11.1: a flat CSV score sheet in GB18030 with English headings in another order', () => {
  it('issue 11.1: reads each item, points with two decimals, sections from a repeated column', async () => {
    const lines = [
      'Points,Item,Scoring rule,Section,Requirement,ID',
      '4,组织领导,"好得4分；一般得2分；差不得分",组织建设,党组织定期研究,org-01',
      '3.25,人员配备,配备专职人员不少于2人得满分,组织建设,专职人员,org-02',
      '2.75,办结时限,诉求办结不超过3个工作日得满分,服务质量,办结时限,svc-01',
      '5,服务满意度,满意率达到90%及以上得满分；60%至90%之间按比例得分；低于60%不得分,服务质量,满意率,svc-02',
      '1.5,一人一档,"（1）建立档案；（2）及时更新；（3）安全保管。全部达到得满分，缺一项不得分",服务质量,档案管理,svc-03',
    ];
    const file = path.join(dir, 'flat-gb18030.csv');
    writeFileSync(file, iconv.encode(lines.join('\r\n'), 'gb18030'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file))).toThrow(); // really not UTF-8
    const { std, code } = await importFile(file, 'csv-sheet');
    expect(code).toBe(0);
    expect(std.sections!.map((s) => [s.id, s.title['zh-CN'], s.items!.map((i) => i.id)])).toEqual([
      ['csv-sheet-s01', '组织建设', ['org-01', 'org-02']],
      ['csv-sheet-s02', '服务质量', ['svc-01', 'svc-02', 'svc-03']],
    ]);
    const [org1, org2, svc1, svc2, svc3] = items(std);
    expect(org1).toMatchObject({ title: { 'zh-CN': '组织领导' }, text: { 'zh-CN': '党组织定期研究' }, points: 4 });
    expect(org1.check).toMatchObject({ type: 'grade', grades: [{ id: 'g1', fraction: 1 }, { id: 'g2', fraction: 0.5 }, { id: 'g3', fraction: 0 }] });
    expect(org2).toMatchObject({ points: 3.25, check: { type: 'threshold', target: 2, unit: 'number' } });
    expect(svc1).toMatchObject({ points: 2.75, check: { type: 'threshold', target: 3, direction: 'atMost', unit: 'days' } });
    expect(svc2.check).toEqual({ type: 'threshold', target: 90, unit: 'percent', partialFrom: 60 });
    expect(svc3.check).toMatchObject({ type: 'checklist', mode: 'all', requirements: [{ label: { 'zh-CN': '建立档案' } }, { label: { 'zh-CN': '及时更新' } }, { label: { 'zh-CN': '安全保管' } }] });
    expect(std.totalPoints).toBe(16.5);
    const lint = await lintClean('csv-sheet');
    expect(lint).toContain('5 条');
    expect(lint).toContain('16.5 分');
  });

  it('issue 11.1: a sheet with no recognisable header is a clear error naming what was looked for', async () => {
    const file = path.join(dir, 'no-header.csv');
    writeFileSync(file, '名称,数量\n桌子,3\n');
    const r = await vsr(['import', file, '--id', 'x', '--version', '1.0.0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no-header.csv');
    expect(r.stderr).toContain('找不到评分表的表头行');
    expect(r.stderr).toContain('分值 / Points');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});

describe('issue 11.1: a table in a Word document', () => {
  it('issue 11.1: reads a .docx table with a section column merged down and a 一票否决 block', async () => {
    const c = (t: string, rowSpan?: number, columnSpan?: number) => new TableCell({ children: [new Paragraph(t)], ...(rowSpan ? { rowSpan } : {}), ...(columnSpan ? { columnSpan } : {}) });
    const table = new Table({
      rows: [
        new TableRow({ children: ['一级指标', '二级指标', '评分标准', '分值'].map((h) => c(h)) }),
        new TableRow({ children: [c('基础建设', 2), c('标识标牌'), c('按规定悬挂标识得满分，否则不得分'), c('1.5')] }),
        new TableRow({ children: [c('服务阵地'), c('以下3项：（1）服务窗口；（2）活动室；（3）荣誉墙。按达到项数比例得分'), c('3')] }),
        new TableRow({ children: [c('一票否决项', undefined, 4)] }),
        new TableRow({ children: [c(''), c('发生群体性事件'), c('发生群体性事件的，实行一票否决'), c('')] }),
      ],
    });
    const doc = new Document({ sections: [{ children: [new Paragraph('服务站评分表'), table] }] });
    const file = path.join(dir, '评分表.docx');
    writeFileSync(file, await Packer.toBuffer(doc));
    const { std, code, stdout } = await importFile(file, 'docx-sheet');
    expect(code).toBe(0);
    expect(std.sections!.map((s) => s.title['zh-CN'])).toEqual(['基础建设', '一票否决项']);
    const [sign, rooms, veto] = items(std);
    expect(sign).toMatchObject({ title: { 'zh-CN': '标识标牌' }, points: 1.5, check: { type: 'boolean' } });
    expect(rooms).toMatchObject({ title: { 'zh-CN': '服务阵地' }, points: 3, check: { type: 'checklist', requirements: [{ label: { 'zh-CN': '服务窗口' } }, { label: { 'zh-CN': '活动室' } }, { label: { 'zh-CN': '荣誉墙' } }] } });
    expect(veto).toMatchObject({ title: { 'zh-CN': '发生群体性事件' }, points: 0, check: { type: 'boolean' } });
    expect(veto.veto?.message['zh-CN']).toContain('发生群体性事件');
    expect(std.title['zh-CN']).toBe('服务站评分表'); // the paragraph above the table
    expect(stdout).toContain('已导入 3 条，合计 4.5 分；一票否决 1 条');
    const lint = await lintClean('docx-sheet');
    expect(lint).toContain('3 条');
    expect(lint).toContain('4.5 分');
  });
});

describe('issue 11.1: files that are not score sheets', () => {
  it('issue 11.1: an unknown format, a missing file and a broken .docx or .xlsx are clear errors, no stack trace', async () => {
    const pdf = path.join(dir, '评分表.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const broken = path.join(dir, 'broken.docx');
    writeFileSync(broken, 'not a zip');
    const brokenX = path.join(dir, 'broken.xlsx');
    writeFileSync(brokenX, 'not a zip');
    const cases: [string, string][] = [
      [pdf, '不支持的评分表格式'],
      [path.join(dir, 'missing.xlsx'), '找不到文件'],
      [broken, '无法读取文件'],
      [brokenX, '无法读取 Excel 文件'],
    ];
    for (const [file, message] of cases) {
      const r = await vsr(['import', file, '--id', 'x', '--version', '1.0.0']);
      expect(r.code, file).toBe(1);
      expect(r.stderr, file).toContain(path.basename(file));
      expect(r.stderr, file).toContain(message);
      expect(r.stderr, file).not.toMatch(/\n\s+at /);
    }
  });

  it('issue 11.1: --id and --version are checked before anything is read', async () => {
    expect((await vsr(['import', 'x.xlsx', '--version', '1.0.0'])).code).toBe(2);
    expect((await vsr(['import', 'x.xlsx', '--id', 'Bad Id', '--version', '1.0.0'])).code).toBe(2);
    expect((await vsr(['import', 'x.xlsx', '--id', 'x', '--version', 'v1'])).code).toBe(2);
  });
});

describe('issue 11.1: a two-row header under merged headings', () => {
  it('issue 11.1: reads 一级指标 / 二级指标 from the second header row, grades that add points, and reports a repeated id', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['编号', '评价指标', null, '评分标准', '分值']); // 1
    ws.addRow([null, '一级指标', '二级指标', null, null]); // 2
    ws.mergeCells(1, 2, 1, 3);
    ws.mergeCells(1, 1, 2, 1);
    ws.mergeCells(1, 4, 2, 4);
    ws.mergeCells(1, 5, 2, 5);
    ws.addRow(['a-1', '组织建设', '机构设置', '有机构得分，无不得分', 2]); // 3
    ws.addRow(['a-1', null, '人员配备', '配备专职人员不少于2人得满分', 3]); // 4: the id repeats
    ws.addRow(['加分项（最高加2分）']); // 5
    ws.mergeCells(5, 1, 5, 5);
    ws.addRow(['b-1', null, '表彰', '获得省级表彰加2分；市级表彰加1分；无表彰不加分', 2]); // 6
    const file = path.join(dir, 'two-row-header.xlsx');
    await wb.xlsx.writeFile(file);
    const { std, code, stderr } = await importFile(file, 'two-row');
    expect(code, stderr).toBe(0);
    expect(std.sections!.map((s) => s.title['zh-CN'])).toEqual(['组织建设', '加分项']);
    const [org, staff, honours] = items(std);
    expect([org.id, org.title['zh-CN'], org.points, org.check.type]).toEqual(['a-1', '机构设置', 2, 'boolean']);
    expect([staff.id, staff.title['zh-CN'], staff.points]).toEqual(['two-row-s01-02', '人员配备', 3]);
    expect(stderr).toMatch(/two-row-header\.xlsx:4:1.*a-1/);
    expect(honours).toMatchObject({ id: 'b-1', bonus: true, check: { type: 'grade', grades: [{ fraction: 1 }, { fraction: 0.5 }, { fraction: 0 }] } });
    expect(std.bonusCap).toBe(2);
    await lintClean('two-row');
  });
});
