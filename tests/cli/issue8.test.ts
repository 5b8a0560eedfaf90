// Regression tests for issue 8 (command line and reports): each test fails on the main of 2026-11-30.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli, pickLocale } from '../../src/cli/main.js';
import { formatMessage } from '../../src/i18n/messages.js';
import { MINI, MINI_SCHEME, ROOT, TOWN, TOWN_STARS, vsr } from '../report/helpers.js';
import { mini, writeLines } from '../batch/helpers.js';

const run = promisify(execFile);
const CLI = path.join(ROOT, 'dist/cli.js');

/** Runs `vsr` in-process with `input` on standard input. */
async function vsrStdin(args: string[], input: string | Buffer): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => ({ write: (s: string | Uint8Array) => (add(typeof s === 'string' ? s : Buffer.from(s).toString()), true), isTTY: false }) as unknown as NodeJS.WritableStream;
  const code = await runCli(args, { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), stdin: Readable.from([Buffer.from(input)]), cwd: ROOT });
  return { code, stdout, stderr };
}

/**
 * The size the 11 pt text of a sheet prints at on A4 landscape at fit-to-width: Excel's scale is the
 * printable width over the columns' width (a column of w characters is about 7w + 5 pixels at 96 dpi).
 */
function printedPoints(sheet: import('exceljs').Worksheet): number {
  const margins = sheet.pageSetup.margins ?? { left: 0.7, right: 0.7 };
  const columns = sheet.columns.map((c) => (c.width ?? 9) * 7 + 5).reduce((a, b) => a + b, 0);
  const printable = (297 / 25.4 - (margins.left + margins.right)) * 96;
  return 11 * Math.min(1, printable / columns);
}

const tmp = (name: string) => mkdtempSync(path.join(tmpdir(), `vsr-i8-${name}-`));

const STATION = 'schema: vsr/inspection@1\nstation: { id: T-1, name: 测试站, level: town }\nstandard: ./toy.yaml\ninspectedAt: 2024-05-01\nanswers:\n  m-org-1: true\n';

/** A folder `in/` holding toy.yaml (the mini standard) and station.yaml naming it as `./toy.yaml`. */
function pathRefFolder(): { dir: string; station: string } {
  const dir = tmp('pathref');
  mkdirSync(path.join(dir, 'in'));
  copyFileSync(MINI, path.join(dir, 'in', 'toy.yaml'));
  writeFileSync(path.join(dir, 'in', 'station.yaml'), STATION);
  return { dir, station: path.join(dir, 'in', 'station.yaml') };
}

