import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { whatIf } from '../../src/index.js';
import { addDays, createRectificationPlan, entryStatusOn, planStatus, recheckPlan } from '../../src/rectify/plan.js';
import { remediableInRound } from '../../src/rectify/remediable.js';
import { renderRectificationHtml, renderRectificationMarkdown, renderRectificationXlsx } from '../../src/report/rectification.js';
import type { Rectification } from '../../src/types/rectification.js';
import { FOUR_STAR, RECHECK, ROOT, schemaProblems, scored } from './helpers.js';
import path from 'node:path';

const VETO_BLOCKED = path.join(ROOT, 'examples/inspections/veto-blocked-town.yaml');

const base = await scored(FOUR_STAR);
const plan = createRectificationPlan(base.evaluation, base.compiled);
// On 2024-01-10 the S entries (due 2023-12-28) are overdue and the M entries (due 2024-01-27) still open.
const small = plan.entries.filter((e) => e.effort === 'S').length;
const medium = plan.entries.filter((e) => e.effort === 'M').length;

describe('rectification plan (issue 14.1)', () => {
  it('issue 14.1: one entry per remediable gap step, due by effort (S 30, M 60 days from the inspection day)', () => {
    const steps = base.evaluation.gap.steps.map((s) => s.item);
    const tasks = plan.entries.map((e) => e.item);
    expect(tasks).toEqual(steps.filter((id) => remediableInRound(base.compiled.items[base.compiled.itemIndex.get(id)!])));
    expect(tasks.length).toBeGreaterThanOrEqual(15);
    expect(small + medium).toBe(tasks.length);
    const visit = plan.entries.find((e) => e.item === 'kt-visit-01')!;
    expect(visit).toMatchObject({ effort: 'M', due: '2024-01-27', status: 'open', owner: '×××', from: 'partial' });
    expect(plan.entries.find((e) => e.item === 'fq-org-02')).toMatchObject({ effort: 'S', due: '2023-12-28' });
    expect(visit.answer).toEqual(base.evaluation.gap.steps.find((s) => s.item === 'kt-visit-01')!.answer);
    expect(visit.action['zh-CN']).toContain('整改至：100%');
    expect(visit.action.en).toContain('Bring it to: 100%');
    expect(plan.basis).toMatchObject({ level: 'four-star', target: 'five-star', mode: 'gap', inspectedAt: '2023-11-28' });
  });

  it('issue 14.1: past incidents (deduction items) are listed apart, never as tasks', () => {
    const apart = plan.notRemediable.map((n) => n.item);
    expect(apart).toEqual(expect.arrayContaining(['kt-duty-04', 'kt-neg-02', 'svc-proc-08']));
    for (const id of apart) expect(plan.entries.some((e) => e.item === id)).toBe(false);
    expect(plan.notRemediable[0].why?.['zh-CN']).toContain('本轮无法整改');
  });

  it('issue 14.1: a past-incident veto (remediable: false) is shown apart, never as a task, and the aim says it cannot be reached this round', async () => {
    const blocked = await scored(VETO_BLOCKED);
    const p = createRectificationPlan(blocked.evaluation, blocked.compiled);
    expect(p.entries.map((e) => e.item)).not.toContain('fq-result-03');
    expect(p.notRemediable.find((n) => n.item === 'fq-result-03')).toMatchObject({ veto: true, from: 'fail' });
    expect(p.basis).toMatchObject({ target: 'three-star', reachable: false });
    expect(schemaProblems('rectification', p)).toEqual([]);
    const md = renderRectificationMarkdown(p, { locale: 'zh-CN', asOf: '2024-01-01' });
    expect(md).toContain('整改目标：三星级（本轮无法达到');
    expect(md).toMatch(/\| fq-result-03 \| 无涉军严重事件 \\\[否决项\\\] \|/);
  });

  it('issue 14.1: an item that declares remediable decides for itself; otherwise a deduction is an incident', () => {
    const item = base.compiled.items[base.compiled.itemIndex.get('kt-neg-02')!];
    expect(remediableInRound(item)).toBe(false);
    expect(remediableInRound({ ...item, definition: { ...item.definition, remediable: true } as typeof item.definition })).toBe(true);
    const boolItem = base.compiled.items[base.compiled.itemIndex.get('fq-rules-06')!];
    expect(remediableInRound(boolItem)).toBe(true);
    expect(remediableInRound({ ...boolItem, definition: { ...boolItem.definition, remediable: false } as typeof boolItem.definition })).toBe(false);
  });

  it('issue 14.1: mode failed lists every non-bonus item short of its points; due days can be overridden', () => {
    const all = createRectificationPlan(base.evaluation, base.compiled, { mode: 'failed', dueDays: { S: 10, M: 20, L: 40 }, issuedOn: '2023-12-01' });
    const short = base.evaluation.items.filter((i) => !i.bonus && ['fail', 'partial', 'unanswered'].includes(i.state)).map((i) => i.id);
    expect([...all.entries.map((e) => e.item), ...all.notRemediable.map((n) => n.item)].sort()).toEqual([...short].sort());
    expect(all.entries.find((e) => e.item === 'kt-visit-01')!.due).toBe('2023-12-21');
    expect(all.entries.find((e) => e.item === 'fq-org-02')!.due).toBe('2023-12-11');
    expect(all.issuedOn).toBe('2023-12-01');
    expect(schemaProblems('rectification', all)).toEqual([]);
  });

  it('issue 14.1: the plan validates against schemas/rectification.schema.json and a broken one does not', () => {
    expect(schemaProblems('rectification', plan)).toEqual([]);
    const broken = { ...plan, entries: [{ ...plan.entries[0], status: 'finished' }] };
    expect(schemaProblems('rectification', broken).join('\n')).toContain('/entries/0/status');
  });

  it('issue 14.1: making a plan is pure — the same evaluation gives the same plan, and no clock is read', () => {
    expect(JSON.stringify(createRectificationPlan(base.evaluation, base.compiled))).toBe(JSON.stringify(plan));
  });
});

