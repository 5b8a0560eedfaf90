import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAgainstSchema } from '../../src/standard/schema-validate.js';
import { MINI, MINI_SCHEME, ROOT, TOWN, TOWN_STARS, vsr } from '../report/helpers.js';

const rel = (f: string) => path.relative(ROOT, f);

/** A folder with n copies of the town inspection (different station ids). */
function stations(n: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vsr-cli-'));
  const text = readFileSync(TOWN, 'utf8');
  for (let i = 1; i <= n; i++) writeFileSync(path.join(dir, `s${i}.yaml`), text.replace('id: T-001', `id: T-00${i}`));
  return dir;
}

describe('vsr score', () => {
  it('prints one valid evaluation as JSON for one file', async () => {
    const r = await vsr(['score', rel(TOWN), '--standard', rel(MINI)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(validateAgainstSchema('evaluation', doc)).toEqual([]);
    expect(doc.score.percent).toBe(62.5);
  });

  it('prints an array for a folder, and a combined Markdown document with the summary first', async () => {
    const dir = stations(3);
    const json = await vsr(['score', dir, '--standard', MINI]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).map((e: { station: { id: string } }) => e.station.id)).toEqual(['T-001', 'T-002', 'T-003']);
    const md = await vsr(['score', dir, '--standard', MINI, '--format', 'md']);
    expect(md.stdout.indexOf('## 评定汇总')).toBeLessThan(md.stdout.indexOf('（T-002）'));
    expect(md.stdout).toContain('共 3 个站点：达标：3 个');
  });

  it('writes HTML, CSV and XLSX to --out, making the folder', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'vsr-out-')), 'new', 'r');
    for (const format of ['html', 'csv', 'xlsx']) {
      const r = await vsr(['score', TOWN_STARS, '--scheme', MINI_SCHEME, '--format', format, '--out', `${out}.${format}`, '--locale', 'en']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      expect(existsSync(`${out}.${format}`)).toBe(true);
    }
    expect(readFileSync(`${out}.html`, 'utf8')).toContain('Three stars');
    expect(readFileSync(`${out}.csv`, 'utf8')).toContain('Section,ID,Title,State,Points,Max,Reasons');
    expect(readFileSync(`${out}.xlsx`).subarray(0, 2).toString()).toBe('PK');
  });

  it('exits 1 naming file, line and column in both languages, without a stack trace, and still scores the good files', async () => {
    const dir = stations(1);
    writeFileSync(path.join(dir, 'bad.yaml'), 'station: { id: T-9, name: 站, level: town }\nstandard: mini@1.0.0\ninspectedAt: 2024-05-01\nanswers:\n  m-svc-2: 2.5\n');
    const r = await vsr(['score', dir, '--standard', MINI, '--format', 'csv']);
    expect(r.code).toBe(1);
    const bad = path.join(dir, 'bad.yaml');
    expect(r.stderr).toBe(`${bad}:5:12 /answers/m-svc-2: 应为不小于 0 的整数\n    ${bad}:5:12 /answers/m-svc-2: Expected a whole number ≥ 0\n`);
    expect(r.stdout).toContain('T-001');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const en = await vsr(['score', bad, '--standard', MINI, '--locale', 'en']);
    expect(en.stderr.split('\n')[0]).toBe(`${bad}:5:12 /answers/m-svc-2: Expected a whole number ≥ 0`);
  });

  it('exits 1 for a missing file or a standard it cannot find', async () => {
    const a = await vsr(['score', 'nowhere.yaml', '--standard', MINI]);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('找不到文件');
    const b = await vsr(['score', rel(TOWN), '--standard', 'no-such-standard']);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('找不到标准或方案“no-such-standard”');
    const c = await vsr(['score', rel(TOWN)]);
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/town\.yaml:\d+:\d+ \/standard: 找不到标准或方案“mini@1.0.0”/);
  });

  it('exits 2 on usage mistakes', async () => {
    for (const args of [
      ['score'],
      ['score', rel(TOWN), '--format', 'pdf'],
      ['score', rel(TOWN), '--standard', MINI, '--scheme', MINI_SCHEME],
      ['score', rel(TOWN), '--standard', MINI, '--target', 'ten-star'],
      ['score', rel(TOWN), '--standard', MINI, '--format', 'xlsx'],
      ['score', rel(TOWN), '--no-such-option'],
    ]) {
      const r = await vsr(args, { ttyStdout: true });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('vsr score FILE…');
    }
  });

  it('plans the gap to the level given by --target', async () => {
    const r = await vsr(['score', TOWN_STARS, '--scheme', MINI_SCHEME, '--target', 'five-star']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).gap.target).toBe('five-star');
  });

  it('re-renders a stored evaluation in the other language, warning when the standard text changed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vsr-stored-'));
    const stored = path.join(dir, 'evaluation.json');
    writeFileSync(stored, (await vsr(['score', rel(TOWN), '--standard', MINI])).stdout);
    const en = await vsr(['score', stored, '--standard', MINI, '--format', 'md', '--locale', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('### Rating: Met (62.5%)');
    const doc = JSON.parse(readFileSync(stored, 'utf8'));
    doc.standard.hash = `sha256:${'1'.repeat(64)}`;
    writeFileSync(stored, JSON.stringify(doc, null, 2));
    const changed = await vsr(['score', stored, '--standard', MINI, '--format', 'md']);
    expect(changed.code).toBe(0);
    expect(changed.stderr).toMatch(/^! .*evaluation\.json:\d+:\d+ \/standard\/hash: 评定结果所用标准/);
  });

  it('succeeds on an empty folder with a clear note', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'vsr-empty-'));
    const r = await vsr(['score', empty, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`文件夹 ${empty} 中没有检查记录`);
    expect(r.stderr).toContain(`The folder ${empty} holds no inspections`);
    expect(r.stdout).toContain('没有检查记录。');
  });

  it('skips documents in a folder that are not inspections, with a note', async () => {
    const dir = stations(1);
    copyFileSync(MINI, path.join(dir, 'standard.yaml'));
    const r = await vsr(['score', dir, '--standard', MINI]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(r.stderr).toContain('不是检查记录（schema 为 vsr/standard@1）');
  });

  it('shows a progress bar on a terminal for five files or more, and none when piped', async () => {
    const dir = stations(5);
    const tty = await vsr(['score', dir, '--standard', MINI], { ttyStderr: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/[█░].* \d\/5/);
    const piped = await vsr(['score', dir, '--standard', MINI]);
    expect(piped.stderr).toBe('');
    const few = await vsr(['score', stations(4), '--standard', MINI], { ttyStderr: true });
    expect(few.stderr).toBe('');
  });

  it('scores CSV and XLSX inspections like YAML', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vsr-csv-'));
    mkdirSync(path.join(dir, 'in'));
    const csv = ['station.id,T-001', 'station.name,示例镇', 'station.level,town', 'inspectedAt,2024-05-01', 'standard,mini@1.0.0',
      'id,answer,evidence', 'm-org-1,是', 'm-org-2,fair,photo:2024-03-01', 'm-svc-1,80', 'm-svc-2,3', 'm-svc-3,1'].join('\n');
    writeFileSync(path.join(dir, 'in', 'town.csv'), csv);
    const r = await vsr(['score', path.join(dir, 'in', 'town.csv'), '--standard', MINI]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).score.percent).toBe(62.5);
  });
});
