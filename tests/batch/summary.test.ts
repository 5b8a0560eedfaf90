import { describe, expect, it } from 'vitest';
import { compile, evaluate, loadStandard, validateInspection } from '../../src/index.js';
import { groupMeta, SummaryAccumulator } from '../../src/batch/summary.js';
import { DEFAULT_TARGETS } from '../../src/batch/targets.js';
import { renderSummaryCsv } from '../../src/report/summary-csv.js';
import { renderSummaryHtml } from '../../src/report/summary-html.js';
import { parse } from 'csv-parse/sync';
import { MINI, PHOTO, mini } from './helpers.js';
import { TRUSTED } from '../helpers/engine.js';

// Four stations scored against tests/fixtures/mini.yaml (town max 20, village max 17: m-svc-3 is
// town-only; m-svc-4 is a bonus). Worked out by hand:
//  A town    嘉兴/平湖/白沙镇     4 + 6 + 4 + 3 + 3 = 20/20 → 100 %, pass
//  B village 嘉兴/平湖/白沙镇/X村  4 + 0 (no photo) + 0 (70 is the ramp's start) + 1 = 5/17 → 29.41 %, unrated
//  C village 嘉兴/桐乡/石门镇/Y村    0 (veto) + 6 + 4 + 3 = 13/17 → 76.47 %, unrated (veto)
//  D town    杭州/萧山/柳湾镇       4 + 6 + 4 + 0 (unanswered) + 3 = 17/20 → 85 %, pass
const records = [
  mini('A', 'town', ['浙江省', '示例市', '云溪县', '白沙镇'], { 'm-org-1': true, 'm-org-2': { value: 'good', evidence: PHOTO }, 'm-svc-1': 95, 'm-svc-2': 6, 'm-svc-3': 0 }),
  mini('B', 'village', ['浙江省', '示例市', '云溪县', '白沙镇', 'X村'], { 'm-org-1': true, 'm-org-2': 'fair', 'm-svc-1': 70, 'm-svc-2': 2 }),
  mini('C', 'village', ['浙江省', '示例市', '竹塘县', '石门镇', 'Y村'], { 'm-org-1': false, 'm-org-2': { value: 'good', evidence: PHOTO }, 'm-svc-1': 90, 'm-svc-2': 6 }),
  mini('D', 'town', ['浙江省', '东岭市', '北塘区', '柳湾镇'], { 'm-org-1': true, 'm-org-2': { value: 'good', evidence: PHOTO }, 'm-svc-1': 99, 'm-svc-3': 0 }),
];

async function summarise(split: number[][]) {
  const compiled = compile(await loadStandard(MINI, TRUSTED));
  const meta = groupMeta(compiled);
  // as the workers do: each chunk in its own accumulator, merged in the main thread
  const main = new SummaryAccumulator();
  for (const chunk of split) {
    const acc = new SummaryAccumulator();
    for (const i of chunk) {
      const checked = validateInspection(compiled, records[i]);
      if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
      acc.add(evaluate(compiled, checked.inspection), meta);
    }
    main.merge(acc.take());
  }
  return main.finish({ total: 4, good: 4, bad: 0, blank: 0 }, DEFAULT_TARGETS);
}

