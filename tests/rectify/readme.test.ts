// The README's "After the inspection / 检查之后" commands run as written (in a scratch folder that links
// to the shipped examples and fixtures), and the figures the README quotes are what they print.
import { describe, expect, it } from 'vitest';
import { readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { ROOT, scratch, vsr } from './helpers.js';

describe('README: After the inspection (issue 14.6)', () => {
  it('issue 14.6: every vsr command of the section runs and the quoted figures hold', async () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## After the inspection / 检查之后'));
    const block = /```sh\n([\s\S]*?)```/.exec(section)![1];
    const commands = block.split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter((l) => l.startsWith('vsr '));
    expect(commands.length).toBeGreaterThanOrEqual(5);
    const dir = scratch('readme');
    symlinkSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'));
    symlinkSync(path.join(ROOT, 'tests'), path.join(dir, 'tests'));
    let last = '';
    for (const line of commands) {
      const r = await vsr(line.split(/\s+/).slice(1), dir);
      expect(r.stderr, line).toBe('');
      expect(r.code, line).toBe(0);
      last = r.stdout;
    }
    expect(last).toContain('复查通过 16');
    expect(last).toContain('得分率 90.08%，等级 五星级');
    expect(last).toMatch(/\| 逾期 6 天 \| con-sign-01/);
    expect(section).toContain('four stars, 86.32 %, to five\nstars, 90.08 %');
    expect(readFileSync(path.join(dir, '整改清单.html'), 'utf8')).toContain('<tr class="overdue">');
  });
});
