// Level conditions (noVeto, itemsPassed, section, standardMet, appliesTo), the composite percent and
// the choice of the highest level met.
import { describe, expect, it } from 'vitest';
import type { Condition, Item } from '../../src/index.js';
import type { Waiver } from '../../src/types/inspection.js';
import { compileItems, compileScheme, evaluateValid, inspection, item, level, scoreItems, standard, veto } from '../helpers/engine.js';

const yes: Item['check'] = { type: 'boolean' };

/** A standard `id` with one section `sectionId`. */
function oneSection(id: string, sectionId: string, items: Item[], extra: Parameters<typeof standard>[1] = {}) {
  return standard([], { id, sections: [{ id: sectionId, title: { 'zh-CN': sectionId, en: sectionId }, items }], ...extra });
}

// Standard A: a1 (4, veto), a2 (4), a3 (2, county only) in section sa; passMark 75.
const stdA = oneSection('std-a', 'sa', [item('a1', 4, yes, { veto: veto() }), item('a2', 4, yes), item('a3', 2, yes, { appliesTo: ['county'] })], { passMark: 75 });
// Standard B: b1 (6, count per 1), b2 (4, veto) in section sb; no passMark.
const stdB = oneSection('std-b', 'sb', [item('b1', 6, { type: 'count', per: 1 }), item('b2', 4, yes, { veto: veto() })]);

const waive = (id: string): Waiver => ({ item: id, reason: '改造', approvedBy: '局', expires: '2099-12-31' });

/** Rates a two-standard scheme (weights 1 and 1) with one level. */
function rateOne(requires: Parameters<typeof level>[2], answers: Record<string, unknown>, options: { level?: 'county' | 'town' | 'village'; waivers?: Waiver[]; minPercent?: number; weights?: [number, number] } = {}) {
  const [wa, wb] = options.weights ?? [1, 1];
  const compiled = compileScheme([[stdA, wa], [stdB, wb]], [level('l1', options.minPercent ?? 0, requires)]);
  const e = evaluateValid(compiled, inspection(answers as never, { level: options.level ?? 'town', waivers: options.waivers }));
  return { e, unmet: e.rating.levels[0].unmet, met: e.rating.levels[0].met };
}

const all = { a1: true, a2: true, b1: 6, b2: true };

describe('noVeto', () => {
  it('holds with no failed veto', () => {
    expect(rateOne([{ noVeto: true }], all).met).toBe(true);
  });
  it('lists the failed vetoes of every component, in item order', () => {
    expect(rateOne([{ noVeto: true }], { ...all, a1: false, b2: false }).unmet).toEqual([{ code: 'level-veto', params: { items: 'a1, b2' } }]);
  });
});

describe('itemsPassed', () => {
  it('holds for passed, waived and not-applicable items', () => {
    const r = rateOne([{ itemsPassed: ['a1', 'a2', 'a3'] }], { ...all, a2: false }, { waivers: [waive('a2')] });
    expect(r.e.items.map((i) => i.state).slice(0, 3)).toEqual(['pass', 'waived', 'not-applicable']);
    expect(r.met).toBe(true);
  });
  it('does not hold for partial, failed or unanswered items, and names them', () => {
    const r = rateOne([{ itemsPassed: ['b1', 'a2', 'b2', 'a1'] }], { a1: true, a2: false, b1: 3 });
    expect(r.unmet).toEqual([{ code: 'level-items', params: { items: 'b1, a2, b2' } }]);
  });
});

describe('section minPercent', () => {
  it('holds at the minimum, not below it', () => {
    // sb: b1 3 of 6 + b2 4 of 4 = 7 of 10 = 70
    expect(rateOne([{ section: 'sb', minPercent: 70 }], { ...all, b1: 3 }).met).toBe(true);
    expect(rateOne([{ section: 'sb', minPercent: 70.01 }], { ...all, b1: 3 }).unmet).toEqual([
      { code: 'level-section', params: { section: 'sb', percent: 70, min: 70.01 } },
    ]);
  });
  it('uses the section’s applicable maximum', () => {
    // town: a3 does not apply; sa: a1 4 + a2 0 of 8 = 50
    expect(rateOne([{ section: 'sa', minPercent: 60 }], { ...all, a2: false }).unmet).toEqual([
      { code: 'level-section', params: { section: 'sa', percent: 50, min: 60 } },
    ]);
  });
});

