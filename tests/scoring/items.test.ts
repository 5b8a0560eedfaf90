// Item states, evidence, waivers, missing answers, vetoes, bonus and the integer-hundredths sums.
import { describe, expect, it } from 'vitest';
import { compile, evaluate, validateInspection } from '../../src/index.js';
import type { Item, RatingScheme, Standard } from '../../src/index.js';
import type { Waiver } from '../../src/types/inspection.js';
import { localText } from '../../src/i18n/messages.js';
import { codes, compileItems, compileScheme, evaluateValid, inspection, item, itemOf, level, requirements, scoreItems, sectionOf, standard, veto } from '../helpers/engine.js';

const yes: Item['check'] = { type: 'boolean' };
const waiver = (item: string, expires: string): Waiver => ({ item, reason: '场地改造中', approvedBy: '县退役军人事务局', expires });

describe('item states', () => {
  it('pass, partial and fail', () => {
    const e = scoreItems([item('a', 2, yes), item('b', 4, { type: 'count', per: 1 }), item('c', 2, yes)], { a: true, b: 1, c: false });
    expect(e.items.map((i) => [i.id, i.state, i.points, i.max])).toEqual([
      ['a', 'pass', 2, 2],
      ['b', 'partial', 1, 4],
      ['c', 'fail', 0, 2],
    ]);
  });

  it('not applicable through the item’s appliesTo: left out of the maximum', () => {
    const e = scoreItems([item('a', 2, yes), item('b', 3, yes, { appliesTo: ['county'] })], { a: true }, { level: 'town' });
    expect(itemOf(e, 'b')).toMatchObject({ id: 'b', state: 'not-applicable', points: 0, max: 3, reasons: [{ code: 'not-applicable-level', params: { level: 'town' } }] });
    expect(e.score).toEqual({ points: 2, max: 2, percent: 100, bonus: 0, deductions: 0 });
  });

  it('not applicable through a section’s appliesTo, inherited by subsections', () => {
    const std = standard([], {
      sections: [
        { id: 'open', title: { 'zh-CN': '甲', en: 'A' }, items: [item('a', 2, yes)] },
        {
          id: 'county-only',
          title: { 'zh-CN': '乙', en: 'B' },
          appliesTo: ['county'],
          items: [item('b', 3, yes)],
          sections: [{ id: 'inner', title: { 'zh-CN': '丙', en: 'C' }, items: [item('c', 1, yes, { appliesTo: ['county', 'town'] })] }],
        },
      ],
    });
    const e = evaluateValid(compile(std), inspection({ a: true, b: true }, { level: 'town' }));
    expect(e.items.map((i) => [i.id, i.state])).toEqual([['a', 'pass'], ['b', 'not-applicable'], ['c', 'not-applicable']]);
    expect(sectionOf(e, 'county-only')).toMatchObject({ id: 'county-only', title: { 'zh-CN': '乙', en: 'B' }, points: 0, max: 0, percent: 0 });
    expect(e.score.max).toBe(2);
  });

  it('not applicable through the standard’s appliesTo: the inspection is refused, and scoring leaves everything out', () => {
    const compiled = compileItems([item('a', 2, yes)], { appliesTo: ['county'] });
    const data = inspection({ a: true }, { level: 'village' });
    const checked = validateInspection(compiled, data);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.map((p) => [p.code, p.pointer])).toEqual([['inspection-not-applicable-standard', '/station/level']]);
    const e = evaluate(compiled, data);
    expect(itemOf(e, 'a').state).toBe('not-applicable');
    expect(e.score).toEqual({ points: 0, max: 0, percent: 0, bonus: 0, deductions: 0 });
    expect(e.warnings).toEqual([{ code: 'standard-not-applicable', params: { standard: 'unit', level: 'village' } }]);
  });

  it('a component standard that does not apply leaves the composite to the others', () => {
    const a = standard([item('a1', 4, yes)], { id: 'std-a' });
    const b = standard([item('b1', 4, yes)], { id: 'std-b', appliesTo: ['county'] });
    const scheme: RatingScheme = {
      schema: 'vsr/rating-scheme@1',
      id: 'two',
      version: '1.0.0',
      title: { 'zh-CN': '二', en: 'Two' },
      components: [{ standard: 'std-a', weight: 1 }, { standard: 'std-b', weight: 3 }],
      levels: [{ id: 'ok', label: { 'zh-CN': '合格', en: 'OK' }, minPercent: 50 }],
    };
    const byRef: Record<string, Standard> = { 'std-a': a, 'std-b': b };
    const compiled = compile(scheme, { resolve: (ref) => byRef[ref] });
    const e = evaluateValid(compiled, inspection({ a1: true }, { level: 'town' }));
    expect(itemOf(e, 'b1').state).toBe('not-applicable');
    // only std-a applies: composite = 100 (weight 3 of std-b not counted)
    expect(e.score.percent).toBe(100);
    expect(e.score.components).toMatchObject([
      { id: 'std-a', version: '1.0.0', weight: 1, points: 4, max: 4, percent: 100, bonus: 0, applicable: true },
      { id: 'std-b', version: '1.0.0', weight: 3, points: 0, max: 0, percent: 0, bonus: 0, applicable: false },
    ]);
    expect(e.warnings).toEqual([{ code: 'standard-not-applicable', params: { standard: 'std-b', level: 'town' } }]);
  });
});

