import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAgainstSchema } from '../../src/standard/schema-validate.js';
import { MINI, MINI_SCHEME, ROOT, TOWN, TOWN_STARS, vsr } from '../report/helpers.js';

describe('vsr gap', () => {
  it('prints the plan as a numbered checklist with what each step earns', async () => {
    const r = await vsr(['gap', TOWN_STARS, '--scheme', MINI_SCHEME]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('评定等级：三星级 · 得分率 62.5%');
    expect(r.stdout).toContain('目标：四星级（按建议顺序完成以下');
    expect(r.stdout).toMatch(/^ {2}1\. \[ \] .+：.+ → 通过，应达到：/m);
    expect(r.stdout).toMatch(/^ {7}\+[\d.]+ 分，得分率 \+[\d.]+ 个百分点 · m-/m);
  });

  it('aims at --target and speaks English with --locale en', async () => {
    const r = await vsr(['gap', TOWN_STARS, '--scheme', MINI_SCHEME, '--target', 'five-star', '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Target: Five stars|"Five stars" cannot be reached/);
    expect(r.stdout.replace('示例镇退役军人服务站', '')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('prints the gap object as JSON, valid against the schema', async () => {
    const r = await vsr(['gap', TOWN_STARS, '--scheme', MINI_SCHEME, '--format', 'json']);
    const gap = JSON.parse(r.stdout);
    expect(gap.target).toBe('four-star');
    const evaluation = JSON.parse((await vsr(['score', TOWN_STARS, '--scheme', MINI_SCHEME])).stdout);
    expect(gap).toEqual(evaluation.gap);
    expect(validateAgainstSchema('evaluation', { ...evaluation, gap })).toEqual([]);
  });

  it('prints a Markdown checklist', async () => {
    const r = await vsr(['gap', TOWN_STARS, '--scheme', MINI_SCHEME, '--format', 'md']);
    expect(r.stdout).toMatch(/^# 差距清单：&lt;script&gt;alert\(1\)&lt;\/script&gt;示例镇退役军人服务站\n/);
    expect(r.stdout).toMatch(/^1\. \[ \] /m);
  });

  it('says when the station is already at the top level', async () => {
    const r = await vsr(['gap', TOWN, '--standard', MINI]);
    expect(r.stdout).toContain('已达到最高等级，无需改进。');
  });

  it('exits 2 for usage mistakes and 1 for invalid input', async () => {
    expect((await vsr(['gap'])).code).toBe(2);
    expect((await vsr(['gap', TOWN, TOWN])).code).toBe(2);
    expect((await vsr(['gap', TOWN, '--standard', MINI, '--format', 'html'])).code).toBe(2);
    const missing = await vsr(['gap', path.join(ROOT, 'nowhere.yaml'), '--standard', MINI]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('File not found');
  });
});