describe('standardMet', () => {
  it('defaults to the standard’s passMark', () => {
    // std-a: 4 of 8 = 50 < 75
    expect(rateOne([{ standardMet: 'std-a' }], { ...all, a2: false }).unmet).toEqual([
      { code: 'level-standard', params: { standard: 'std-a', percent: 50, min: 75 } },
    ]);
    expect(rateOne([{ standardMet: 'std-a' }], all).met).toBe(true);
  });
  it('takes its own minPercent', () => {
    expect(rateOne([{ standardMet: 'std-a', minPercent: 50 }], { ...all, a2: false }).met).toBe(true);
    expect(rateOne([{ standardMet: 'std-b', minPercent: 80 }], { ...all, b1: 3 }).unmet).toEqual([
      { code: 'level-standard', params: { standard: 'std-b', percent: 70, min: 80 } },
    ]);
  });
  it('a veto in that standard blocks it; a veto elsewhere does not', () => {
    // std-b: b1 6 + b2 0 of 10 = 60 ≥ 50, but its own veto (b2) fails the condition
    expect(rateOne([{ standardMet: 'std-b', minPercent: 50 }], { ...all, b2: false }).unmet).toEqual([
      { code: 'level-standard', params: { standard: 'std-b', percent: 60, min: 50 } },
    ]);
    expect(rateOne([{ standardMet: 'std-b', minPercent: 50 }], { ...all, a1: false }).met).toBe(true);
  });
  it('a standard that does not apply to the station cannot be met', () => {
    const countyOnly = standard([item('c1', 2, yes)], { id: 'std-c', appliesTo: ['county'], passMark: 50 });
    const compiled = compileScheme([[stdB, 1], [countyOnly, 0]], [level('l1', 0, [{ standardMet: 'std-c' }])]);
    const e = evaluateValid(compiled, inspection({ b1: 6, b2: true }));
    expect(e.rating.levels[0].unmet).toEqual([{ code: 'level-standard-na', params: { standard: 'std-c' } }]);
    expect(e.gap).toEqual({
      target: 'l1', reachable: false, steps: [],
      why: [{ code: 'gap-no-candidates', params: { condition: 'level-standard-na' } }, { code: 'level-standard-na', params: { standard: 'std-c' } }],
    });
  });
});

describe('appliesTo on conditions', () => {
  const failing = { ...all, a1: false, a2: false, b1: 0 };
  it('every condition type holds trivially for other station levels', () => {
    const requires: Condition[] = [
      { noVeto: true, appliesTo: ['county'] },
      { itemsPassed: ['a2'], appliesTo: ['county'] },
      { section: 'sb', minPercent: 90, appliesTo: ['county'] },
      { standardMet: 'std-a', appliesTo: ['county'] },
    ];
    expect(rateOne(requires, failing, { level: 'town' }).met).toBe(true);
    expect(rateOne(requires, failing, { level: 'county' }).unmet.map((r) => r.code)).toEqual(['level-veto', 'level-items', 'level-section', 'level-standard']);
  });
});

describe('the composite percent and minPercent', () => {
  it('weights the components’ percents', () => {
    // std-a 4 of 8 = 50; std-b (3 + 4) of 10 = 70; weights 1 and 3: (50 + 210) / 4 = 65
    const r = rateOne([], { ...all, a2: false, b1: 3 }, { weights: [1, 3], minPercent: 65 });
    expect(r.e.score.percent).toBe(65);
    expect(r.met).toBe(true);
    expect(rateOne([], { ...all, a2: false, b1: 3 }, { weights: [1, 3], minPercent: 65.01 }).unmet).toEqual([
      { code: 'level-min-percent', params: { percent: 65, min: 65.01 } },
    ]);
  });
  it('rounds the weighted mean to two decimals', () => {
    // std-a 100, std-b 1 of 10 = 10, weights 1 and 2: (100 + 20) / 3 = 40
    expect(rateOne([], { ...all, b1: 1, b2: false }, { weights: [1, 2] }).e.score.percent).toBe(40);
    // std-a 100, std-b 2 of 10 = 20, weights 1 and 2: (100 + 40) / 3 = 46.666… → 46.67
    expect(rateOne([], { ...all, b1: 2, b2: false }, { weights: [1, 2] }).e.score.percent).toBe(46.67);
    // std-a 4 of 8 = 50, std-b 7 of 10 = 70, weights 2 and 1: (100 + 70) / 3 = 56.666… → 56.67
    expect(rateOne([], { ...all, a2: false, b1: 3 }, { weights: [2, 1] }).e.score.percent).toBe(56.67);
  });
  it('a weight-0 component is evaluated but not counted', () => {
    const r = rateOne([{ standardMet: 'std-b', minPercent: 10 }], { ...all, b1: 1, b2: false }, { weights: [1, 0] });
    expect(r.e.score.percent).toBe(100);
    expect(r.e.score.components?.[1]).toMatchObject({ id: 'std-b', version: '1.0.0', weight: 0, points: 1, max: 10, percent: 10, bonus: 0, applicable: true });
    // its veto (b2) still blocks it
    expect(r.unmet).toEqual([{ code: 'level-standard', params: { standard: 'std-b', percent: 10, min: 10 } }]);
  });
});

