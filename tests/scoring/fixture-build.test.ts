// fx-build (tests/fixtures/construction.yaml) evaluated by hand, field by field.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Compiled } from '../../src/index.js';
import { compileFixtureStandard, evaluateValid, readInspection } from '../helpers/engine.js';

let build: Compiled;
beforeAll(async () => {
  build = await compileFixtureStandard('construction.yaml');
});

const HASH = /^sha256:[0-9a-f]{64}$/;
const PASS_LABEL = { 'zh-CN': '达标', en: 'Met' };

describe('fx-build, town station (inspections/build-town.yaml)', () => {
  it('evaluates as computed by hand', () => {
    const e = evaluateValid(build, readInspection('build-town.yaml'));
    expect(e.schema).toBe('vsr/evaluation@1');
    expect(e.station).toEqual({ id: 'T-001', name: '测试镇服务站', level: 'town', region: ['浙江省', '示例市', '云溪县', '当湖街道'] });
    expect(e.standard).toMatchObject({ id: 'fx-build', version: '1.0.0', hash: expect.stringMatching(HASH) });
    expect(e.scheme).toBeNull();
    expect(e.inspectedAt).toBe('2025-06-01');

    // Items, in document order (a section's own items before its subsections'):
    expect(e.items).toMatchObject([
      // bonus 3 points earned; the pool is capped at 2 below
      { id: 'b-model', state: 'pass', points: 3, max: 3, bonus: true, reasons: [] },
      { id: 'b-sign', state: 'pass', points: 4, max: 4, reasons: [] },
      // grade b = 0.75 × 10 = 7.5, but photo evidence: 2025-03-01 is 92 days old (fresh), 2024-12-01 is
      // 31+31+28+31+30+31 = 182 days old (> 180, stale): 1 fresh of 2 needed → 0 points
      {
        id: 'b-area', state: 'fail', points: 0, max: 10,
        reasons: [
          { code: 'grade-earned', params: { grade: 'b', fraction: 0.75 } },
          { code: 'evidence-stale', params: { kind: 'photo', need: 2, have: 1, days: 180 } },
        ],
      },
      // 3 of 4 requirements × 6 = 4.5
      { id: 'b-rooms', state: 'partial', points: 4.5, max: 6, reasons: [{ code: 'checklist-missing', params: { missing: 'archive' } }] },
      { id: 'b-lift', state: 'not-applicable', points: 0, max: 4, reasons: [{ code: 'not-applicable-level', params: { level: 'town' } }] },
      // mode all, funds missing → 0
      { id: 'b-files', state: 'fail', points: 0, max: 6, reasons: [{ code: 'checklist-missing', params: { missing: 'funds' } }] },
      { id: 'b-archive', state: 'pass', points: 10, max: 10, reasons: [] },
    ]);

    expect(e.sections).toMatchObject([
      { id: 'b-venue', title: { 'zh-CN': '场所', en: 'Venue' }, points: 8.5, max: 20, percent: 42.5 }, // 4 + 0 + 4.5 of 4 + 10 + 6 (b-lift left out)
      { id: 'b-venue-space', title: { 'zh-CN': '场地', en: 'Space' }, points: 4, max: 14, percent: 28.57 }, // 4/14 = 28.571…
      { id: 'b-venue-rooms', title: { 'zh-CN': '功能室', en: 'Rooms' }, points: 4.5, max: 6, percent: 75 },
      { id: 'b-ledger', title: { 'zh-CN': '台账', en: 'Ledgers' }, points: 10, max: 16, percent: 62.5 },
    ]);

    // points 8.5 + 10 = 18.5 of 36; bonus min(3, 2) = 2; percent (18.5 + 2) / 36 = 56.944… → 56.94
    expect(e.score).toEqual({ points: 18.5, max: 36, percent: 56.94, bonus: 2, deductions: 0 });
    expect(e.vetoes).toEqual([]);
    expect(e.rating).toMatchObject({
      level: null,
      label: null,
      levels: [{ id: 'pass', met: false, unmet: [{ code: 'level-min-percent', params: { percent: 56.94, min: 60 } }] }],
    });

    // To reach 60: candidates at full marks — b-area (L) 30.5/36 = 84.72, b-rooms (M) 22/36 = 61.11,
    // b-files (M) 26.5/36 = 73.61. Least effort (M), then the bigger gain: b-files, 73.61 − 56.94 = 16.67.
    expect(e.gap).toEqual({
      target: 'pass',
      reachable: true,
      steps: [{ item: 'b-files', from: 'fail', to: 'pass', answer: ['roster', 'visits', 'funds'], gain: 16.67, effort: 'M', reason: 'points' }],
    });
    expect(e.warnings).toEqual([]);
  });
});

