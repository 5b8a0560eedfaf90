// fx-serve (tests/fixtures/service.yaml, missing: exclude) evaluated by hand, field by field.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Compiled } from '../../src/index.js';
import { compileFixtureStandard, evaluateValid, readInspection } from '../helpers/engine.js';

let serve: Compiled;
beforeAll(async () => {
  serve = await compileFixtureStandard('service.yaml');
});

describe('fx-serve, town station (inspections/serve-town.yaml)', () => {
  it('evaluates as computed by hand', () => {
    const e = evaluateValid(serve, readInspection('serve-town.yaml'));
    expect(e.standard.id).toBe('fx-serve');
    expect(e.items).toMatchObject([
      // count 5 × 0.5 = 2.5 of 3; ledger evidence given (no age limit)
      { id: 's-visits', state: 'partial', points: 2.5, max: 3, reasons: [{ code: 'count-earned', params: { count: 5, per: 0.5 } }] },
      // (85 − 70) / (90 − 70) = 0.75 × 4 = 3
      { id: 's-satisfaction', state: 'partial', points: 3, max: 4, reasons: [{ code: 'threshold-partial', params: { value: 85, target: 90 } }] },
      // atMost: (3 − 6) / (2 − 6) = 0.75 × 3 = 2.25
      { id: 's-response', state: 'partial', points: 2.25, max: 3, reasons: [{ code: 'threshold-partial', params: { value: 3, target: 2 } }] },
      // 3 × 1 = 3 off, capped at 2: 4 − 2 = 2
      { id: 's-petitions', state: 'partial', points: 2, max: 4, reasons: [{ code: 'deduction-taken', params: { count: 3, deducted: 2 } }] },
      // 1 × 0.5 off: 2 − 0.5 = 1.5
      { id: 's-complaints', state: 'partial', points: 1.5, max: 2, reasons: [{ code: 'deduction-taken', params: { count: 1, deducted: 0.5 } }] },
      { id: 's-policy', state: 'unanswered', points: 0, max: 2, reasons: [{ code: 'unanswered-excluded' }] },
      // all five met; the document is 335 days old (≤ 365)
      { id: 's-five', state: 'pass', points: 5, max: 5, reasons: [] },
      // two photos needed, one given
      { id: 's-duty', state: 'fail', points: 0, max: 4, reasons: [{ code: 'evidence-missing', params: { kind: 'photo', need: 2, have: 1 } }] },
      // 4 × 1, capped at 3
      { id: 's-training', state: 'pass', points: 3, max: 3, reasons: [] },
      { id: 's-star', state: 'pass', points: 2, max: 2, bonus: true, reasons: [] },
    ]);
    expect(e.sections).toMatchObject([
      // 2.5 + 3 + 2.25 + 2 + 1.5 = 11.25 of 3 + 4 + 3 + 4 + 2 = 16 (s-policy excluded) = 70.3125 → 70.31
      { id: 's-care', title: { 'zh-CN': '服务', en: 'Care' }, points: 11.25, max: 16, percent: 70.31 },
      // 5 + 0 + 3 = 8 of 12 = 66.666… → 66.67
      { id: 's-org', title: { 'zh-CN': '组织', en: 'Organisation' }, points: 8, max: 12, percent: 66.67 },
    ]);
    // points 19.25 of 28; bonus min(2, 1.5) = 1.5; (19.25 + 1.5) / 28 = 74.107… → 74.11; deductions 2 + 0.5
    expect(e.score).toEqual({ points: 19.25, max: 28, percent: 74.11, bonus: 1.5, deductions: 2.5 });
    expect(e.vetoes).toEqual([]);
    expect(e.rating).toMatchObject({ level: 'pass', label: { 'zh-CN': '达标', en: 'Met' }, levels: [{ id: 'pass', met: true, unmet: [] }] });
    // already at the only level
    expect(e.gap).toEqual({ target: null, reachable: true, steps: [] });
    expect(e.warnings).toEqual([]);
  });

  it('a gap to the level already held is empty and reachable', () => {
    expect(evaluateValid(serve, readInspection('serve-town.yaml'), 'pass').gap).toEqual({ target: 'pass', reachable: true, steps: [] });
  });
});

