// fx-stars (tests/fixtures/scheme.yaml): fx-build weight 6, fx-serve weight 4, fx-safety weight 0 (a
// prerequisite). Evaluations, ratings and gap plans computed by hand, field by field.
import { beforeAll, describe, expect, it } from 'vitest';
import { planGap } from '../../src/index.js';
import type { Compiled } from '../../src/index.js';
import { applyGap, compileFixtureScheme, evaluateValid, readInspection } from '../helpers/engine.js';

let stars: Compiled;
beforeAll(async () => {
  stars = await compileFixtureScheme();
});

const HASH = /^sha256:[0-9a-f]{64}$/;
const LABEL = { four: { 'zh-CN': '四星', en: 'Four stars' } };
/** A component's score (version 1.0.0, applicable). */
function component(id: string, weight: number, points: number, max: number, percent: number, bonus = 0) {
  return { id, version: '1.0.0', weight, points, max, percent, bonus, applicable: true };
}
const photosOnInspectionDay = [{ kind: 'photo', date: '2025-06-01' }, { kind: 'photo', date: '2025-06-01' }];

describe('county station (inspections/stars-county.yaml)', () => {
  it('scores each component and the weighted composite', () => {
    const e = evaluateValid(stars, readInspection('stars-county.yaml'));
    expect(e.standard).toMatchObject({ id: 'fx-stars', version: '1.0.0', hash: expect.stringMatching(HASH) });
    expect(e.scheme).toMatchObject({ id: 'fx-stars', version: '1.0.0' });
    // fx-build: 4 + 10 + 6 + 0 (lift) + 6 + 10 = 36 of 40 = 90
    // fx-serve: 3 + 4 + 1.5 + 4 + 1 + 2 + 5 + 0 (duty: no photos) + 3 = 23.5 of 30; bonus min(2, 1.5);
    //           (23.5 + 1.5) / 30 = 83.33
    // fx-safety: 6 + 4 = 10 of 10 = 100 (weight 0: not in the composite, points or max)
    // composite (6 × 90 + 4 × 83.33) / 10 = 87.332 → 87.33
    expect(e.score).toMatchObject({
      points: 59.5, max: 70, percent: 87.33, bonus: 1.5, deductions: 1,
      components: [
        component('fx-build', 6, 36, 40, 90),
        component('fx-serve', 4, 23.5, 30, 83.33, 1.5),
        component('fx-safety', 0, 10, 10, 100),
      ],
    });
    expect(e.sections).toMatchObject([
      { id: 'b-venue', title: { 'zh-CN': '场所', en: 'Venue' }, points: 20, max: 24, percent: 83.33 },
      { id: 'b-venue-space', title: { 'zh-CN': '场地', en: 'Space' }, points: 14, max: 14, percent: 100 },
      { id: 'b-venue-rooms', title: { 'zh-CN': '功能室', en: 'Rooms' }, points: 6, max: 10, percent: 60 },
      { id: 'b-ledger', title: { 'zh-CN': '台账', en: 'Ledgers' }, points: 16, max: 16, percent: 100 },
      { id: 's-care', title: { 'zh-CN': '服务', en: 'Care' }, points: 15.5, max: 18, percent: 86.11 }, // 15.5/18 = 86.111…
      { id: 's-org', title: { 'zh-CN': '组织', en: 'Organisation' }, points: 8, max: 12, percent: 66.67 },
      { id: 'f-fire', title: { 'zh-CN': '消防', en: 'Fire safety' }, points: 10, max: 10, percent: 100 },
    ]);
    expect(e.items.map((i) => [i.id, i.state, i.points])).toEqual([
      ['b-model', 'fail', 0], ['b-sign', 'pass', 4], ['b-area', 'pass', 10], ['b-rooms', 'pass', 6], ['b-lift', 'fail', 0],
      ['b-files', 'pass', 6], ['b-archive', 'pass', 10],
      ['s-visits', 'pass', 3], ['s-satisfaction', 'pass', 4], ['s-response', 'partial', 1.5], ['s-petitions', 'pass', 4],
      ['s-complaints', 'partial', 1], ['s-policy', 'pass', 2], ['s-five', 'pass', 5], ['s-duty', 'fail', 0], ['s-training', 'pass', 3],
      ['s-star', 'pass', 2],
      ['f-extinguisher', 'pass', 6], ['f-drill', 'pass', 4],
    ]);
    expect(e.vetoes).toEqual([]);
    expect(e.warnings).toEqual([]);
  });

  it('rates four stars and says what five lacks', () => {
    const e = evaluateValid(stars, readInspection('stars-county.yaml'));
    expect(e.rating).toMatchObject({
      level: 'four',
      label: LABEL.four,
      levels: [
        { id: 'three', met: true, unmet: [] },
        // 87.33 ≥ 75; b-venue 83.33 ≥ 70; fx-safety 100 ≥ its passMark 80, no veto
        { id: 'four', met: true, unmet: [] },
        {
          id: 'five',
          met: false,
          unmet: [
            { code: 'level-min-percent', params: { percent: 87.33, min: 90 } },
            { code: 'level-section', params: { section: 's-care', percent: 86.11, min: 90 } },
            { code: 'level-items', params: { items: 'b-lift, s-duty' } },
            { code: 'level-standard', params: { standard: 'fx-serve', percent: 83.33, min: 85 } },
            // b-archive passed: its condition (county only) holds
          ],
        },
      ],
    });
  });

  it('plans five stars: required items first, then the section, then nothing more', () => {
    const e = evaluateValid(stars, readInspection('stars-county.yaml'));
    // Required items b-lift and s-duty first (in the order named). Then s-care, still 86.11 < 90: of its
    // improvable items s-complaints (S, → 91.67) beats s-response (M). Then fx-serve is
    // (23.5 + 4 + 1 + 1.5) / 30 = 100 ≥ 85 and the composite 100 ≥ 90.
    // Gains in plan order: b-lift → fx-build 100, composite (600 + 333.32) / 10 = 93.33: +6;
    // s-duty → fx-serve 29/30 = 96.67, composite 98.67: +5.34; s-complaints → 100: +1.33.
    expect(e.gap).toEqual({
      target: 'five',
      reachable: true,
      steps: [
        { item: 'b-lift', from: 'fail', to: 'pass', answer: true, gain: 6, effort: 'L', reason: 'required' },
        { item: 's-duty', from: 'fail', to: 'pass', answer: { value: true, evidence: photosOnInspectionDay }, gain: 5.34, effort: 'S', reason: 'required' },
        { item: 's-complaints', from: 'partial', to: 'pass', answer: 0, gain: 1.33, effort: 'S', reason: 'section' },
      ],
    });
    const after = evaluateValid(stars, applyGap(readInspection('stars-county.yaml'), e.gap.steps));
    expect(after.rating.level).toBe('five');
    expect(after.score.percent).toBe(100);
  });

  it('a lower target already met, or an unknown one', () => {
    const data = readInspection('stars-county.yaml');
    expect(planGap(stars, data, 'three')).toEqual({ target: 'three', reachable: true, steps: [] });
    expect(planGap(stars, data, 'six')).toEqual({
      target: 'six', reachable: false, steps: [],
      why: [{ code: 'gap-unknown-level', params: { target: 'six', allowed: 'three, four, five' } }],
    });
  });
});