describe('missing answers', () => {
  const items = [item('a', 2, yes), item('b', 3, yes), item('n', 5, yes, { appliesTo: ['county'] })];

  it('zero (default): unanswered scores 0 and counts in the maximum', () => {
    const e = scoreItems(items, { a: true });
    expect(itemOf(e, 'b')).toMatchObject({ id: 'b', state: 'unanswered', points: 0, max: 3, reasons: [{ code: 'unanswered' }] });
    expect(e.score).toEqual({ points: 2, max: 5, percent: 40, bonus: 0, deductions: 0 });
  });

  it('exclude: unanswered is left out of the maximum', () => {
    const e = scoreItems(items, { a: true }, { standard: { missing: 'exclude' } });
    expect(itemOf(e, 'b')).toMatchObject({ id: 'b', state: 'unanswered', points: 0, max: 3, reasons: [{ code: 'unanswered-excluded' }] });
    expect(e.score).toEqual({ points: 2, max: 2, percent: 100, bonus: 0, deductions: 0 });
  });

  it('error: the inspection is refused, naming each unanswered applicable item', () => {
    const compiled = compileItems(items, { missing: 'error' });
    const r = validateInspection(compiled, inspection({}));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((p) => [p.code, p.pointer, p.params?.id])).toEqual([
      ['inspection-missing-answer', '/answers', 'a'],
      ['inspection-missing-answer', '/answers', 'b'],
    ]);
    expect(validateInspection(compiled, inspection({ a: false, b: true })).ok).toBe(true);
  });

  it('error: a valid waiver stands in for an answer, an expired one does not', () => {
    const compiled = compileItems(items, { missing: 'error' });
    expect(validateInspection(compiled, inspection({ a: true }, { waivers: [waiver('b', '2025-12-31')] })).ok).toBe(true);
    const r = validateInspection(compiled, inspection({ a: true }, { waivers: [waiver('b', '2025-01-31')] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((p) => [p.code, p.params?.id])).toEqual([['inspection-missing-answer', 'b']]);
  });
});

describe('waivers', () => {
  it('a valid waiver: state waived, left out of the maximum, with who approved it and until when', () => {
    const e = scoreItems([item('a', 2, yes), item('b', 3, yes)], { a: true, b: false }, { waivers: [waiver('b', '2025-12-31')] });
    expect(itemOf(e, 'b')).toMatchObject({
      id: 'b', state: 'waived', points: 0, max: 3,
      reasons: [{ code: 'waived', params: { reason: '场地改造中', approvedBy: '县退役军人事务局', expires: '2025-12-31' } }],
    });
    expect(e.score).toEqual({ points: 2, max: 2, percent: 100, bonus: 0, deductions: 0 });
    expect(e.warnings).toEqual([]);
  });

  it('a waiver expiring on the inspection day still counts', () => {
    const e = scoreItems([item('b', 3, yes)], {}, { waivers: [waiver('b', '2025-06-01')] });
    expect(itemOf(e, 'b').state).toBe('waived');
  });

  it('an expired waiver is ignored: scored on the answer, and the reasons and warnings say so', () => {
    const e = scoreItems([item('a', 2, yes), item('b', 3, yes)], { a: true, b: true }, { waivers: [waiver('b', '2025-05-31')] });
    const params = { reason: '场地改造中', approvedBy: '县退役军人事务局', expires: '2025-05-31' };
    expect(itemOf(e, 'b')).toMatchObject({ id: 'b', state: 'pass', points: 3, max: 3, reasons: [{ code: 'waiver-expired', params }] });
    expect(e.warnings).toEqual([{ code: 'waiver-expired', params: { item: 'b', ...params } }]);
    expect(e.score.max).toBe(5);
  });

  it('issue 8.4: two waivers for one item: the one that runs longest decides, in either order', () => {
    const valid = waiver('b', '2025-12-31');
    const expired = { ...waiver('b', '2025-01-31'), reason: '旧豁免' };
    for (const waivers of [[valid, expired], [expired, valid]]) {
      const e = scoreItems([item('a', 2, yes), item('b', 3, yes)], { a: true, b: false }, { waivers });
      expect(itemOf(e, 'b').state).toBe('waived');
      expect(itemOf(e, 'b').reasons).toEqual([{ code: 'waived', params: { reason: '场地改造中', approvedBy: '县退役军人事务局', expires: '2025-12-31' } }]);
      expect(e.warnings).toEqual([]);
      // and under missing: error, the valid one stands in for the answer in validation too
      const compiled = compileItems([item('a', 2, yes), item('b', 3, yes)], { missing: 'error' });
      expect(validateInspection(compiled, inspection({ a: true }, { waivers })).ok).toBe(true);
    }
    // two expired ones: the later expiry is reported, whatever the order
    const older = { ...waiver('b', '2024-01-31'), reason: '更早' };
    for (const waivers of [[older, expired], [expired, older]]) {
      const e = scoreItems([item('b', 3, yes)], { b: true }, { waivers });
      expect(itemOf(e, 'b').reasons[0]).toEqual({ code: 'waiver-expired', params: { reason: '旧豁免', approvedBy: '县退役军人事务局', expires: '2025-01-31' } });
    }
  });

  it('an expired waiver on an unanswered item leaves it unanswered', () => {
    const e = scoreItems([item('b', 3, yes)], {}, { waivers: [waiver('b', '2024-12-31')] });
    expect(itemOf(e, 'b').state).toBe('unanswered');
    expect(codes(itemOf(e, 'b').reasons)).toEqual(['waiver-expired', 'unanswered']);
  });
});

describe('evidence', () => {
  const duty = item('d', 4, yes, { evidence: [{ kind: 'photo', min: 2, maxAgeDays: 30 }] });
  const ledger = item('l', 2, yes, { evidence: [{ kind: 'ledger' }] });
  const photo = (date?: string) => ({ kind: 'photo' as const, ...(date ? { date } : {}) });

  it('a bare answer carries no evidence: 0 points, fail, and the reason names the missing kind', () => {
    const e = scoreItems([duty], { d: true });
    expect(itemOf(e, 'd')).toMatchObject({ id: 'd', state: 'fail', points: 0, max: 4, reasons: [{ code: 'evidence-missing', params: { kind: 'photo', need: 2, have: 0 } }] });
  });

  it('enough fresh evidence earns the points (30 days before the inspection is still fresh)', () => {
    const e = scoreItems([duty], { d: { value: true, evidence: [photo('2025-05-20'), photo('2025-05-02')] } });
    expect(itemOf(e, 'd')).toMatchObject({ id: 'd', state: 'pass', points: 4, max: 4, reasons: [] });
  });

  it('too few of the kind', () => {
    const e = scoreItems([duty], { d: { value: true, evidence: [photo('2025-05-20'), { kind: 'document', date: '2025-05-20' }] } });
    expect(itemOf(e, 'd').reasons).toEqual([{ code: 'evidence-missing', params: { kind: 'photo', need: 2, have: 1 } }]);
    expect(itemOf(e, 'd').points).toBe(0);
  });

  it('stale by maxAgeDays (31 days old)', () => {
    const e = scoreItems([duty], { d: { value: true, evidence: [photo('2025-05-20'), photo('2025-05-01')] } });
    expect(itemOf(e, 'd')).toMatchObject({ id: 'd', state: 'fail', points: 0, max: 4, reasons: [{ code: 'evidence-stale', params: { kind: 'photo', need: 2, have: 1, days: 30 } }] });
  });

  it('issue 8.7: evidence dated after the inspection has its own reason, not "stale"', () => {
    const future = scoreItems([duty], { d: { value: true, evidence: [photo('2025-05-20'), photo('2025-06-02')] } });
    expect(itemOf(future, 'd').reasons).toEqual([{ code: 'evidence-after-inspection', params: { kind: 'photo', need: 2, have: 1, later: 1 } }]);
    expect(itemOf(future, 'd').points).toBe(0);
    // without an age limit too: a ledger dated after the inspection cannot have been seen at it
    const ledgerLater = scoreItems([ledger], { l: { value: true, evidence: [{ kind: 'ledger', date: '2030-01-01' }] } });
    expect(itemOf(ledgerLater, 'l').reasons).toEqual([{ code: 'evidence-after-inspection', params: { kind: 'ledger', need: 1, have: 0, later: 1 } }]);
    expect(itemOf(ledgerLater, 'l').state).toBe('fail');
  });

  it('undated evidence does not count where an age is set', () => {
    const undated = scoreItems([duty], { d: { value: true, evidence: [photo('2025-05-20'), photo()] } });
    expect(itemOf(undated, 'd').state).toBe('fail');
  });

  it('without an age limit any entry of the kind dated on or before the inspection counts, dated or not', () => {
    expect(itemOf(scoreItems([ledger], { l: { value: true, evidence: [{ kind: 'ledger' }] } }), 'l').state).toBe('pass');
    expect(itemOf(scoreItems([ledger], { l: { value: true, evidence: [{ kind: 'ledger', date: '2020-01-01' }] } }), 'l').state).toBe('pass');
  });

  it('partial credit needs evidence too; an answer earning nothing asks for none', () => {
    const graded = item('g', 4, { type: 'count', per: 1 }, { evidence: [{ kind: 'record' }] });
    expect(itemOf(scoreItems([graded], { g: 2 }), 'g')).toMatchObject({
      id: 'g', state: 'fail', points: 0, max: 4,
      reasons: [{ code: 'count-earned', params: { count: 2, per: 1 } }, { code: 'evidence-missing', params: { kind: 'record', need: 1, have: 0 } }],
    });
    expect(itemOf(scoreItems([graded], { g: { value: 2, evidence: [{ kind: 'record' }] } }), 'g').points).toBe(2);
    expect(itemOf(scoreItems([duty], { d: false }), 'd').reasons).toEqual([]);
  });

  it('every requirement is checked and reported', () => {
    const both = item('b', 2, yes, { evidence: [{ kind: 'photo' }, { kind: 'interview', min: 3 }] });
    const e = scoreItems([both], { b: { value: true, evidence: [{ kind: 'interview' }] } });
    expect(itemOf(e, 'b').reasons).toEqual([
      { code: 'evidence-missing', params: { kind: 'photo', need: 1, have: 0 } },
      { code: 'evidence-missing', params: { kind: 'interview', need: 3, have: 1 } },
    ]);
  });
});

describe('vetoes', () => {
  const five = item('v', 5, { type: 'checklist', requirements: requirements('place', 'staff', 'funds') }, { veto: veto() });
  const other = item('o', 5, yes);
  const pass = { passMark: 50 };

  it('a failed veto is listed with its message and blocks the level', () => {
    const e = scoreItems([item('v', 5, yes, { veto: veto() }), other], { v: false, o: true }, { standard: pass });
    expect(e.vetoes).toEqual([{ item: 'v', message: { 'zh-CN': '否决', en: 'Veto' } }]);
    expect(codes(itemOf(e, 'v').reasons)).toEqual(['veto-failed']);
    expect(e.score.percent).toBe(50);
    expect(e.rating.level).toBeNull();
    expect(e.rating.levels).toMatchObject([{ id: 'pass', met: false, unmet: [{ code: 'level-veto', params: { items: 'v' } }] }]);
  });

  it('a partial answer on a veto item fires it', () => {
    const e = scoreItems([five, other], { v: ['place', 'staff'], o: true }, { standard: pass });
    expect(itemOf(e, 'v').state).toBe('partial');
    expect(e.vetoes.map((v) => v.item)).toEqual(['v']);
    expect(e.rating.level).toBeNull();
  });

  it('an unanswered veto item fires it, under zero and under exclude', () => {
    for (const missing of ['zero', 'exclude'] as const) {
      const e = scoreItems([five, other], { o: true }, { standard: { ...pass, missing } });
      expect(e.vetoes.map((v) => v.item)).toEqual(['v']);
    }
  });

  it('a veto item without the evidence it needs fires', () => {
    const withPhoto = item('v', 5, yes, { veto: veto(), evidence: [{ kind: 'photo' }] });
    expect(scoreItems([withPhoto, other], { v: true, o: true }).vetoes.map((v) => v.item)).toEqual(['v']);
  });

  it('a waived veto item does not fire', () => {
    const e = scoreItems([five, other], { v: [], o: true }, { standard: pass, waivers: [waiver('v', '2026-01-01')] });
    expect(e.vetoes).toEqual([]);
    expect(e.rating.level).toBe('pass');
  });

  it('a passed veto item does not fire', () => {
    const e = scoreItems([five, other], { v: ['place', 'staff', 'funds'], o: false }, { standard: pass });
    expect(e.vetoes).toEqual([]);
    expect(e.rating.level).toBe('pass');
  });

  it('a veto item that does not apply does not fire', () => {
    const countyVeto = item('v', 5, yes, { veto: veto(), appliesTo: ['county'] });
    expect(scoreItems([countyVeto, other], { o: true }, { level: 'town' }).vetoes).toEqual([]);
  });
});

describe('bonus', () => {
  const bonusA = item('ba', 2, yes, { bonus: true });
  const bonusB = item('bb', 1, yes, { bonus: true });
  const base = [item('a', 6, yes), item('b', 4, yes)];

  it('capped, left out of the maximum and of the sections, added to the percent', () => {
    const e = scoreItems([...base, bonusA, bonusB], { a: true, b: false, ba: true, bb: true }, { standard: { bonusCap: 1.5 } });
    // points 6 of 10; bonus 2 + 1 = 3, capped at 1.5; percent (6 + 1.5) / 10 = 75
    expect(e.score).toEqual({ points: 6, max: 10, percent: 75, bonus: 1.5, deductions: 0 });
    expect(itemOf(e, 'ba')).toMatchObject({ id: 'ba', state: 'pass', points: 2, max: 2, bonus: true, reasons: [] });
    expect(sectionOf(e, 'sec')).toMatchObject({ id: 'sec', title: { 'zh-CN': '测试', en: 'Test' }, points: 6, max: 10, percent: 60 });
  });

  it('the percent with bonus is capped at 100', () => {
    const e = scoreItems([...base, bonusA], { a: true, b: true, ba: true }, { standard: { bonusCap: 2 } });
    expect(e.score).toEqual({ points: 10, max: 10, percent: 100, bonus: 2, deductions: 0 });
  });

  it('never offsets a veto', () => {
    const items = [item('v', 5, yes, { veto: veto() }), item('o', 5, yes), item('bx', 5, yes, { bonus: true })];
    const e = scoreItems(items, { v: false, o: true, bx: true }, { standard: { bonusCap: 5, passMark: 60 } });
    // (5 + 5) / 10 = 100%, yet the veto blocks the pass level
    expect(e.score.percent).toBe(100);
    expect(e.vetoes.map((v) => v.item)).toEqual(['v']);
    expect(e.rating.level).toBeNull();
  });

  it('bonusCap 0 lets bonus items earn nothing in the pool', () => {
    const e = scoreItems([...base, bonusA], { a: true, b: false, ba: true }, { standard: { bonusCap: 0 } });
    expect(e.score).toEqual({ points: 6, max: 10, percent: 60, bonus: 0, deductions: 0 });
  });

  it('a standard with bonus items must set bonusCap', () => {
    expect(() => compileItems([...base, bonusA])).toThrow(/bonusCap/);
  });
});

describe('integer hundredths', () => {
  it('0.1 + 0.2 is exactly 0.3', () => {
    const e = scoreItems([item('a', 0.1, yes), item('b', 0.2, yes)], { a: true, b: true });
    expect(e.score.points).toBe(0.3);
    expect(e.score.max).toBe(0.3);
    expect(sectionOf(e, 'sec').points).toBe(0.3);
  });

  it('ten items of 0.1 sum to exactly 1', () => {
    const items = Array.from({ length: 10 }, (_, i) => item(`i${i}`, 0.1, yes));
    const e = scoreItems(items, Object.fromEntries(items.map((i) => [i.id, true])));
    expect(e.score.points).toBe(1);
  });

  it('a declared total of 0.3 matches items of 0.1 and 0.2', () => {
    expect(() => compileItems([item('a', 0.1, yes), item('b', 0.2, yes)], { totalPoints: 0.3 })).not.toThrow();
  });

  it('points take at most two decimals', () => {
    expect(() => compileItems([item('a', 0.125, yes)])).toThrow(/0\.125/);
  });

  it('percent is rounded to two decimals', () => {
    const items = [item('a', 1, yes), item('b', 1, yes), item('c', 1, yes)];
    expect(scoreItems(items, { a: true, b: false, c: false }).score.percent).toBe(33.33);
    expect(scoreItems(items, { a: true, b: true, c: false }).score.percent).toBe(66.67);
    const seven = Array.from({ length: 7 }, (_, i) => item(`s${i}`, 1, yes));
    expect(scoreItems(seven, { s0: true }).score.percent).toBe(14.29); // 1/7 = 14.2857…
  });
});

describe('an answer the validator would refuse', () => {
  it('scores 0 as invalid when evaluated without validation', () => {
    const compiled = compileItems([item('a', 2, yes)]);
    const e = evaluate(compiled, inspection({ a: 'yes' }));
    expect(itemOf(e, 'a')).toMatchObject({ id: 'a', state: 'fail', points: 0, max: 2, reasons: [{ code: 'invalid-answer', params: { detail: 'answer-boolean' } }] });
  });
});

describe('the version an inspection names (issue 8.9)', () => {
  const compiled = compileItems([item('a', 2, yes)]); // unit@1.0.0

  it('issue 8.9: an inspection naming another version of the standard is scored with a warning naming both', () => {
    const data = { ...inspection({ a: true }), standard: 'unit@0.9.0' };
    const e = evaluateValid(compiled, data);
    expect(e.score.percent).toBe(100);
    expect(e.warnings).toEqual([{ code: 'inspection-version-mismatch', params: { declared: 'unit@0.9.0', actual: 'unit@1.0.0' } }]);
    const text = localText('inspection-version-mismatch', e.warnings[0].params);
    expect(text.en).toContain('unit@0.9.0');
    expect(text.en).toContain('unit@1.0.0');
    expect(text.en).toContain('vsr migrate');
    expect(text['zh-CN']).toContain('vsr migrate');
  });

  it('issue 8.9: no warning for the same version, or for an unversioned id', () => {
    expect(evaluateValid(compiled, { ...inspection({ a: true }), standard: 'unit@1.0.0' }).warnings).toEqual([]);
    expect(evaluateValid(compiled, { ...inspection({ a: true }), standard: 'unit' }).warnings).toEqual([]);
  });

  it('issue 8.9: a scheme inspection naming another scheme version is warned too', () => {
    const scheme = compileScheme([[standard([item('s1', 2, yes)], { id: 'std-s' }), 1]], [level('l1', 50)]);
    const e = evaluateValid(scheme, { ...inspection({ s1: true }), scheme: 'unit-scheme@2.0.0' });
    expect(e.warnings).toEqual([{ code: 'inspection-version-mismatch', params: { declared: 'unit-scheme@2.0.0', actual: 'unit-scheme@1.0.0' } }]);
  });
});
