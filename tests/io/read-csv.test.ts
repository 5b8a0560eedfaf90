import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInspection } from '../../src/io/read.js';
import { decodeText } from '../../src/safe-text.js';
import { formatProblem } from '../../src/i18n/problem.js';
import { evaluate } from '../../src/index.js';
import { ALL_TYPES } from '../report/helpers.js';
import { encodeGb18030 } from '../inspection/gb18030.js';

// The same inspection as the filled-form test: hand-computed 20.5 / 30 = 68.33 % (see form.test.ts).
const CSV = [
  '站点编号 / Station ID,T-100',
  '站点名称 / Station name,示例村退役军人服务站',
  '站点层级 / Station level,镇（街道）',
  '所属地区,浙江省/示例市/云溪县',
  '检查日期,2024/5/1',
  '检查人,李四',
  '标准,all-types@1.0.0',
  '',
  '编号 / ID,答案 / Answer,已提供的佐证 / Evidence provided,备注 / Note',
  't-bool,是,,',
  't-grade,fair 一般,照片:2024-03-01:IMG_7.jpg,大厅较小',
  't-list,"hall, 谈心接待区、archive",,',
  't-threshold,80%,,',
  't-count,3,,',
  't-deduction,1,,',
  't-bonus,否,,',
].join('\r\n');

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'vsr-csv-')), name);
  writeFileSync(file, bytes);
  return file;
}

async function scored(file: string) {
  const read = await readInspection(file, { standard: ALL_TYPES });
  if (!read.ok) throw new Error(read.problems.map((p) => formatProblem(p)).join('\n'));
  return { read, evaluation: evaluate(read.compiled, read.inspection) };
}

describe('CSV inspections', () => {
  it('decode UTF-8 with or without a byte-order mark, and GB18030', () => {
    const text = '站点编号,T-1';
    const decodeCsv = (b: Uint8Array) => (decodeText(b) as { text: string }).text;
    expect(decodeCsv(new TextEncoder().encode(text))).toBe(text);
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
    expect(decodeCsv(encodeGb18030(text))).toBe(text);
  });

  it('read the station, answers in words (是, grade labels, requirement labels, 80%), evidence and notes', async () => {
    const { read, evaluation } = await scored(write('town.csv', CSV));
    expect(read.inspection).toEqual({
      station: { id: 'T-100', name: '示例村退役军人服务站', level: 'town', region: ['浙江省', '示例市', '云溪县'] },
      standard: 'all-types@1.0.0',
      inspectedAt: '2024-05-01',
      inspector: '李四',
      answers: {
        't-bool': true,
        't-grade': { value: 'fair', evidence: [{ kind: 'photo', date: '2024-03-01', ref: 'IMG_7.jpg' }], note: '大厅较小' },
        't-list': ['hall', 'talk', 'archive'],
        't-threshold': 80,
        't-count': 3,
        't-deduction': 1,
        't-bonus': false,
      },
    });
    expect(evaluation.score).toEqual({ points: 20.5, max: 30, percent: 68.33, bonus: 0, deductions: 2 });
  });

  it('score the same from UTF-8 with a BOM, GB18030 (Chinese Excel) and semicolon-separated files', async () => {
    const expected = (await scored(write('a.csv', CSV))).evaluation;
    for (const [name, bytes] of [
      ['bom.csv', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV)])],
      ['gbk.csv', encodeGb18030(CSV)],
      ['semicolon.csv', CSV.replace(/,/g, ';').replace('"hall; 谈心接待区、archive"', '"hall, 谈心接待区、archive"')],
    ] as const) {
      expect((await scored(write(name, bytes))).evaluation, name).toEqual(expected);
    }
  });

  it('name the file, row and column of a wrong answer, in both languages', async () => {
    const file = write('bad.csv', CSV.replace('t-bool,是', 't-bool,也许').replace('t-count,3', 't-count,2.5'));
    const read = await readInspection(file, { standard: ALL_TYPES });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => [p.line, p.column, p.pointer, p.code])).toEqual([
      [10, 2, '/answers/t-bool', 'answer-boolean'],
      [14, 2, '/answers/t-count', 'answer-whole'],
    ]);
    expect(formatProblem(read.problems[0], 'zh-CN')).toBe(`${file}:10:2 /answers/t-bool: 应填“是/否”（true/false）`);
    expect(formatProblem(read.problems[0], 'en')).toBe(`${file}:10:2 /answers/t-bool: Expected yes/no (true/false)`);
  });

  it('report unreadable evidence and unknown items where they are', async () => {
    const file = write('bad.csv', CSV.replace('照片:2024-03-01:IMG_7.jpg', '快递:2024-03-01').replace('t-bonus,否', 't-nope,否'));
    const read = await readInspection(file, { standard: ALL_TYPES });
    if (read.ok) throw new Error('expected problems');
    expect(read.problems.map((p) => `${p.line}:${p.column} ${p.pointer} ${p.code}`)).toEqual([
      '11:3 /answers/t-grade/evidence table-evidence',
      '16:2 /answers/t-nope inspection-unknown-item',
    ]);
    expect(formatProblem(read.problems[0], 'en')).toContain('Evidence "快递:2024-03-01" should be "kind:date"');
  });

  it('report a missing station detail', async () => {
    const read = await readInspection(write('bad.csv', CSV.replace('站点名称 / Station name,示例村退役军人服务站\r\n', '')), { standard: ALL_TYPES });
    if (read.ok) throw new Error('expected problems');
    expect(read.problems).toMatchObject([{ code: 'schema-required', pointer: '/station', params: { property: 'name' }, line: 1 }]);
  });

  it('need a header row with an ID and an Answer column', async () => {
    const read = await readInspection(write('none.csv', 'a,b\n1,2\n'), { standard: ALL_TYPES });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0].code).toBe('table-no-header');
  });

  it('use the standard the file names when no flag is given', async () => {
    const read = await readInspection(write('x.csv', CSV));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatchObject({ code: 'unknown-ref', pointer: '/standard', line: 7, column: 2 });
  });
});
