// Station history over three rounds and an incident (issue 14.4).
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { stationHistory } from '../../src/lifecycle/history.js';
import { isIncidentRecord } from '../../src/lifecycle/standing.js';
import { renderHistoryHtml, renderHistoryMarkdown } from '../../src/report/history.js';
import { FOUR_STAR, RECHECK, ROOT, scored, vsr } from './helpers.js';

const SPOT = path.join(ROOT, 'tests/fixtures/rectify/four-star-town-spot-check.yaml');
const INCIDENT = path.join(ROOT, 'tests/fixtures/rectify/four-star-town-incident.yaml');

const records = await Promise.all([SPOT, FOUR_STAR, INCIDENT, RECHECK, path.join(ROOT, 'examples/inspections/five-star-town.yaml')].map(async (f) => {
  const s = await scored(f);
  return { evaluation: s.evaluation, incident: isIncidentRecord(s.evaluation, s.compiled), file: path.basename(f) };
}));

describe('station history (issue 14.4)', () => {
  const h = stationHistory('YX-BAISHA', records)!;

  it('issue 14.4: three rounds oldest first, with level, percent, items fixed and newly short per round', () => {
    expect(h.rounds.map((r) => [r.inspectedAt, r.level, r.percent])).toEqual([
      ['2023-11-28', 'four-star', 86.32],
      ['2024-01-25', 'five-star', 90.08],
      ['2024-06-15', 'three-star', 78.14],
    ]);
    expect(h.rounds[0].fixed).toEqual([]);
    expect(h.rounds[1].fixed).toHaveLength(19);
    expect(h.rounds[1].fixed).toContain('kt-visit-01');
    expect(h.rounds[1].newlyShort).toEqual(['con-sign-01']);
    expect(h.rounds[2].fixed).toEqual(['con-sign-01']);
    expect(h.rounds[2].sections.find((s) => s.id === 'con-basic')).toMatchObject({ percent: 83.33 });
    expect(h.incidents).toEqual([expect.objectContaining({ on: '2024-03-02', vetoes: [expect.objectContaining({ item: 'fq-result-03' })] })]);
    expect(stationHistory('NOBODY', records)).toBeNull();
  });

  it('issue 14.4: Markdown and HTML (self-contained, with an SVG trend through every round)', () => {
    const md = renderHistoryMarkdown(h, 'en');
    expect(md).toContain('# Rating history: 云溪县白沙镇退役军人服务站 (YX-BAISHA)');
    expect(md).toMatch(/\| 2024-03-02 \| incident record \|/);
    expect(md).toContain('| 2024-01-25 | star-rating@1.0.0 | Five stars | 90.08% |');
    const html = renderHistoryHtml(h, 'zh-CN');
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/<script/i);
    const polyline = /<polyline [^>]*points="([^"]+)"/.exec(html)![1].split(' ');
    expect(polyline).toHaveLength(3);
    // the highest round (90.08 %) is drawn highest (smallest y)
    const ys = polyline.map((p) => Number(p.split(',')[1]));
    expect(Math.min(...ys)).toBe(ys[1]);
  });

  it('issue 14.4: vsr history STATION FOLDER… prints the timeline; an unknown station exits 1 with a message', async () => {
    const r = await vsr(['history', 'YX-BAISHA', 'examples/inspections', 'tests/fixtures/rectify', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rounds.map((x: { level: string }) => x.level)).toEqual(['four-star', 'five-star', 'three-star']);
    const none = await vsr(['history', 'NOBODY', 'examples/inspections']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('找不到站点“NOBODY”的评定记录');
    expect(none.stderr).toContain('No evaluation of station "NOBODY" found');
  });
});