describe('issue 8: command line and reports', () => {
  it('issue 8.8: an inspection naming its standard by a path relative to the file is scored by score, gap and batch', async () => {
    const { dir, station } = pathRefFolder();
    // run from another folder: the path is relative to the inspection file, not the current folder
    const score = await vsr(['score', station], { cwd: dir });
    expect(score.stderr).toBe('');
    expect(score.code).toBe(0);
    const evaluation = JSON.parse(score.stdout);
    expect(evaluation.standard.id).toBe('mini');
    expect(evaluation.score.points).toBe(4);
    const gap = await vsr(['gap', station, '--format', 'json'], { cwd: dir });
    expect(gap.stderr).toBe('');
    expect(gap.code).toBe(0);
    const out = path.join(dir, 'out.ndjson');
    const batch = await vsr(['batch', path.join(dir, 'in'), '--out', out, '--workers', '1', '--locale', 'en'], { cwd: dir });
    const errors = readFileSync(path.join(dir, 'out.errors.ndjson'), 'utf8');
    expect(errors).not.toContain('station.yaml');
    expect(readFileSync(out, 'utf8')).toContain('"id":"T-1"');
    expect(batch.stdout).toContain('1 good');
  });

  it('issue 8.12: `vsr score -` and `vsr gap -` read the inspection from standard input; `--out -` writes stdout', async () => {
    const text = readFileSync(TOWN, 'utf8');
    const fromFile = await vsr(['score', TOWN, '--standard', MINI]);
    const score = await vsrStdin(['score', '-', '--standard', MINI, '--out', '-'], text);
    expect(score.stderr).toBe('');
    expect(score.code).toBe(0);
    expect(JSON.parse(score.stdout)).toEqual(JSON.parse(fromFile.stdout));
    const gap = await vsrStdin(['gap', '-', '--standard', MINI, '--format', 'json', '--out', '-'], text);
    expect(gap.code).toBe(0);
    expect(JSON.parse(gap.stdout)).toEqual(JSON.parse(fromFile.stdout).gap);
    // a problem on stdin is located as `-:line:column`, and no file named `-` is written
    const bad = await vsrStdin(['score', '-', '--standard', MINI], text.replace(/m-svc-2: \S+/, 'm-svc-2: 2.5'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^-:\d+:\d+ /m);
    expect(bad.stderr).not.toContain('vsr-stdin-');
    // empty input, and a terminal on stdin, are usage errors rather than a hang or a silent success
    expect((await vsrStdin(['score', '-'], '')).code).toBe(2);
    const terminal = Object.assign(Readable.from([]), { isTTY: true });
    const sink = { write: () => true, isTTY: false } as unknown as NodeJS.WritableStream;
    expect(await runCli(['score', '-'], { stdout: sink, stderr: sink, stdin: terminal, cwd: ROOT })).toBe(2);
  });

  it('issue 8.12: an inspection on standard input may name its standard by a path relative to the current folder', async () => {
    const { dir } = pathRefFolder();
    let stdout = '';
    const sink = (add: (s: string) => void) => ({ write: (s: string) => (add(String(s)), true), isTTY: false }) as unknown as NodeJS.WritableStream;
    let stderr = '';
    const code = await runCli(['score', '-'], { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), stdin: Readable.from([Buffer.from(STATION)]), cwd: path.join(dir, 'in') });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).score.points).toBe(4);
  });

  it('issue 8.12: standard input is read as XLSX, CSV or YAML/JSON by its content', async () => {
    const { sniffExtension } = await import('../../src/cli/stdin.js');
    expect(sniffExtension(Buffer.from('station.id,T-1\nstation.name,站\n'))).toBe('.csv');
    expect(sniffExtension(Buffer.from('station: { id: T-1, name: 站 }\n'))).toBe('.yaml');
    expect(sniffExtension(Buffer.from('{"station": {}}'))).toBe('.yaml');
    expect(sniffExtension(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('.xlsx');
  });

  it('issue 8.13: --fail-below and --fail-on-veto fail score and gap with exit code 4 after writing the output', async () => {
    // town-stars against the mini-stars scheme rates three stars
    const ok = await vsr(['score', TOWN_STARS, '--scheme', MINI_SCHEME, '--fail-below', 'three-star', '--locale', 'en']);
    expect(ok.code).toBe(0);
    const below = await vsr(['score', TOWN_STARS, '--scheme', MINI_SCHEME, '--fail-below', 'four-star', '--locale', 'en']);
    expect(below.code).toBe(4);
    expect(JSON.parse(below.stdout).rating.level).toBe('three-star');
    expect(below.stderr).toContain('below four-star');
    const gap = await vsr(['gap', TOWN_STARS, '--scheme', MINI_SCHEME, '--fail-below', 'four-star']);
    expect(gap.code).toBe(4);
    const unknown = await vsr(['score', TOWN_STARS, '--scheme', MINI_SCHEME, '--fail-below', 'six-star', '--locale', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no level "six-star" in the standard of');
    const vetoed = readFileSync(TOWN, 'utf8').replace(/m-org-1: \S+/, 'm-org-1: false');
    expect(vetoed).not.toBe(readFileSync(TOWN, 'utf8'));
    const veto = await vsrStdin(['score', '-', '--standard', MINI, '--fail-on-veto', '--locale', 'en'], vetoed);
    expect(veto.code).toBe(4);
    expect(veto.stderr).toContain('vetoed (m-org-1)');
    expect((await vsr(['score', TOWN, '--standard', MINI, '--fail-on-veto'])).code).toBe(0);
  });

  it('issue 8.13: batch --fail-below / --fail-on-veto exit 4 when a station fails', async () => {
    const dir = tmp('batch-policy');
    const input = writeLines(path.join(dir, 'in.ndjson'), [
      mini('A', 'town', undefined, { 'm-org-1': true, 'm-org-2': { value: 'good', evidence: [{ kind: 'photo', date: '2024-03-01' }] }, 'm-svc-1': 95, 'm-svc-2': 6, 'm-svc-3': 0 }),
      mini('B', 'village', undefined, { 'm-org-1': false }),
    ]);
    const args = (name: string, ...more: string[]) => ['batch', input, '--out', path.join(dir, `${name}.ndjson`), '--standard', MINI, '--workers', '1', '--locale', 'en', ...more];
    expect((await vsr(args('plain'))).code).toBe(0);
    const veto = await vsr(args('veto', '--fail-on-veto'));
    expect(veto.code).toBe(4);
    expect(veto.stderr).toContain('B 站（B） vetoed (m-org-1)');
    expect((await vsr(args('pass', '--fail-below', 'pass'))).code).toBe(4);
  });

  it('issue 8.13: every --help documents the exit codes, and the policy code where it applies', async () => {
    for (const cmd of ['score', 'gap', 'batch', 'lint', 'form', 'show', 'standards', 'diff', 'compare']) {
      const help = await vsr([cmd, '--help', '--locale', 'en']);
      expect(help.stdout, cmd).toContain('Exit codes:');
      expect(help.stdout, cmd).toContain('2  usage error');
      expect(help.stdout.includes('--fail-below'), cmd).toBe(['score', 'gap', 'batch'].includes(cmd));
    }
    expect((await vsr(['score', '--help'])).stdout).toContain('4  有站点未通过 --fail-below');
  });

  it('issue 8.19: English plurals follow Intl.PluralRules ("1 occurrence", "2 occurrences")', () => {
    expect(formatMessage('count-earned', { count: 1, per: 1 }, 'en')).toBe('1 occurrence at 1 point each');
    expect(formatMessage('count-earned', { count: 2, per: 0.5 }, 'en')).toBe('2 occurrences at 0.5 points each');
    expect(formatMessage('deduction-taken', { count: 1, deducted: 1 }, 'en')).toBe('1 occurrence, 1 point deducted');
    expect(formatMessage('report-stations-count', { count: 1 }, 'en')).toBe('1 station');
    expect(formatMessage('count-earned', { count: 1, per: 1 }, 'zh-CN')).toBe('1 次，每次 1 分');
  });

  it('issue 8.19: the CLI runs through a symlink under another name, and --version is in the help', async () => {
    const dir = tmp('symlink');
    const link = path.join(dir, 'veterans-rating');
    symlinkSync(CLI, link);
    const r = await run(process.execPath, [link, '--version']);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = await run(process.execPath, [link, '--help', '--locale', 'en']);
    expect(help.stdout).toContain('--version');
    const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    expect(help.stdout).toContain(`Version: ${version}`);
    expect((await vsr(['--help', '--locale', 'en'])).stdout).toContain(`Version: ${version}`); // run from source too
  });

  it('issue 8.19: the default locale comes from LC_ALL / LC_MESSAGES / LANG when neither --locale nor VSR_LOCALE is set', async () => {
    expect(pickLocale([], { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(pickLocale([], { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(pickLocale([], { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' })).toBe('en');
    expect(pickLocale([], { LANG: 'en_US.UTF-8', VSR_LOCALE: 'zh-CN' })).toBe('zh-CN');
    expect(pickLocale(['--locale', 'zh-CN'], { LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(pickLocale([], { LANG: 'C' })).toBe('zh-CN');
    const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', VSR_LOCALE: '' };
    delete (env as Record<string, string | undefined>).VSR_LOCALE;
    const r = await run(process.execPath, [CLI, 'score', '--help'], { env });
    expect(r.stdout).toContain('Exit codes:');
  });

  it('issue 8.16: the HTML and Markdown summaries count stations, not evaluations (the county centre on two standards counts once)', async () => {
    const examples = path.join(ROOT, 'examples/inspections');
    const html = await vsr(['score', examples, '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('共 8 个站点（9 份评定）');
    const md = await vsr(['score', examples, '--format', 'md', '--locale', 'en']);
    expect(md.stdout).toContain('8 stations (9 evaluations)');
  });

  it('issue 8.17: the results workbook prints at fit-to-width on A4 landscape, headings repeated', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const out = path.join(tmp('xlsx'), 'r.xlsx');
    expect((await vsr(['score', path.join(ROOT, 'examples/inspections'), '--format', 'xlsx', '--out', out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets).toHaveLength(3);
    for (const sheet of wb.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
      expect(printedPoints(sheet), sheet.name).toBeGreaterThanOrEqual(9);
      // rows are as tall as their longest wrapped text
      let tallest = 0;
      sheet.eachRow((row) => (tallest = Math.max(tallest, row.height ?? 0)));
      if (sheet.name === '条目明细') expect(tallest).toBeGreaterThan(30);
    }
  });

  it('issue 8.17: the blank form wraps its text in rows tall enough to show it, and prints at 9 pt or more at fit-to-width', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const out = path.join(tmp('form'), 'form.xlsx');
    expect((await vsr(['form', 'star-rating', '--level', 'town', '--out', out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.worksheets[0];
    const setup = sheet.pageSetup;
    expect(setup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
    expect(printedPoints(sheet)).toBeGreaterThanOrEqual(9);
    // every item row wraps and is tall enough for its longest text (full-width characters count two)
    const textCol = sheet.columns.findIndex((c) => c.width === Math.max(...sheet.columns.map((x) => x.width ?? 0))) + 1; // the item text
    let checked = 0;
    sheet.eachRow((row) => {
      const text = row.getCell(textCol).value;
      if (typeof text !== 'string' || !row.getCell(2).value || row.getCell(2).isMerged) return;
      const width = sheet.getColumn(textCol).width!;
      const halfWidths = [...text].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
      expect(row.getCell(textCol).alignment?.wrapText).toBe(true);
      expect(row.height, text).toBeGreaterThanOrEqual(12 * Math.ceil(halfWidths / width));
      checked++;
    });
    expect(checked).toBeGreaterThan(20);
  });
});
