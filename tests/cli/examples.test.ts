// The example scripts (npm run example:score / example:county / example:report) run as shipped, and
// the demo (`vsr score examples/inspections --format md`) succeeds on the shipped examples.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, vsr } from '../report/helpers.js';

function run(script: string, ...args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', path.join('examples', script), ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('example scripts', () => {
  it('score-station prints the score, the level and the gap plan', () => {
    const out = run('score-station.ts');
    expect(out).toMatch(/^.+: [\d.]+% → .+$/m);
    expect(out).toMatch(/目标：.+（按建议顺序完成以下 \d+ 项）/);
    expect(out).toMatch(/^ {2}1\. \[ \] /m);
    expect(run('score-station.ts', '--locale', 'en')).toMatch(/Target: .+ \(steps in planned order: \d+\)/);
  });

  it('county-table lists stations by county, the count per level and the items most often short', () => {
    const out = run('county-table.ts');
    expect(out).toMatch(/^== .+ \(\d+\) ==$/m);
    expect(out).toContain('各等级站点数');
    expect(out).toContain('失分最多的条目');
  });

  it('report-html writes the HTML report of the five-star example', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'vsr-example-')), 'five.html');
    const out = run('report-html.ts', file);
    expect(out).toContain(file);
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<span class="level">五星级</span>');
  });
});

describe('the demo: vsr score examples/inspections --format md', () => {
  it('scores every shipped example into one Markdown document, summary first', async () => {
    const r = await vsr(['score', 'examples/inspections', '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^## 评定汇总$/m);
    expect(r.stdout).toMatch(/共 \d+ 个站点(（\d+ 份评定）)?：/);
    expect(r.stdout).toContain('五星级');
  });
});