describe('choosing the level', () => {
  it('the highest level whose every condition holds, even when a lower one does not', () => {
    const compiled = compileScheme([[stdA, 1], [stdB, 1]], [
      level('low', 50, [{ itemsPassed: ['b1'] }]),
      level('mid', 60),
      level('high', 95),
    ]);
    // std-a 100, std-b (3 + 4) / 10 = 70 → 85
    const e = evaluateValid(compiled, inspection({ ...all, b1: 3 }));
    expect(e.score.percent).toBe(85);
    expect(e.rating).toMatchObject({
      level: 'mid',
      label: { 'zh-CN': 'mid', en: 'mid' },
      levels: [
        { id: 'low', met: false, unmet: [{ code: 'level-items', params: { items: 'b1' } }] },
        { id: 'mid', met: true, unmet: [] },
        { id: 'high', met: false, unmet: [{ code: 'level-min-percent', params: { percent: 85, min: 95 } }] },
      ],
    });
    // the default gap target is the level above the one held
    expect(e.gap.target).toBe('high');
  });

  it('no level met: level and label null', () => {
    const compiled = compileScheme([[stdA, 1]], [level('only', 99)]);
    const e = evaluateValid(compiled, inspection({ a1: true, a2: false }));
    expect(e.rating).toMatchObject({ level: null, label: null, levels: [{ id: 'only', met: false, unmet: [{ code: 'level-min-percent', params: { percent: 50, min: 99 } }] }] });
  });

  it('a standard with a passMark is rated with one level, pass: the pass mark and no failed veto', () => {
    const compiled = compileItems([item('x', 3, yes, { veto: veto() }), item('y', 1, yes)], { passMark: 75 });
    const at = (answers: Record<string, boolean>) => evaluateValid(compiled, inspection(answers)).rating;
    expect(at({ x: true, y: false })).toMatchObject({ level: 'pass', label: { 'zh-CN': '达标', en: 'Met' }, levels: [{ id: 'pass', met: true, unmet: [] }] });
    expect(at({ x: true, y: false }).levels[0].met).toBe(true); // 3/4 = 75 exactly
    expect(at({ x: false, y: true }).levels[0].unmet).toEqual([
      { code: 'level-min-percent', params: { percent: 25, min: 75 } },
      { code: 'level-veto', params: { items: 'x' } },
    ]);
  });

  it('a standard without a passMark has no levels and no gap', () => {
    const e = scoreItems([item('x', 3, yes)], { x: false });
    expect(e.rating).toMatchObject({ level: null, label: null, levels: [] });
    expect(e.gap).toEqual({ target: null, reachable: true, steps: [] });
  });
});

