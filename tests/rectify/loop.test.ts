// The loop of issue 14 from the command line, as the README walks it: score → rectify → re-inspect →
// recheck → print the 整改清单; every document written validates against its schema.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { FOUR_STAR, RECHECK, schemaProblems, scratch, vsr } from './helpers.js';

const dir = scratch('rectify-loop');

describe('vsr rectify: the loop on the shipped example (issue 14.5)', () => {
  it('issue 14.5: evaluate → rectify → recheck with the re-inspection → verified items and a level gained', async () => {
    const evaluation = path.join(dir, 'four-star-town.json');
    expect((await vsr(['score', FOUR_STAR, '--out', evaluation])).code).toBe(0);
    const planFile = path.join(dir, 'plan.yaml');
    const made = await vsr(['rectify', evaluation, '--out', planFile, '--example']);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const plan = parse(readFileSync(planFile, 'utf8'));
    expect(schemaProblems('rectification', plan)).toEqual([]);
    expect(plan).toMatchObject({ schema: 'vsr/rectification@1', example: true, basis: { level: 'four-star', target: 'five-star' } });
    const tasks = plan.entries.length;
    expect(tasks).toBeGreaterThanOrEqual(15);
    expect(plan.entries.every((e: { status: string }) => e.status === 'open')).toBe(true);

    const rechecked = await vsr(['rectify', planFile, '--recheck', RECHECK]);
    expect(rechecked.stderr).toBe('');
    expect(rechecked.code).toBe(0);
    const after = parse(readFileSync(planFile, 'utf8'));
    expect(schemaProblems('rectification', after)).toEqual([]);
    expect(after.entries.filter((e: { status: string }) => e.status === 'verified')).toHaveLength(tasks);
    expect(after.rechecks).toEqual([expect.objectContaining({ inspectedAt: '2024-01-25', level: 'five-star', added: ['con-sign-01'] })]);
    const closed = after.entries.find((e: { item: string }) => e.item === 'kt-visit-01');
    expect(closed.evidence).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'ledger', ref: '复查-2024-01-kt-visit-01' })]));

    // The list on a day after the new item's due date: the new failure is overdue and comes first.
    const md = await vsr(['rectify', planFile, '--format', 'md', '--on', '2024-03-01']);
    expect(md.code).toBe(0);
    const rows = md.stdout.split('\n').filter((l) => /^\| (逾期|待整改|复查通过)/.test(l));
    expect(rows[0]).toMatch(/^\| 逾期 6 天 \| con-sign-01 /);
    expect(rows.slice(1).every((r) => r.startsWith('| 复查通过'))).toBe(true);
    expect(md.stdout).toContain(`共 ${tasks + 1} 项：逾期 1，待整改 0，整改中 0，已整改待复查 0，复查通过 ${tasks}`);
    expect(md.stdout).toContain(`2024-01-25 复查：得分率 90.08%，等级 五星级；复查通过 ${tasks} 项，重新打开 0 项，新增 1 项`);

    const html = await vsr(['rectify', planFile, '--format', 'html', '--on', '2024-03-01', '--locale', 'en', '--out', path.join(dir, 'plan.html')]);
    expect(html.code).toBe(0);
    expect(readFileSync(path.join(dir, 'plan.html'), 'utf8')).toContain('<tr class="overdue"><td>6 days overdue</td><td>con-sign-01</td>');
    const xlsx = await vsr(['rectify', planFile, '--format', 'xlsx', '--on', '2024-03-01', '--out', path.join(dir, 'plan.xlsx')]);
    expect(xlsx.code).toBe(0);
    expect(readFileSync(path.join(dir, 'plan.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('issue 14.1: --due-days sets every due date, or each effort; --issued moves the start; --all lists every short item', async () => {
    const a = await vsr(['rectify', FOUR_STAR, '--due-days', '45', '--format', 'json']);
    expect(a.code).toBe(0);
    const flat = JSON.parse(a.stdout);
    expect(new Set(flat.entries.map((e: { due: string }) => e.due))).toEqual(new Set(['2024-01-12']));
    const b = JSON.parse((await vsr(['rectify', FOUR_STAR, '--due-days', 'S=7,M=14', '--issued', '2023-12-01', '--all', '--format', 'json'])).stdout);
    expect(b.basis.mode).toBe('failed');
    expect(b.entries.find((e: { item: string }) => e.item === 'fq-org-02').due).toBe('2023-12-08');
    expect(b.entries.find((e: { item: string }) => e.item === 'kt-visit-01').due).toBe('2023-12-15');
    expect(b.entries.length).toBeGreaterThan(flat.entries.length);
  });

  it('issue 14.1: a broken plan is refused with its file, line and field in both languages, no stack trace', async () => {
    const text = readFileSync(path.join(dir, 'plan.yaml'), 'utf8').replace(/status: verified/, 'status: finished');
    const bad = path.join(dir, 'bad-plan.yaml');
    writeFileSync(bad, text);
    const r = await vsr(['rectify', bad, '--format', 'md']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad-plan\.yaml:\d+:\d+ \/entries\/0\/status: 取值无效/);
    expect(r.stderr).toContain('Invalid value; allowed: open, in-progress, done, verified');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('issue 14.1: rechecking against another station is refused and leaves the plan as it was', async () => {
    const planFile = path.join(dir, 'other.yaml');
    expect((await vsr(['rectify', FOUR_STAR, '--out', planFile])).code).toBe(0);
    const before = readFileSync(planFile, 'utf8');
    const r = await vsr(['rectify', planFile, '--recheck', path.resolve('examples/inspections/five-star-town.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('复查记录是另一个站点');
    expect(r.stderr).toContain('The re-inspection is of another station');
    expect(readFileSync(planFile, 'utf8')).toBe(before);
  });

  it('issue 14.1: usage mistakes exit 2', async () => {
    expect((await vsr(['rectify'])).code).toBe(2);
    expect((await vsr(['rectify', FOUR_STAR, '--due-days', 'X=3'])).code).toBe(2);
    expect((await vsr(['rectify', FOUR_STAR, '--on', '2024-02-30'])).code).toBe(2);
    expect((await vsr(['rectify', FOUR_STAR, '--recheck', RECHECK])).code).toBe(2);
  });
});
