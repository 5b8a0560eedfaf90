// The star lifecycle (issue 14.3): award and validity, lapse, expiry, 摘星 by an incident record, and
// `vsr due` by region with overdue rectification items.
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { addDays, createRectificationPlan } from '../../src/rectify/plan.js';
import { addYears, isIncidentRecord, stationStanding, validityYears, validUntilOf, type StationRecord } from '../../src/lifecycle/standing.js';
import { dueReport } from '../../src/lifecycle/due.js';
import { FOUR_STAR, RECHECK, ROOT, scored, scratch, vsr } from './helpers.js';

const INCIDENT = path.join(ROOT, 'tests/fixtures/rectify/four-star-town-incident.yaml');
const VILLAGE = path.join(ROOT, 'examples/inspections/three-star-village.yaml');

async function record(file: string): Promise<StationRecord> {
  const s = await scored(file);
  return { evaluation: s.evaluation, incident: isIncidentRecord(s.evaluation, s.compiled), validityYears: validityYears(s.compiled), file };
}

const first = await record(FOUR_STAR);
const recheck = await record(RECHECK);
const incident = await record(INCIDENT);

describe('star lifecycle (issue 14.3)', () => {
  it('issue 14.3: the scheme\'s validity (one year) gives the award its validUntil (a year less a day); an evaluation\'s own validUntil wins', () => {
    expect(first.validityYears).toBe(1);
    // an evaluation stored before evaluations carried validUntil
    const { validUntil: _own, ...bare } = first.evaluation as typeof first.evaluation & { validUntil?: string };
    expect(validUntilOf(bare, 1)).toBe('2024-11-27');
    expect(validUntilOf(bare, null)).toBeNull();
    expect(validUntilOf({ ...bare, validUntil: '2024-06-30' } as typeof bare, 1)).toBe('2024-06-30');
    expect(addDays(addYears('2024-02-29', 1), -1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
  });

  it('issue 14.3: current, expiring within the window, lapsed after validUntil', () => {
    expect(stationStanding([first], '2024-06-01')).toMatchObject({ state: 'current', level: 'four-star', daysLeft: 179 });
    expect(stationStanding([first], '2024-10-15')).toMatchObject({ state: 'expiring', level: 'four-star', daysLeft: 43 });
    expect(stationStanding([first], '2024-11-27')).toMatchObject({ state: 'expiring', daysLeft: 0 });
    expect(stationStanding([first], '2024-11-28')).toMatchObject({ state: 'lapsed', level: null, awarded: { level: 'four-star', validUntil: '2024-11-27' } });
    expect(stationStanding([first], '2023-01-01')).toBeNull();
  });

  it('issue 14.3: a later inspection replaces the award (five stars from the re-inspection, valid a year from it)', () => {
    expect(stationStanding([recheck, first], '2024-02-01')).toMatchObject({ state: 'current', level: 'five-star', awarded: { on: '2024-01-25', validUntil: '2025-01-24' } });
  });

  it('issue 14.5: 摘星 — an incident record failing a veto withdraws the level, with the veto as the reason', () => {
    expect(incident.incident).toBe(true);
    expect(first.incident).toBe(false);
    const s = stationStanding([first, recheck, incident], '2024-03-10')!;
    expect(s.state).toBe('withdrawn');
    expect(s.level).toBeNull();
    expect(s.withdrawn).toMatchObject({ on: '2024-03-02', level: 'five-star' });
    // only the veto the record answered, not the items it left out
    expect(s.withdrawn!.vetoes.map((v) => v.item)).toEqual(['fq-result-03']);
    expect(s.withdrawn!.vetoes[0].message['zh-CN']).toContain('一票否决');
    // before the incident the stars stood
    expect(stationStanding([first, recheck, incident], '2024-03-01')!.state).toBe('current');
  });

  it('issue 14.3: a later full inspection failing a veto withdraws the standing level too, with the veto', async () => {
    const blocked = await record(path.join(ROOT, 'examples/inspections/veto-blocked-town.yaml'));
    const lvl = { ...first, evaluation: { ...first.evaluation, station: blocked.evaluation.station, inspectedAt: '2022-11-01' } };
    const s = stationStanding([lvl, blocked], '2023-12-31')!;
    expect(s.state).toBe('withdrawn');
    expect(s.withdrawn).toMatchObject({ on: blocked.evaluation.inspectedAt, level: 'four-star' });
    expect(s.withdrawn!.vetoes.map((v) => v.item)).toEqual(blocked.evaluation.vetoes.map((v) => v.item));
    expect(stationStanding([blocked], '2023-12-31')).toMatchObject({ state: 'none', withdrawn: null });
  });

  it('issue 14.3: an incident record never awards a level, and a later full inspection restores one', async () => {
    expect(stationStanding([incident], '2024-03-10')).toMatchObject({ state: 'none', level: null, withdrawn: null });
    const later = { ...recheck, evaluation: { ...recheck.evaluation, inspectedAt: '2024-06-01' } };
    expect(stationStanding([first, recheck, incident, later], '2024-06-02')).toMatchObject({ state: 'current', level: 'five-star' });
  });

  it('issue 14.3: the due report groups by region and counts lapsed, expiring, withdrawn and overdue', async () => {
    const village = await record(VILLAGE);
    const base = await scored(FOUR_STAR);
    const plan = createRectificationPlan(base.evaluation, base.compiled);
    const standings = [stationStanding([first, recheck, incident], '2024-11-10')!, stationStanding([village], '2024-11-10')!];
    const report = dueReport(standings, [plan], '2024-11-10');
    expect(report.counts).toEqual({ stations: 2, lapsed: 0, expiring: 1, withdrawn: 1, overdueStations: 1, overdueItems: plan.entries.length });
    expect(report.regions.map((r) => r.region)).toEqual([['浙江省', '示例市', '云溪县']]);
    // stations within a region in pinyin order of their town: 白沙镇 (bai) before 西岭镇 (xi)
    expect(report.regions[0].stations.map((s) => s.station.id)).toEqual(['YX-BAISHA', 'YX-XILING-SHIZHU']);
    expect(dueReport(standings, [], '2024-11-10', 4).regions.length).toBe(2);
  });
});

describe('vsr due (issue 14.3)', () => {
  it('issue 14.3: lists lapsed, expiring and withdrawn ratings and overdue items by region from a folder', async () => {
    const dir = scratch('due');
    const folder = path.join(dir, 'records');
    mkdirSync(folder);
    for (const f of [FOUR_STAR, RECHECK, INCIDENT, VILLAGE, path.join(ROOT, 'examples/inspections/five-star-town.yaml')]) copyFileSync(f, path.join(folder, path.basename(f)));
    const base = await scored(FOUR_STAR);
    const plan = createRectificationPlan(base.evaluation, base.compiled);
    writeFileSync(path.join(folder, 'plan.yaml'), YAML.stringify(plan));
    const r = await vsr(['due', folder, '--on', '2024-11-10']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# 星级到期与整改逾期（截至 2024-11-10）');
    expect(r.stdout).toContain('已摘星：2024-03-02 发生否决事项，撤销五星级（fq-result-03 ');
    expect(r.stdout).toMatch(/云溪县西岭镇石竹村退役军人服务站\*\* \(YX-XILING-SHIZHU\): 三星级将于 2024-11-21 到期（还剩 11 天）/);
    expect(r.stdout).toContain(`逾期整改事项 ${plan.entries.length} 项`);
    expect(r.stdout).toContain('kt-visit-01 两节走访慰问：期限 2024-01-27，逾期 288 天，责任人 ×××');
    const later = JSON.parse((await vsr(['due', folder, '--on', '2025-03-01', '--format', 'json'])).stdout);
    expect(later.counts.lapsed).toBeGreaterThanOrEqual(2);
  });

  it('issue 14.3: a broken plan in the folder is named with its line (exit 1), and the rest is still listed', async () => {
    const folder = path.join(scratch('due-bad'), 'records');
    mkdirSync(folder);
    copyFileSync(INCIDENT, path.join(folder, 'incident.yaml'));
    copyFileSync(RECHECK, path.join(folder, 'recheck.yaml'));
    writeFileSync(path.join(folder, 'plan.yaml'), 'schema: vsr/rectification@1\nstation: {id: X, name: X, level: town}\nissuedOn: 2024-13-01\n');
    const r = await vsr(['due', folder, '--on', '2024-03-10', '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/plan\.yaml(:\d+:\d+)?: 缺少必填字段/);
    expect(r.stderr).toContain('Missing required field');
    expect(r.stdout).toContain('Withdrawn: a veto failed on 2024-03-02');
  });

  it('issue 14.3: a bad date is a usage error (exit 2)', async () => {
    expect((await vsr(['due', ROOT, '--on', 'yesterday'])).code).toBe(2);
    expect((await vsr(['due'])).code).toBe(2);
  });
});