describe('exact marks (issue 8.3)', () => {
  // 159.99 of 200 points is 79.995 %: shown rounded as 80, but short of an 80 % mark.
  const near = (id: string, sectionId: string, extra: Parameters<typeof standard>[1] = {}) =>
    oneSection(id, sectionId, [item(`${id}-got`, 159.99, yes), item(`${id}-miss`, 40.01, yes)], extra);
  const answers = (id: string) => ({ [`${id}-got`]: true, [`${id}-miss`]: false });

  it('issue 8.3: 79.995 % does not pass an 80 % pass mark', () => {
    const e = scoreItems([item('got', 159.99, yes), item('miss', 40.01, yes)], { got: true, miss: false }, { standard: { passMark: 80 } });
    expect(e.score.percent).toBe(80); // the display rounds …
    expect(e.rating.level).toBeNull(); // … the decision does not
    expect(e.rating.levels[0].unmet).toEqual([{ code: 'level-min-percent', params: { percent: 79.99, min: 80 } }]);
    const exact = scoreItems([item('got', 160, yes), item('miss', 40, yes)], { got: true, miss: false }, { standard: { passMark: 80 } });
    expect(exact.rating.level).toBe('pass');
  });

  it('issue 8.3: 79.995 % does not pass an 80 % level, a section minimum or a standardMet minimum', () => {
    const a = near('na', 'nsa');
    const b = near('nb', 'nsb');
    const data = inspection({ ...answers('na'), ...answers('nb') });
    const byLevel = evaluateValid(compileScheme([[a, 1], [b, 1]], [level('l1', 80)]), data);
    expect(byLevel.score.percent).toBe(80);
    expect(byLevel.rating.levels[0].unmet).toEqual([{ code: 'level-min-percent', params: { percent: 79.99, min: 80 } }]);
    const bySection = evaluateValid(compileScheme([[a, 1], [b, 1]], [level('l1', 0, [{ section: 'nsa', minPercent: 80 }])]), data);
    expect(bySection.rating.levels[0].unmet).toEqual([{ code: 'level-section', params: { section: 'nsa', percent: 79.99, min: 80 } }]);
    const byStandard = evaluateValid(compileScheme([[a, 1], [b, 1]], [level('l1', 0, [{ standardMet: 'nb', minPercent: 80 }])]), data);
    expect(byStandard.rating.levels[0].unmet).toEqual([{ code: 'level-standard', params: { standard: 'nb', percent: 79.99, min: 80 } }]);
  });

  it('issue 8.3: a composite of 79.995 % (components 79.99 % and 80 %) does not reach 80 %; weights are taken exactly', () => {
    const a = oneSection('ca', 'csa', [item('ca-got', 79.99, yes), item('ca-miss', 20.01, yes)]);
    const b = oneSection('cb', 'csb', [item('cb-got', 80, yes), item('cb-miss', 20, yes)]);
    const data = inspection({ 'ca-got': true, 'ca-miss': false, 'cb-got': true, 'cb-miss': false });
    const e = evaluateValid(compileScheme([[a, 0.5], [b, 0.5]], [level('l1', 80)]), data);
    expect(e.score.percent).toBe(80);
    expect(e.rating.level).toBeNull();
    // 79.99 % and 80.01 % weighted 0.1 and 0.2 (a float sum 0.30000000000000004): exactly 80.0033… %, met
    const b2 = oneSection('cb', 'csb', [item('cb-got', 80.01, yes), item('cb-miss', 19.99, yes)]);
    const heavier = evaluateValid(compileScheme([[a, 0.1], [b2, 0.2]], [level('l1', 80)]), data);
    expect(heavier.rating.level).toBe('l1');
    // and equal weights give exactly 80 %, which meets an 80 % mark
    expect(evaluateValid(compileScheme([[a, 1], [b2, 1]], [level('l1', 80)]), data).rating.level).toBe('l1');
  });
});

describe('validity (issue 8.19)', () => {
  const std = oneSection('v-std', 'v-sec', [item('v1', 10, yes)]);
  const rated = (validity: { years: number } | undefined, answer: boolean, inspectedAt: string) =>
    evaluateValid(compileScheme([[std, 1]], [level('l1', 80)], validity ? { validity } : {}), inspection({ v1: answer }, { inspectedAt }));

  it('issue 8.19: a scheme with validity.years gives an awarded level a validUntil: the inspection date plus the years, less one day', () => {
    expect(rated({ years: 1 }, true, '2025-06-01').validUntil).toBe('2026-05-31');
    expect(rated({ years: 3 }, true, '2025-01-01').validUntil).toBe('2027-12-31');
    expect(rated({ years: 1 }, true, '2024-02-29').validUntil).toBe('2025-02-28');
  });

  it('issue 8.19: no validUntil without validity, or when no level is reached', () => {
    expect('validUntil' in rated(undefined, true, '2025-06-01')).toBe(false);
    expect('validUntil' in rated({ years: 1 }, false, '2025-06-01')).toBe(false);
  });
});
