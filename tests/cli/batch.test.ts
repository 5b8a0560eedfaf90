import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { MINI, PHOTO, ROOT, mini, readNdjson, scratch, vsr, writeLines } from '../batch/helpers.js';

const dir = scratch('cli');
const good = [
  mini('A', 'town', ['浙江省', '示例市', '云溪县', '当湖街道'], { 'm-org-1': true, 'm-org-2': { value: 'good', evidence: PHOTO }, 'm-svc-1': 95, 'm-svc-2': 6, 'm-svc-3': 0 }),
  mini('B', 'village', ['浙江省', '示例市', '云溪县', '乌镇镇', 'Y村'], { 'm-org-1': false }),
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

describe('vsr batch: outputs that must not hurt the input (issue 9)', () => {
  const input = () => {
    const f = writeLines(path.join(dir, `in-${Math.random().toString(36).slice(2)}.ndjson`), good);
    return { file: f, bytes: readFileSync(f) };
  };

  it('issue 9.1: --out (or --errors, --summary) that is a symlink or a hard link to the input is refused; the input is untouched', async () => {
    for (const link of ['symlink', 'hardlink'] as const) {
      for (const option of ['--out', '--errors', '--summary'] as const) {
        const { file, bytes } = input();
        const alias = path.join(dir, `${link}-${option.slice(2)}-${Math.random().toString(36).slice(2)}.json`);
        if (link === 'symlink') symlinkSync(file, alias);
        else linkSync(file, alias);
        const args = option === '--out' ? ['--out', alias] : ['--out', path.join(dir, 'x.ndjson'), option, alias];
        const r = await vsr(['batch', file, ...args, '--standard', MINI, '--workers', '1', '--locale', 'en']);
        expect(r.code, `${link} ${option}`).toBe(2);
        expect(r.stderr).toContain('are the same file (perhaps through a symbolic or hard link)');
        expect(readFileSync(file).equals(bytes), `${link} ${option}`).toBe(true);
      }
    }
  });

  it('issue 9.1: --out that is one of the files of an input folder is refused', async () => {
    const folder = path.join(dir, 'folder-in');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'a.json'), JSON.stringify(good[0]));
    const r = await vsr(['batch', folder, '--out', path.join(folder, 'a.json'), '--standard', MINI, '--workers', '1']);
    expect(r.code).toBe(2);
    expect(JSON.parse(readFileSync(path.join(folder, 'a.json'), 'utf8'))).toEqual(good[0]);
  });

  it('issue 9.3: a missing output folder is made, as for score; --out naming a folder is "cannot write" with exit 1', async () => {
    const out = path.join(dir, 'made', 'deeper', 'o.ndjson');
    const made = await vsr(['batch', allGood, '--out', out, '--standard', MINI, '--workers', '1']);
    expect(made.code).toBe(0);
    expect(readNdjson(out).map((e) => e.station.id)).toEqual(['A', 'B']);
    const folder = path.join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    const r = await vsr(['batch', allGood, '--out', folder, '--standard', MINI, '--workers', '1', '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot write ${folder}: it is a folder (EISDIR)`);
    expect(r.stderr).toContain(`无法写入 ${folder}：这是一个文件夹（EISDIR）`);
    expect(r.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('issue 9.4: a completed run leaves no partial file and no checkpoint beside its outputs', async () => {
    const sub = path.join(dir, 'complete');
    const r = await vsr(['batch', allGood, '--out', path.join(sub, 'o.ndjson'), '--summary', path.join(sub, 's.json'), '--standard', MINI, '--workers', '1']);
    expect(r.code).toBe(0);
    expect(readdirSync(sub).sort()).toEqual(['o.errors.ndjson', 'o.ndjson', 's.json']);
  });

  it('issue 9.13: region names in the summary CSV get the formula guard', async () => {
    const hostile = writeLines(path.join(dir, 'hostile-regions.ndjson'), [
      mini('H1', 'town', ['=HYPERLINK("http://x")', '@SUM(A1)', '+1', '-2'], { 'm-org-1': true }),
    ]);
    const summary = path.join(dir, 'hostile.csv');
    const r = await vsr(['batch', hostile, '--out', path.join(dir, 'hostile.ndjson'), '--standard', MINI, '--summary', summary, '--workers', '1', '--locale', 'en']);
    expect(r.code).toBe(0);
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")",1,`);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")/@SUM(A1)",2,`);
    // no cell of any row starts with a formula character
    for (const line of text.slice(1).trim().split('\n')) for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@\t\r]/);
  });
});

describe('vsr batch: standard input and output, and folders holding other documents (issue 8)', () => {
  const cli = path.join(ROOT, 'dist/cli.js');

  it('issue 8.12: `vsr batch -` reads standard input; `--out -` writes the evaluations to standard output, nothing named "-"', () => {
    const work = path.join(dir, 'stdio');
    mkdirSync(work, { recursive: true });
    const fromStdin = spawnSync(process.execPath, [cli, 'batch', '-', '--out', 'o.ndjson', '--standard', MINI, '--workers', '1', '--locale', 'en'], { cwd: work, input: readFileSync(someBad), encoding: 'utf8' });
    expect(fromStdin.status).toBe(1);
    expect(fromStdin.stdout).toContain('3 records: 2 good, 1 bad');
    expect(readNdjson(path.join(work, 'o.ndjson')).map((e) => e.station.id)).toEqual(['A', 'B']);
    expect(readNdjson(path.join(work, 'o.errors.ndjson'))).toMatchObject([{ line: 2, code: 'json-syntax' }]);

    const toStdout = spawnSync(process.execPath, [cli, 'batch', someBad, '--out', '-', '--standard', MINI, '--workers', '1', '--locale', 'en'], { cwd: work, encoding: 'utf8' });
    expect(toStdout.status).toBe(1);
    // stdout holds only the evaluations; the counts and the error lines go to stderr
    expect(toStdout.stdout).toBe(readFileSync(path.join(work, 'o.ndjson'), 'utf8'));
    expect(toStdout.stderr).toContain('3 records: 2 good, 1 bad');
    expect(toStdout.stderr).toContain('"code":"json-syntax"');
    expect(readdirSync(work).sort()).toEqual(['o.errors.ndjson', 'o.ndjson']);

    const both = spawnSync(process.execPath, [cli, 'batch', '-', '--out', '-', '--errors', 'e.ndjson', '--standard', MINI, '--workers', '1'], { cwd: work, input: readFileSync(allGood), encoding: 'utf8' });
    expect(both.status).toBe(0);
    expect(both.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).station.id)).toEqual(['A', 'B']);
    expect(readFileSync(path.join(work, 'e.ndjson'), 'utf8')).toBe('');
    expect(existsSync(path.join(work, '-'))).toBe(false);
  });

  it('issue 8.19: a standard or scheme file inside an input folder is skipped with a note, not a bad record', async () => {
    const folder = path.join(dir, 'with-standard');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'a.json'), JSON.stringify(good[0]));
    copyFileSync(MINI, path.join(folder, 'mini.yaml'));
    writeFileSync(path.join(folder, 'z.json'), JSON.stringify(good[1]));
    const out = path.join(dir, 'with-standard.ndjson');
    const r = await vsr(['batch', folder, '--out', out, '--standard', MINI, '--workers', '1', '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 records: 2 good, 0 bad (not inspections, skipped: 1)');
    expect(r.stderr).toContain('mini.yaml: not an inspection (schema vsr/standard@1)');
    expect(readNdjson(out).map((e) => e.station.id)).toEqual(['A', 'B']);
    expect(readFileSync(path.join(dir, 'with-standard.errors.ndjson'), 'utf8')).toBe('');
  });
});