describe('recheck (issue 14.1)', () => {
  it('issue 14.1: items passing at the re-inspection are verified with its evidence, the others stay open', () => {
    const fixed = plan.entries.slice(0, 3).map((e) => e.item);
    const after = whatIf(base.compiled, { ...base.inspection, inspectedAt: '2023-12-20' }, Object.fromEntries(plan.entries.slice(0, 3).map((e) => [e.item, e.answer])));
    const r = recheckPlan(plan, after, base.compiled, { inspection: { ...base.inspection, answers: { ...base.inspection.answers, ...Object.fromEntries(plan.entries.slice(0, 3).map((e) => [e.item, e.answer])) } } });
    if (!r.ok) throw new Error('recheck failed');
    const byItem = new Map(r.plan.entries.map((e) => [e.item, e]));
    for (const id of fixed) expect(byItem.get(id)).toMatchObject({ status: 'verified', verifiedOn: '2023-12-20' });
    expect(byItem.get(plan.entries[5].item)!.evidence).toEqual([]);
    expect(byItem.get(fixed[0])!.evidence.length).toBeGreaterThan(0);
    for (const e of r.plan.entries.slice(3)) expect(e.status).toBe('open');
    expect(r.plan.rechecks).toEqual([expect.objectContaining({ inspectedAt: '2023-12-20', verified: fixed, reopened: [], added: [] })]);
    expect(plan.entries[0].status).toBe('open'); // the plan given is not changed
    expect(schemaProblems('rectification', r.plan)).toEqual([]);
  });

  it('issue 14.1: a verified item that fails again is reopened; an item that passed before and fails now is added', () => {
    const first = recheckPlan(plan, whatIf(base.compiled, { ...base.inspection, inspectedAt: '2023-12-20' }, { 'fq-rules-06': true }), base.compiled);
    if (!first.ok) throw new Error('recheck failed');
    expect(first.plan.entries.find((e) => e.item === 'fq-rules-06')!.status).toBe('verified');
    const second = recheckPlan(first.plan, whatIf(base.compiled, { ...base.inspection, inspectedAt: '2024-01-10' }, { 'fq-rules-06': false, 'con-sign-01': false }), base.compiled);
    if (!second.ok) throw new Error('recheck failed');
    const reopened = second.plan.entries.find((e) => e.item === 'fq-rules-06')!;
    expect(reopened.status).toBe('open');
    expect(reopened.verifiedOn).toBeUndefined();
    const added = second.plan.entries.find((e) => e.item === 'con-sign-01')!;
    expect(added).toMatchObject({ status: 'open', addedOn: '2024-01-10', from: 'fail' });
    expect(added.due).toBe(addDays('2024-01-10', added.effort === 'S' ? 30 : added.effort === 'M' ? 60 : 90));
    expect(second.plan.rechecks[1].reopened).toEqual(['fq-rules-06']);
    expect(second.plan.rechecks[1].added).toContain('con-sign-01');
  });

  it('issue 14.1: a re-inspection of another station, another standard or an earlier day is refused with the reason', async () => {
    const other = await scored(FOUR_STAR);
    const r = recheckPlan(plan, { ...other.evaluation, station: { ...other.evaluation.station, id: 'ELSEWHERE' }, inspectedAt: '2023-01-01' }, other.compiled);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.code)).toEqual(['rectify-station-mismatch', 'rectify-recheck-earlier']);
    expect(r.problems[0].message['zh-CN']).toContain('ELSEWHERE');
    expect(r.problems[0].message.en).toContain('another station');
  });

  it('issue 14.5: the shipped re-inspection verifies every task and gains the fifth star', async () => {
    const again = await scored(RECHECK);
    expect(again.evaluation.rating.level).toBe('five-star');
    const r = recheckPlan(plan, again.evaluation, again.compiled, { inspection: again.inspection });
    if (!r.ok) throw new Error('recheck failed');
    expect(r.plan.entries.filter((e) => e.status === 'verified').map((e) => e.item)).toEqual(plan.entries.map((e) => e.item));
    expect(r.plan.basis.level).toBe('four-star');
    expect(r.plan.rechecks[0]).toMatchObject({ level: 'five-star', added: ['con-sign-01'] });
    expect(r.plan.entries.at(-1)).toMatchObject({ item: 'con-sign-01', status: 'open' });
  });
});

