import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { writeInspectionForm } from '../../src/io/form.js';
import { readInspection } from '../../src/io/read.js';
import { formatProblem } from '../../src/i18n/problem.js';
import { evaluate } from '../../src/index.js';
import { ALL_TYPES, compiledOf } from '../report/helpers.js';

async function blankForm(options = {}): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeInspectionForm(await compiledOf(ALL_TYPES), options)) as never);
  return wb;
}

/** The row of each item id, and the columns by their English heading. */
function layout(sheet: ExcelJS.Worksheet) {
  const rows = new Map<string, number>();
  const meta = new Map<string, number>();
  let header = 0;
  const cols = new Map<string, number>();
  sheet.eachRow((row, n) => {
    const a = String(row.getCell(1).value ?? '');
    if (a.startsWith('章节 / Section')) {
      header = n;
      row.eachCell((c, k) => cols.set(String(c.value).split(' / ')[1], k));
    } else if (!header && a.includes(' / ')) meta.set(a.split(' / ')[1].replace(' *', ''), n);
    else if (header && row.getCell(2).value && !row.getCell(2).isMerged) rows.set(String(row.getCell(2).value), n); // section rows are merged
  });
  return { rows, meta, header, cols };
}

describe('blank inspection form', () => {
  it('has the station details block, one row per item with its section, text, method, evidence, points and hint', async () => {
    const wb = await blankForm();
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['检查表', 'visible'], ['lists', 'veryHidden'], ['填写说明', 'visible']]);
    const sheet = wb.worksheets[0];
    const { rows, meta, cols } = layout(sheet);
    expect([...meta.keys()]).toEqual(['Station ID', 'Station name', 'Station level', 'Region', 'Inspection date', 'Inspector', 'Standard']);
    expect(sheet.getRow(meta.get('Standard')!).getCell(3).value).toBe('all-types@1.0.0');
    expect([...cols.keys()]).toEqual(['Section', 'ID', 'Title', 'Text', 'Method', 'Evidence to collect', 'Points', 'How to answer', 'Answer', 'Evidence provided', 'Note']);
    expect([...rows.keys()]).toEqual(['t-bool', 't-grade', 't-list', 't-threshold', 't-count', 't-deduction', 't-bonus']);
    const row = (id: string) => sheet.getRow(rows.get(id)!);
    const cell = (id: string, col: string) => row(id).getCell(cols.get(col)!).value;
    expect(cell('t-bool', 'Title')).toBe('有机构 [否决项]');
    expect(cell('t-bool', 'Text')).toBe('设立服务站并有正式文件。');
    expect(cell('t-bool', 'Method')).toBe('查阅资料');
    expect(cell('t-grade', 'Evidence to collect')).toBe('照片 1 份（365 天内）');
    expect(cell('t-list', 'Points')).toBe(6);
    expect(cell('t-list', 'Section')).toBe('阵地建设');
    expect(cell('t-deduction', 'How to answer')).toBe('填发生次数（不小于 0 的整数），每次扣 2 分\n仅适用于：镇（街道）');
    expect(cell('t-bonus', 'Title')).toBe('示范站 [加分项]');
  });

  it('validates every answer cell: 是/否, the grades as a list, numbers within range, requirement ids with a prompt', async () => {
    const wb = await blankForm();
    const sheet = wb.worksheets[0];
    const { rows, cols } = layout(sheet);
    const v = (id: string) => sheet.getRow(rows.get(id)!).getCell(cols.get('Answer')!).dataValidation;
    expect(v('t-bool')).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(v('t-grade')).toMatchObject({ type: 'list', formulae: ['lists!$A$1:$A$3'] });
    expect(['A1', 'A2', 'A3'].map((a) => wb.getWorksheet('lists')!.getCell(a).value)).toEqual(['good 好', 'fair 一般', 'poor 差']);
    expect(v('t-threshold')).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
    expect(v('t-count')).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(v('t-deduction')).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(v('t-list')).toMatchObject({ showInputMessage: true });
    expect(v('t-list').prompt).toContain('hall 办事服务区、talk 谈心接待区、honour 荣誉展示区、archive 资料档案室');
    for (const id of rows.keys()) expect(v(id).prompt!.length).toBeLessThanOrEqual(255);
  });

  it('has instructions in Chinese and English', async () => {
    const wb = await blankForm();
    const text = wb.getWorksheet('填写说明')!.getColumn(1).values.join('\n');
    expect(text).toContain('先填写表头的站点信息');
    expect(text).toContain('First fill in the station details at the top');
    expect(text).toContain('照片:2024-03-01');
  });

  it('heads in English first, and leaves out items for other levels, on request', async () => {
    const wb = await blankForm({ locale: 'en', level: 'village' });
    const sheet = wb.worksheets[0];
    expect(sheet.name).toBe('Form');
    const header = sheet.getRows(1, 20)!.find((r) => String(r.getCell(1).value).startsWith('Section / 章节'))!;
    expect(header).toBeDefined();
    const ids: string[] = [];
    sheet.eachRow((r, n) => n > header.number && r.getCell(2).value && !r.getCell(2).isMerged && ids.push(String(r.getCell(2).value)));
    expect(ids).not.toContain('t-deduction');
    expect(ids).toHaveLength(6);
  });

  it('filled in with exceljs, scores to the hand-computed result', async () => {
    const wb = await blankForm();
    const sheet = wb.worksheets[0];
    const { rows, meta, cols } = layout(sheet);
    const set = (label: string, value: ExcelJS.CellValue) => (sheet.getRow(meta.get(label)!).getCell(3).value = value);
    set('Station ID', 1001); // Excel turns a typed id into a number
    set('Station name', '示例镇退役军人服务站');
    set('Station level', '镇（街道）');
    set('Region', '浙江省 / 示例市 / 云溪县');
    set('Inspection date', new Date(Date.UTC(2024, 4, 1)));
    set('Inspector', '李四');
    const answer = (id: string, value: ExcelJS.CellValue, evidence?: string) => {
      const row = sheet.getRow(rows.get(id)!);
      row.getCell(cols.get('Answer')!).value = value;
      if (evidence) row.getCell(cols.get('Evidence provided')!).value = evidence;
    };
    answer('t-bool', '是'); // 5
    answer('t-grade', 'fair 一般', '照片:2024-03-01'); // 0.6 × 5 = 3, photo within 365 days
    answer('t-list', 'hall, talk, archive'); // 3 of 4 × 6 = 4.5
    answer('t-threshold', 80); // (80 − 70) / (90 − 70) × 4 = 2
    answer('t-count', 3); // 3 × 1 = 3
    answer('t-deduction', 1); // 5 − 2 = 3
    answer('t-bonus', '否'); // bonus 0
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'vsr-form-')), 'filled.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));

    const read = await readInspection(file, { standard: ALL_TYPES });
    if (!read.ok) throw new Error(read.problems.map((p) => formatProblem(p)).join('\n'));
    expect(read.inspection.station).toEqual({ id: '1001', name: '示例镇退役军人服务站', level: 'town', region: ['浙江省', '示例市', '云溪县'] });
    const evaluation = evaluate(read.compiled, read.inspection);
    expect(evaluation.score).toEqual({ points: 20.5, max: 30, percent: 68.33, bonus: 0, deductions: 2 });
    expect(evaluation.items.map((i) => [i.id, i.state, i.points])).toEqual([
      ['t-bool', 'pass', 5], ['t-grade', 'partial', 3], ['t-list', 'partial', 4.5], ['t-threshold', 'partial', 2],
      ['t-count', 'partial', 3], ['t-deduction', 'partial', 3], ['t-bonus', 'fail', 0],
    ]);
    expect(evaluation.rating.level).toBe('pass');
  });

  it('filled in wrongly, names the row and column of the answer cell', async () => {
    const wb = await blankForm();
    const sheet = wb.worksheets[0];
    const { rows, meta, cols } = layout(sheet);
    for (const [label, value] of [['Station ID', 'T-1'], ['Station name', '站'], ['Station level', '村'], ['Inspection date', '2024-05-01']]) sheet.getRow(meta.get(label)!).getCell(3).value = value;
    sheet.getRow(rows.get('t-grade')!).getCell(cols.get('Answer')!).value = '很好';
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'vsr-form-')), 'wrong.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const read = await readInspection(file, { standard: ALL_TYPES });
    if (read.ok) throw new Error('expected a problem');
    expect(read.problems).toMatchObject([{ code: 'answer-grade', pointer: '/answers/t-grade', line: rows.get('t-grade'), column: cols.get('Answer'), file }]);
    expect(formatProblem(read.problems[0], 'en')).toContain('Expected one of the grades: good, fair, poor');
  });
});
