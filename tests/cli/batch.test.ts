import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MINI, PHOTO, ROOT, mini, readNdjson, scratch, vsr, writeLines } from '../batch/helpers.js';

const dir = scratch('cli');
const good = [
  mini('A', 'town', ['浙江省', '嘉兴市', '平湖市', '当湖街道'], { 'm-org-1': true, 'm-org-2': { value: 'good', evidence: PHOTO }, 'm-svc-1': 95, 'm-svc-2': 6, 'm-svc-3': 0 }),
  mini('B', 'village', ['浙江省', '嘉兴市', '桐乡市', '乌镇镇', 'Y村'], { 'm-org-1': false }),
];
const allGood = writeLines(path.join(dir, 'good.ndjson'), good);
const someBad = writeLines(path.join(dir, 'bad.ndjson'), [good[0], '{oops', good[1]]);

describe('vsr batch (command)', () => {
  it('exits 0 when every record is good, prints the counts, and writes an empty error file beside OUT', async () => {
    const out = path.join(dir, 'good.out.ndjson');
    const r = await vsr(['batch', allGood, '--out', out, '--standard', MINI, '--workers', '1', '--locale', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 records: 2 good, 0 bad');
    expect(readNdjson(out).map((e) => e.station.id)).toEqual(['A', 'B']);
    expect(readFileSync(path.join(dir, 'good.out.errors.ndjson'), 'utf8')).toBe('');
  });

  it('exits 1 when some records are bad, still writing all the good ones', async () => {
    const out = path.join(dir, 'bad.out.ndjson');
    const errors = path.join(dir, 'bad.errs');
    const r = await vsr(['batch', someBad, '--out', out, '--errors', errors, '--standard', MINI]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('共 3 条记录：合格 2 条，有误 1 条');
    expect(readNdjson(out).map((e) => e.station.id)).toEqual(['A', 'B']);
    expect(readNdjson(errors)).toMatchObject([{ line: 2, code: 'json-syntax', message: expect.stringContaining('JSON 语法错误') }]);
  });

  it('writes the summary as JSON, CSV or HTML by the extension', async () => {
    for (const ext of ['json', 'csv', 'html']) {
      const summary = path.join(dir, `summary.${ext}`);
      const r = await vsr(['batch', allGood, '--out', path.join(dir, `s-${ext}.ndjson`), '--standard', MINI, '--summary', summary, '--locale', 'en']);
      expect(r.code).toBe(0);
      const text = readFileSync(summary, 'utf8');
      if (ext === 'json') {
        const json = JSON.parse(text);
        expect(json.schema).toBe('vsr/batch-summary@1');
        expect(json.groups[0].total).toMatchObject({ stations: 2, levels: { pass: 1 }, unrated: 1 });
      } else if (ext === 'csv') expect(text.split('\n')[1]).toContain('mini@1.0.0,All,0,2,');
      else expect(text).toMatch(/^<!DOCTYPE html>[\s\S]*<svg [\s\S]*<\/html>\n$/);
    }
  });

  it('compares with targets from a file', async () => {
    const targets = path.join(dir, 'targets.yaml');
    writeFileSync(targets, 'targets:\n  - id: all-met\n    label: { zh-CN: 全部达标, en: All met }\n    level: pass\n    minPercent: 100\n');
    const summary = path.join(dir, 'targets-summary.json');
    const r = await vsr(['batch', allGood, '--out', path.join(dir, 't.ndjson'), '--standard', MINI, '--summary', summary, '--targets', targets]);
    expect(r.code).toBe(0);
    const g = JSON.parse(readFileSync(summary, 'utf8')).groups[0];
    expect(g.targets).toEqual([{ id: 'all-met', level: 'pass', minPercent: 100, label: { 'zh-CN': '全部达标', en: 'All met' } }]);
    expect(g.total.targets).toEqual([{ id: 'all-met', share: 50, minPercent: 100, met: false }]);
  });

  it('reports a bad targets file by file, line and field, without a stack trace', async () => {
    const targets = path.join(dir, 'bad-targets.yaml');
    writeFileSync(targets, 'targets:\n  - id: x\n    level: any\n    minPercent: 160\n');
    const r = await vsr(['batch', allGood, '--out', path.join(dir, 'bt.ndjson'), '--standard', MINI, '--summary', path.join(dir, 'bt.json'), '--targets', targets, '--locale', 'en']);
    expect(r.code).toBe(1);
    const shown = path.relative(ROOT, targets).startsWith('..') ? targets : path.relative(ROOT, targets);
    expect(r.stderr).toContain(`${shown}:4:17 /targets/0/minPercent: A target's minPercent must be a number from 0 to 100`);
    expect(r.stderr).toContain(`${shown}:4:17 /targets/0/minPercent: 目标的 minPercent 应为 0 到 100 之间的数`);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('exits 2 on usage mistakes and 1 on a missing input or an unusable standard', async () => {
    const out = path.join(dir, 'u.ndjson');
    const usage = [
      ['batch', allGood],
      ['batch', allGood, '--out', out, '--workers', '0'],
      ['batch', allGood, '--out', out, '--summary', path.join(dir, 's.txt')],
      ['batch', allGood, '--out', allGood],
      ['batch', allGood, '--out', out, '--scheme', 'star-rating', '--standard', MINI],
      ['batch', allGood, '--out', out, '--targets', 'x.yaml'],
    ];
    for (const args of usage) expect((await vsr(args)).code, args.join(' ')).toBe(2);
    expect(existsSync(out)).toBe(false);
    const missing = await vsr(['batch', path.join(dir, 'nowhere.ndjson'), '--out', out, '--locale', 'en']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('File not found');
    const empty = path.join(dir, 'empty-folder');
    mkdirSync(empty, { recursive: true });
    const none = await vsr(['batch', empty, '--out', out, '--locale', 'en']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('holds no inspections');
    const wrongKind = await vsr(['batch', allGood, '--out', out, '--scheme', MINI, '--locale', 'en']);
    expect(wrongKind.code).toBe(1);
    expect(wrongKind.stderr).toContain('is a standard, but a scheme is needed here');
  });
});