describe('status on a day (issue 14.1)', () => {
  const p: Rectification = { ...plan, entries: plan.entries.map((e, i) => (i === 1 ? { ...e, status: 'verified' as const } : i === 2 ? { ...e, status: 'done' as const } : e)) };

  it('issue 14.1: overdue is computed against the date given: the day after the due date, not on it', () => {
    const e = plan.entries.find((x) => x.item === 'kt-visit-01')!;
    expect(entryStatusOn(e, '2024-01-27')).toBe('open');
    expect(entryStatusOn(e, '2024-01-28')).toBe('overdue');
    expect(entryStatusOn({ ...e, status: 'verified' }, '2030-01-01')).toBe('verified');
    expect(entryStatusOn({ ...e, status: 'in-progress' }, '2024-01-01')).toBe('in-progress');
  });

  it('issue 14.1: the summary counts each status and lists overdue entries first, most overdue first', () => {
    const s = planStatus(p, '2024-01-10');
    expect([p.entries[1].effort, p.entries[2].effort]).toEqual(['S', 'S']);
    expect(s.counts).toEqual({ overdue: small - 1, open: medium, 'in-progress': 0, done: 0, verified: 1 });
    // the done entry (an S item) is overdue too: it is not verified
    expect(s.entries[0].status).toBe('overdue');
    expect(s.entries.at(-1)!.status).toBe('verified');
    const later = planStatus(p, '2024-02-01');
    expect(later.counts.open).toBe(0);
    expect(later.entries.map((x) => x.daysOverdue)).toEqual([...later.entries.map((x) => x.daysOverdue)].sort((a, b) => b - a));
  });
});

describe('renderers of the 整改清单 (issue 14.1)', () => {
  it('issue 14.1: Markdown shows the summary, overdue entries first, and the incidents apart', () => {
    const md = renderRectificationMarkdown(plan, { locale: 'zh-CN', asOf: '2024-01-10' });
    expect(md).toContain('# 整改清单：云溪县白沙镇退役军人服务站');
    expect(md).toContain(`截至 2024-01-10：共 ${plan.entries.length} 项：逾期 ${small}，待整改 ${medium}，`);
    const rows = md.slice(0, md.indexOf('## 本轮无法整改')).split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| 状态') && !l.startsWith('| 编号') && !l.startsWith('| ---'));
    expect(rows[0]).toContain('逾期 13 天');
    expect(rows).toHaveLength(plan.entries.length);
    expect(rows.slice(0, small).every((r) => r.startsWith('| 逾期 13 天'))).toBe(true);
    expect(rows.slice(small).every((r) => r.startsWith('| 待整改'))).toBe(true);
    expect(rows.slice(small).some((r) => r.includes('kt-visit-01'))).toBe(true);
    expect(md).toContain('## 本轮无法整改的事项（不列为整改任务）');
    expect(md).toMatch(/\| kt-neg-02 \| 报送逾期或漏报/);
    const en = renderRectificationMarkdown(plan, { locale: 'en', asOf: '2024-01-10' });
    expect(en).toContain(`As of 2024-01-10: ${plan.entries.length} items: Overdue ${small}, Open ${medium}`);
  });

  it('issue 14.1: HTML is self-contained (CSP, no script), escapes text, marks overdue rows and prints A4 landscape', () => {
    const hostile: Rectification = { ...plan, station: { ...plan.station, name: '<script>alert(1)</script>' } };
    const html = renderRectificationHtml(hostile, { locale: 'zh-CN', asOf: '2024-01-10' });
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('@page { size: A4 landscape');
    expect(html.match(/<tr class="overdue">/g)).toHaveLength(small);
    expect(html.indexOf('<tr class="overdue">')).toBeLessThan(html.indexOf('<tr class="open">'));
  });

  it('issue 14.1: XLSX is A4 landscape, fit to one page wide, overdue first', async () => {
    const buf = await renderRectificationXlsx(plan, { locale: 'en', asOf: '2024-01-10' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(String(sheet.getRow(3).getCell(1).value)).toContain(`Overdue ${small}`);
    expect(String(sheet.getRow(5).getCell(1).value)).toBe('13 days overdue');
    expect(String(sheet.getRow(4 + plan.entries.length).getCell(1).value)).toBe('Open');
    expect(wb.worksheets[1].getRow(2).getCell(1).value).toBe(plan.notRemediable[0].item);
    expect(plan.notRemediable[0].item).toBe('svc-proc-08'); // the standard's order: service before key tasks
  });
});