describe('regional summary', () => {
  it('rolls up stations, averages, levels and targets by region, as worked out by hand', async () => {
    const summary = await summarise([[0, 1, 2, 3]]);
    expect(summary.groups).toHaveLength(1);
    const g = summary.groups[0];
    expect(g.total).toEqual({
      path: [], depth: 0, stations: 4, averagePercent: 72.72, levels: { pass: 2 }, unrated: 2,
      targets: [{ id: 'starred', share: 50, minPercent: 60, met: false }, { id: 'top-level', share: 50, minPercent: 30, met: true }],
    });
    const byPath = Object.fromEntries(g.regions.map((r) => [r.path.join('/'), [r.stations, r.averagePercent, r.levels.pass, r.unrated]]));
    expect(byPath).toEqual({
      '浙江省': [4, 72.72, 2, 2],
      '浙江省/示例市': [3, 68.63, 1, 2], // (100 + 29.41 + 76.47) / 3 = 68.627
      '浙江省/示例市/云溪县': [2, 64.71, 1, 1], // (100 + 29.41) / 2 = 64.705
      '浙江省/示例市/云溪县/白沙镇': [2, 64.71, 1, 1], // B's village is below the town: rolled into it
      '浙江省/示例市/竹塘县': [1, 76.47, 0, 1],
      '浙江省/示例市/竹塘县/石门镇': [1, 76.47, 0, 1],
      '浙江省/东岭市': [1, 85, 1, 0],
      '浙江省/东岭市/北塘区': [1, 85, 1, 0],
      '浙江省/东岭市/北塘区/柳湾镇': [1, 85, 1, 0],
    });
    // tree order, each region right before the regions inside it, siblings in pinyin order (杭 háng < 嘉 jiā)
    expect(g.regions.map((r) => r.path[r.path.length - 1])).toEqual(['浙江省', '东岭市', '北塘区', '柳湾镇', '示例市', '云溪县', '白沙镇', '竹塘县', '石门镇']);
    expect(g.regions.find((r) => r.path.join('/') === '浙江省/示例市')!.targets).toEqual([
      { id: 'starred', share: 33.33, minPercent: 60, met: false },
      { id: 'top-level', share: 33.33, minPercent: 30, met: true },
    ]);
  });

  it('ranks the items failed most often (fail or unanswered over assessed; bonus items left out)', async () => {
    const g = (await summarise([[0, 1, 2, 3]])).groups[0];
    expect(g.items.map((i) => [i.id, i.assessed, i.failed, i.partial, i.failRate])).toEqual([
      ['m-org-1', 4, 1, 0, 25], // C's veto
      ['m-org-2', 4, 1, 0, 25], // B: no photo
      ['m-svc-1', 4, 1, 0, 25], // B: 70
      ['m-svc-2', 4, 1, 1, 25], // D unanswered; B partial
      ['m-svc-3', 2, 0, 0, 0], // towns only
    ]);
  });

  it('averages each section over the stations it applies to', async () => {
    const g = (await summarise([[0, 1, 2, 3]])).groups[0];
    // org: 100, 40, 60, 100 → 75; svc: 100, 1/7 = 14.29, 100, 7/10 = 70 → 71.07
    expect(g.sections.map((s) => [s.id, s.stations, s.averagePercent])).toEqual([['org', 4, 75], ['svc', 4, 71.07]]);
  });

  it('is the same however the records are split into chunks', async () => {
    const whole = await summarise([[0, 1, 2, 3]]);
    expect(await summarise([[0], [1, 2], [3]])).toEqual(whole);
    expect(await summarise([[3, 2], [1, 0]])).toEqual(whole);
  });

  it('renders CSV rows per region and a self-contained HTML page with escaped text', async () => {
    const summary = await summarise([[0, 1, 2, 3]]);
    const csv = renderSummaryCsv(summary, 'en');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows: string[][] = parse(csv.slice(1));
    expect(rows[0]).toEqual([
      'Standard or scheme', 'Region', 'Depth', 'Stations', 'Average percent', 'Met', 'Unrated',
      'Share of stations with a level ≥ 60%', 'Share of stations with a level ≥ 60% (met)',
      'Share of stations at "Met" ≥ 30%', 'Share of stations at "Met" ≥ 30% (met)',
    ]);
    expect(rows[1]).toEqual(['mini@1.0.0', 'All', '0', '4', '72.72', '2', '2', '50', '0', '50', '1']);
    expect(rows[6]).toEqual(['mini@1.0.0', '浙江省/示例市', '2', '3', '68.63', '1', '2', '33.33', '0', '33.33', '1']);
    expect(rows).toHaveLength(1 + 1 + 9);

    summary.groups[0].regions[0].path = ['<script>alert(1)</script>'];
    const html = renderSummaryHtml(summary, 'zh-CN');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html.match(/<svg /g)!.length).toBeGreaterThanOrEqual(4);
    expect(html).toContain('72.72%');
  });
});

describe('regional targets are decided exactly (issue 8.3)', () => {
  it('issue 8.3: 2 of 3 stations (66.666… %, shown 66.67) do not meet a 66.67 % target', async () => {
    const compiled = compile(await loadStandard(MINI, TRUSTED));
    const meta = groupMeta(compiled);
    const acc = new SummaryAccumulator();
    for (const i of [0, 1, 3]) {
      const checked = validateInspection(compiled, records[i]);
      if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
      acc.add(evaluate(compiled, checked.inspection), meta);
    }
    const summary = acc.finish({ total: 3, good: 3, bad: 0, blank: 0 }, [
      { id: 'two-thirds', level: 'any', minPercent: 66.67 },
      { id: 'two-thirds-exact', level: 'any', minPercent: 66.66 },
    ]);
    const zhejiang = summary.groups[0].regions.find((r) => r.path.join('/') === '浙江省')!;
    expect(zhejiang.targets).toEqual([
      { id: 'two-thirds', share: 66.67, minPercent: 66.67, met: false },
      { id: 'two-thirds-exact', share: 66.67, minPercent: 66.66, met: true },
    ]);
  });
});