describe('fx-serve, village station (inspections/serve-village.yaml)', () => {
  it('evaluates as computed by hand', () => {
    const e = evaluateValid(serve, readInspection('serve-village.yaml'));
    const excluded = (id: string, max: number) => ({ id, state: 'unanswered', points: 0, max, reasons: [{ code: 'unanswered-excluded' }] });
    expect(e.items).toMatchObject([
      excluded('s-visits', 3),
      { id: 's-satisfaction', state: 'pass', points: 4, max: 4, reasons: [] },
      { id: 's-response', state: 'fail', points: 0, max: 3, reasons: [{ code: 'threshold-missed', params: { value: 8, target: 2 } }] },
      excluded('s-petitions', 4),
      { id: 's-complaints', state: 'pass', points: 2, max: 2, reasons: [] },
      excluded('s-policy', 2),
      // 3 of 5 × 5 = 3 would be earned, but no document: 0, and the veto fires
      {
        id: 's-five', state: 'fail', points: 0, max: 5,
        reasons: [
          { code: 'checklist-missing', params: { missing: 'system, service' } },
          { code: 'evidence-missing', params: { kind: 'document', need: 1, have: 0 } },
          { code: 'veto-failed' },
        ],
      },
      excluded('s-duty', 4),
      { id: 's-training', state: 'fail', points: 0, max: 3, reasons: [{ code: 'count-earned', params: { count: 0, per: 1 } }] },
      { id: 's-star', state: 'unanswered', points: 0, max: 2, bonus: true, reasons: [{ code: 'unanswered-excluded' }] },
    ]);
    expect(e.sections).toMatchObject([
      { id: 's-care', title: { 'zh-CN': '服务', en: 'Care' }, points: 6, max: 9, percent: 66.67 }, // 4 + 0 + 2 of 4 + 3 + 2
      { id: 's-org', title: { 'zh-CN': '组织', en: 'Organisation' }, points: 0, max: 8, percent: 0 }, // 0 + 0 of 5 + 3
    ]);
    // 6 of 17 = 35.294… → 35.29
    expect(e.score).toEqual({ points: 6, max: 17, percent: 35.29, bonus: 0, deductions: 0 });
    expect(e.vetoes).toEqual([{ item: 's-five', message: { 'zh-CN': '五有未落实', en: 'Five haves not in place' } }]);
    expect(e.rating).toMatchObject({
      level: null,
      label: null,
      levels: [{ id: 'pass', met: false, unmet: [{ code: 'level-min-percent', params: { percent: 35.29, min: 70 } }, { code: 'level-veto', params: { items: 's-five' } }] }],
    });
    // Veto first: s-five at full marks → 11/17 = 64.71, still short of 70. Then points, least effort (S)
    // first, among: s-visits 14/20 = 70 (+5.29), s-petitions 15/21 = 71.43 (+6.72), s-duty 15/21 (+6.72):
    // the first of the two biggest, s-petitions (unanswered, so answering adds its 4 to the maximum too).
    // Gains in plan order: 64.71 − 35.29 = 29.42, then 71.43 − 64.71 = 6.72.
    expect(e.gap).toEqual({
      target: 'pass',
      reachable: true,
      steps: [
        {
          item: 's-five', from: 'fail', to: 'pass',
          answer: { value: ['place', 'staff', 'funds', 'system', 'service'], evidence: [{ kind: 'document', date: '2025-06-01' }] },
          gain: 29.42, effort: 'M', reason: 'veto',
        },
        { item: 's-petitions', from: 'unanswered', to: 'pass', answer: 0, gain: 6.72, effort: 'S', reason: 'points' },
      ],
    });
    expect(e.warnings).toEqual([]);
  });
});