describe('fx-build, village station (inspections/build-village.yaml)', () => {
  it('evaluates as computed by hand', () => {
    const e = evaluateValid(build, readInspection('build-village.yaml'));
    expect(e.station).toEqual({ id: 'V-001', name: '测试村服务站', level: 'village' });
    const expired = { reason: '标识定制中', approvedBy: '县退役军人事务局', expires: '2025-05-15' };
    expect(e.items).toMatchObject([
      { id: 'b-model', state: 'unanswered', points: 0, max: 3, bonus: true, reasons: [{ code: 'unanswered' }] },
      // the waiver expired on 2025-05-15: scored on the answer (false), and the veto fires
      { id: 'b-sign', state: 'fail', points: 0, max: 4, reasons: [{ code: 'waiver-expired', params: expired }, { code: 'veto-failed' }] },
      // photos 31 and 30 days old, both within 180
      { id: 'b-area', state: 'pass', points: 10, max: 10, reasons: [] },
      {
        id: 'b-rooms', state: 'waived', points: 0, max: 6,
        reasons: [{ code: 'waived', params: { reason: '功能室改造中', approvedBy: '县退役军人事务局', expires: '2025-12-31' } }],
      },
      { id: 'b-lift', state: 'not-applicable', points: 0, max: 4, reasons: [{ code: 'not-applicable-level', params: { level: 'village' } }] },
      // the ledger section applies to county and town only; the answer to b-files is ignored
      { id: 'b-files', state: 'not-applicable', points: 0, max: 6, reasons: [{ code: 'not-applicable-level', params: { level: 'village' } }] },
      { id: 'b-archive', state: 'not-applicable', points: 0, max: 10, reasons: [{ code: 'not-applicable-level', params: { level: 'village' } }] },
    ]);
    expect(e.sections).toMatchObject([
      { id: 'b-venue', title: { 'zh-CN': '场所', en: 'Venue' }, points: 10, max: 14, percent: 71.43 }, // 10/14 = 71.428…
      { id: 'b-venue-space', title: { 'zh-CN': '场地', en: 'Space' }, points: 10, max: 14, percent: 71.43 },
      { id: 'b-venue-rooms', title: { 'zh-CN': '功能室', en: 'Rooms' }, points: 0, max: 0, percent: 0 },
      { id: 'b-ledger', title: { 'zh-CN': '台账', en: 'Ledgers' }, points: 0, max: 0, percent: 0 },
    ]);
    expect(e.score).toEqual({ points: 10, max: 14, percent: 71.43, bonus: 0, deductions: 0 });
    expect(e.vetoes).toEqual([{ item: 'b-sign', message: { 'zh-CN': '无统一标识', en: 'No standard sign' } }]);
    // 71.43 ≥ 60, but the veto blocks the pass level
    expect(e.rating).toMatchObject({ level: null, label: null, levels: [{ id: 'pass', met: false, unmet: [{ code: 'level-veto', params: { items: 'b-sign' } }] }] });
    // fixing the veto: 14/14 = 100, gain 100 − 71.43 = 28.57
    expect(e.gap).toEqual({
      target: 'pass',
      reachable: true,
      steps: [{ item: 'b-sign', from: 'fail', to: 'pass', answer: true, gain: 28.57, effort: 'S', reason: 'veto' }],
    });
    expect(e.warnings).toEqual([{ code: 'waiver-expired', params: { item: 'b-sign', ...expired } }]);
  });

  it('with the gap applied, the station passes', () => {
    const data = readInspection('build-village.yaml');
    const e = evaluateValid(build, { ...data, answers: { ...data.answers, 'b-sign': true } });
    expect(e.score.percent).toBe(100);
    expect(e.rating).toMatchObject({ level: 'pass', label: PASS_LABEL, levels: [{ id: 'pass', met: true, unmet: [] }] });
    expect(e.gap).toEqual({ target: null, reachable: true, steps: [] });
  });
});
