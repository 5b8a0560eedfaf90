// The README's "After the inspection / 检查之后" commands run as written (in a scratch folder that links
// to the shipped examples and fixtures), and the figures the README quotes are what they print.
import { describe, expect, it } from 'vitest';
import { readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { ROOT, scratch, vsr } from './helpers.js';

describe('README: After the inspection (issue 14.6)', () => {
  it('issue 14.6: every vsr command of the section runs and the quoted figures hold', async () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('## After the inspection / 检查之后');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
    const commands = blocks.join('\n').split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter((l) => l.startsWith('vsr '));
    expect(commands.length).toBeGreaterThanOrEqual(10);
    const dir = scratch('readme');
    symlinkSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'));
    symlinkSync(path.join(ROOT, 'tests'), path.join(dir, 'tests'));
    const outputs = new Map<string, string>();
    for (const line of commands) {
      const r = await vsr(line.split(/\s+/).slice(1), dir);
      expect(r.stderr, line).toBe('');
      expect(r.code, line).toBe(0);
      outputs.set(line, r.stdout);
    }
    const last = outputs.get('vsr rectify plan.yaml --format md --on 2024-03-01')!;
    expect(outputs.get('vsr verify signed.yaml')).toContain('✔ 第 2 条审核（陆振华，县局复核组，2024-02-01，通过）');
    expect(outputs.get('vsr due tests/fixtures/rectify --on 2024-03-10')).toContain('已摘星：2024-03-02');
    expect(outputs.get('vsr history YX-BAISHA examples/inspections tests/fixtures/rectify --format md')).toContain('| 2024-06-15 | star-rating@1.0.0 | 三星级 | 78.14% |');
    // issue 14.4: history across versions through the crosswalk
    const versions = outputs.get('vsr history YX-TOY tests/fixtures/history --crosswalk tests/fixtures/history/toy.crosswalk.json')!;
    expect(versions).toContain('| 2024-09-10 | toy@1.1.0（原 1.0.0） | 达标 | 66.67% | 3：t-b2、t-c1、t-e | 1：t-f |');
    expect(versions).toContain('新版本删除（上一轮未达标，不计为改好）：t-d（并入 t-a）');
    expect(last).toContain('复查通过 16');
    expect(last).toContain('得分率 90.08%，等级 五星级');
    expect(last).toMatch(/\| 逾期 6 天 \| con-sign-01/);
    expect(section).toContain('four stars, 86.32 %, to five\nstars, 90.08 %');
    expect(readFileSync(path.join(dir, '整改清单.html'), 'utf8')).toContain('<tr class="overdue">');
  });
});