describe('village station (inspections/stars-village.yaml)', () => {
  it('scores, with the ledger section and the lift not applying', () => {
    const e = evaluateValid(stars, readInspection('stars-village.yaml'));
    // fx-build: 4 + 0.4 × 10 + 2/4 × 6 = 11 of 4 + 10 + 6 = 20; bonus min(3, 2) = 2; (11 + 2) / 20 = 65
    // fx-serve (missing: exclude): 4 + 5 + 4 = 13 of 13 = 100
    // fx-safety: 6 of 10 = 60, and the fire drill veto fires
    // composite (6 × 65 + 4 × 100) / 10 = 79
    expect(e.score).toMatchObject({
      points: 24, max: 33, percent: 79, bonus: 2, deductions: 0,
      components: [
        component('fx-build', 6, 11, 20, 65, 2),
        component('fx-serve', 4, 13, 13, 100),
        component('fx-safety', 0, 6, 10, 60),
      ],
    });
    expect(e.sections).toMatchObject([
      { id: 'b-venue', title: { 'zh-CN': '场所', en: 'Venue' }, points: 11, max: 20, percent: 55 },
      { id: 'b-venue-space', title: { 'zh-CN': '场地', en: 'Space' }, points: 8, max: 14, percent: 57.14 },
      { id: 'b-venue-rooms', title: { 'zh-CN': '功能室', en: 'Rooms' }, points: 3, max: 6, percent: 50 },
      { id: 'b-ledger', title: { 'zh-CN': '台账', en: 'Ledgers' }, points: 0, max: 0, percent: 0 },
      { id: 's-care', title: { 'zh-CN': '服务', en: 'Care' }, points: 4, max: 4, percent: 100 },
      { id: 's-org', title: { 'zh-CN': '组织', en: 'Organisation' }, points: 9, max: 9, percent: 100 },
      { id: 'f-fire', title: { 'zh-CN': '消防', en: 'Fire safety' }, points: 6, max: 10, percent: 60 },
    ]);
    expect(e.items.filter((i) => i.state === 'not-applicable').map((i) => i.id)).toEqual(['b-lift', 'b-files', 'b-archive']);
    expect(e.items.find((i) => i.id === 'f-drill')).toMatchObject({
      id: 'f-drill', state: 'fail', points: 0, max: 4,
      reasons: [{ code: 'grade-earned', params: { grade: 'none', fraction: 0 } }, { code: 'veto-failed' }],
    });
    expect(e.vetoes).toEqual([{ item: 'f-drill', message: { 'zh-CN': '未开展消防演练', en: 'No fire drill' } }]);
  });

  it('a failed veto in the weight-0 prerequisite blocks every level; appliesTo conditions hold trivially', () => {
    const e = evaluateValid(stars, readInspection('stars-village.yaml'));
    expect(e.rating).toMatchObject({
      level: null,
      label: null,
      levels: [
        { id: 'three', met: false, unmet: [{ code: 'level-veto', params: { items: 'f-drill' } }] },
        {
          id: 'four',
          met: false,
          unmet: [
            { code: 'level-veto', params: { items: 'f-drill' } },
            { code: 'level-section', params: { section: 'b-venue', percent: 55, min: 70 } },
            { code: 'level-standard', params: { standard: 'fx-safety', percent: 60, min: 80 } },
          ],
        },
        // s-care 100 holds; b-lift (not applicable) and s-duty (pass) hold; the fx-serve and b-archive
        // conditions apply to county/town and county stations only
        { id: 'five', met: false, unmet: [{ code: 'level-min-percent', params: { percent: 79, min: 90 } }, { code: 'level-veto', params: { items: 'f-drill' } }] },
      ],
    });
  });

  it('plans three stars: just the veto, which adds nothing to the composite', () => {
    const e = evaluateValid(stars, readInspection('stars-village.yaml'));
    expect(e.gap).toEqual({
      target: 'three',
      reachable: true,
      steps: [{ item: 'f-drill', from: 'fail', to: 'pass', answer: 'done', gain: 0, effort: 'M', reason: 'veto' }],
    });
  });

  it('plans four stars: the veto, then the b-venue section', () => {
    // b-venue 55 < 70: b-rooms (M) at full → (4 + 4 + 6) / 20 = 70 beats b-area (L). fx-safety is then 100
    // with no veto. b-rooms → fx-build (14 + 2) / 20 = 80, composite (480 + 400) / 10 = 88: +9.
    expect(planGap(stars, readInspection('stars-village.yaml'), 'four')).toEqual({
      target: 'four',
      reachable: true,
      steps: [
        { item: 'f-drill', from: 'fail', to: 'pass', answer: 'done', gain: 0, effort: 'M', reason: 'veto' },
        { item: 'b-rooms', from: 'partial', to: 'pass', answer: ['office', 'reception', 'activity', 'archive'], gain: 9, effort: 'M', reason: 'section' },
      ],
    });
  });

  it('plans five stars: the veto, then points, dropping a step the target does not need', () => {
    // After the veto, composite 79 < 90. Only fx-build can still gain (fx-serve is at 100). By effort:
    // b-rooms (M) → 88, then b-area (L) → 100. Pruning, latest first: without b-area 88 < 90 (kept);
    // without b-rooms, b-area alone gives (4 + 10 + 3 + 2) / 20 = 95 → composite 97 (dropped).
    // b-area → +18 (79 → 97).
    const gap = planGap(stars, readInspection('stars-village.yaml'), 'five');
    expect(gap).toEqual({
      target: 'five',
      reachable: true,
      steps: [
        { item: 'f-drill', from: 'fail', to: 'pass', answer: 'done', gain: 0, effort: 'M', reason: 'veto' },
        { item: 'b-area', from: 'partial', to: 'pass', answer: { value: 'a', evidence: photosOnInspectionDay }, gain: 18, effort: 'L', reason: 'points' },
      ],
    });
    const after = evaluateValid(stars, applyGap(readInspection('stars-village.yaml'), gap.steps));
    expect(after.score.percent).toBe(97);
    expect(after.rating.level).toBe('five');
  });
});
