import { describe, expect, it } from 'vitest';
import { vsr } from '../report/helpers.js';

describe('vsr --help', () => {
  it('lists score, gap and form with an example each, in Chinese and in English', async () => {
    const zh = await vsr(['--help']);
    const en = await vsr(['--help', '--locale', 'en']);
    for (const verb of ['score', 'gap', 'form']) {
      expect(zh.stdout).toMatch(new RegExp(`^ {2}${verb} +\\S`, 'm'));
      expect(zh.stdout).toMatch(new RegExp(`^ {2}vsr ${verb} `, 'm'));
    }
    expect(zh.stdout).toContain('为检查记录评分');
    expect(en.stdout).toContain('Score inspections, rate them and plan the gap');
  });

  it('describes every option of each verb in both languages', async () => {
    for (const verb of ['score', 'gap', 'form']) {
      const zh = await vsr([verb, '--help']);
      const en = await vsr([verb, '--help', '--locale', 'en']);
      expect(zh.code).toBe(0);
      expect(zh.stdout).toContain('示例：');
      expect(en.stdout).toContain('Example:');
      expect(en.stdout).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await vsr(['score', '--help', '--locale', 'en'])).stdout).toContain('--format       Output: json (default), md, html, csv or xlsx');
  });
});
