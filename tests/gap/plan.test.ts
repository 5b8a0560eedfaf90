// The gap plan: order of steps, least effort then biggest gain, answers that earn the gain, proof by
// re-evaluation, unreachable targets; planGap and whatIf.
import { describe, expect, it } from 'vitest';
import { evaluate, planGap, VsrError, whatIf } from '../../src/index.js';
import type { GapStep, Item } from '../../src/index.js';
import { applyGap, compileItems, compileScheme, evaluateValid, inspection, item, level, standard, veto } from '../helpers/engine.js';

const yes: Item['check'] = { type: 'boolean' };

/** A reachable plan to `target` with these steps. */
function plan(target: string, ...steps: GapStep[]) {
  return { target, reachable: true, steps };
}

/** A step that turns a failed yes/no item into a pass. */
function yesStep(item: string, gain: number, effort: 'S' | 'M' | 'L', reason: GapStep['reason'] = 'points'): GapStep {
  return { item, from: 'fail', to: 'pass', answer: true, gain, effort, reason };
}

describe('choosing steps', () => {
  it('least effort first, then the biggest gain; steps the target does not need are dropped', () => {
    // s1 (S, 1), s2 (S, 2), m (M, 6), l (L, 11); passMark 40 of 20 points = 8 points.
    const compiled = compileItems(
      [item('s1', 1, yes, { effort: 'S' }), item('s2', 2, yes, { effort: 'S' }), item('m', 6, yes, { effort: 'M' }), item('l', 11, yes, { effort: 'L' })],
      { passMark: 40 },
    );
    const gap = evaluateValid(compiled, inspection({ s1: false, s2: false, m: false, l: false })).gap;
    // S first, the bigger gain first: s2 (+10), s1 (+5), then m (+30): 45 ≥ 40. Pruning latest first:
    // m is needed; without s1, 8/20 = 40 still holds (dropped); without s2, 7/20 = 35 (kept).
    expect(gap).toEqual(plan('pass', yesStep('s2', 10, 'S'), yesStep('m', 30, 'M')));
  });

  it('an item without effort counts as M', () => {
    const compiled = compileItems([item('a', 5, yes), item('b', 5, yes, { effort: 'L' })], { passMark: 50 });
    expect(evaluateValid(compiled, inspection({ a: false, b: false })).gap.steps).toEqual([
      yesStep('a', 50, 'M'),
    ]);
  });

  it('waived and not-applicable items are not candidates; an item with an expired waiver is', () => {
    const items = [item('w', 5, yes, { effort: 'S' }), item('n', 5, yes, { effort: 'S', appliesTo: ['county'] }), item('x', 5, yes, { effort: 'L' }), item('e', 5, yes, { effort: 'M' })];
    const compiled = compileItems(items, { passMark: 60 });
    const data = inspection({ w: false, x: false, e: false }, {
      waivers: [
        { item: 'w', reason: '改造', approvedBy: '局', expires: '2099-01-01' },
        { item: 'e', reason: '改造', approvedBy: '局', expires: '2025-01-01' },
      ],
    });
    // max: x 5 + e 5 = 10 (w waived, n not applicable). e (M) before x (L): 5/10 = 50 < 60, then x.
    expect(evaluateValid(compiled, data).gap.steps.map((s) => s.item)).toEqual(['e', 'x']);
  });

  it('the answer carries the evidence the item requires, dated on the inspection day', () => {
    const compiled = compileItems([item('d', 4, yes, { evidence: [{ kind: 'photo', min: 2, maxAgeDays: 30 }, { kind: 'ledger' }] })], { passMark: 50 });
    const gap = evaluateValid(compiled, inspection({ d: true })).gap;
    expect(gap.steps).toEqual([
      {
        item: 'd', from: 'fail', to: 'pass',
        answer: { value: true, evidence: [{ kind: 'photo', date: '2025-06-01' }, { kind: 'photo', date: '2025-06-01' }, { kind: 'ledger', date: '2025-06-01' }] },
        gain: 100, effort: 'M', reason: 'points',
      },
    ]);
  });

  it('each check type’s answer is its best: grade, threshold, count, checklist, deduction', () => {
    const items: Item[] = [
      item('g', 2, { type: 'grade', grades: [{ id: 'good', fraction: 1 }, { id: 'poor', fraction: 0 }] }),
      item('t', 2, { type: 'threshold', target: 3, direction: 'atMost', partialFrom: 10, unit: 'days' }),
      item('c', 2, { type: 'count', per: 0.3 }),
      item('k', 2, { type: 'checklist', mode: 'all', requirements: [{ id: 'r1', label: { 'zh-CN': '一', en: 'one' } }, { id: 'r2', label: { 'zh-CN': '二', en: 'two' } }] }),
      item('d', 2, { type: 'deduction', per: 1 }),
    ];
    const gap = evaluateValid(compileItems(items, { passMark: 100 }), inspection({ g: 'poor', t: 10, c: 0, k: [], d: 2 })).gap;
    // each 2 of 10 points: +20 apiece
    expect(gap.steps.map((s) => [s.item, s.answer, s.gain])).toEqual([
      ['g', 'good', 20], ['t', 3, 20], ['c', 7, 20], ['k', ['r1', 'r2'], 20], ['d', 0, 20],
    ]);
    expect(gap.reachable).toBe(true);
  });

  it('a best grade below full marks is planned at what it earns, and the plan still reaches the target', () => {
    // a: grade topping at 0.8 (S), b and c: boolean (M); 30 points; passMark 65 = 19.5 points.
    // a earns at most 8: a + b = 18 (60) falls short. b + c = 20 (66.67) is enough.
    const compiled = compileItems(
      [
        item('a', 10, { type: 'grade', grades: [{ id: 'top', fraction: 0.8 }, { id: 'zero', fraction: 0 }] }, { effort: 'S' }),
        item('b', 10, yes, { effort: 'M' }),
        item('c', 10, yes, { effort: 'M' }),
      ],
      { passMark: 65 },
    );
    const data = inspection({ a: 'zero', b: false, c: false });
    const gap = evaluateValid(compiled, data).gap;
    // greedy: a (S) → 26.67, b → 60, c → 93.33; pruning: c needed, b needed, a not (b + c = 66.67)
    expect(gap).toEqual(plan('pass', yesStep('b', 33.33, 'M'), yesStep('c', 33.34, 'M')));
    expect(evaluateValid(compiled, applyGap(data, gap.steps)).rating.level).toBe('pass');
  });
});

describe('vetoes and required items come first', () => {
  it('fixes every failed veto, then points', () => {
    const compiled = compileItems(
      [item('v1', 1, yes, { veto: veto(), effort: 'L' }), item('v2', 1, yes, { veto: veto(), effort: 'L' }), item('p', 8, yes, { effort: 'S' })],
      { passMark: 50 },
    );
    const gap = evaluateValid(compiled, inspection({ v1: false, v2: false, p: false })).gap;
    expect(gap.steps.map((s) => [s.item, s.reason, s.gain])).toEqual([['v1', 'veto', 10], ['v2', 'veto', 10], ['p', 'points', 80]]);
  });

  it('a veto that no answer can pass makes the target unreachable', () => {
    const compiled = compileItems(
      [item('v', 4, { type: 'grade', grades: [{ id: 'fair', fraction: 0.5 }, { id: 'none', fraction: 0 }] }, { veto: veto() }), item('p', 4, yes)],
      { passMark: 10 },
    );
    const gap = evaluateValid(compiled, inspection({ v: 'none', p: true })).gap;
    expect(gap.target).toBe('pass');
    expect(gap.reachable).toBe(false);
    expect(gap.why?.[0].code).toMatch(/^gap-(no-candidates|not-verified)$/);
    expect(gap.why).toContainEqual({ code: 'level-veto', params: { items: 'v' } });
  });

  it('required items, in the order the level names them, before a section listed earlier', () => {
    const std = standard([], {
      id: 'req',
      sections: [
        { id: 'x', title: { 'zh-CN': 'x', en: 'x' }, items: [item('x1', 5, yes, { effort: 'S' }), item('x2', 5, yes, { effort: 'S' })] },
        { id: 'y', title: { 'zh-CN': 'y', en: 'y' }, items: [item('y1', 5, yes, { effort: 'L' }), item('y2', 5, yes, { effort: 'L' })] },
      ],
    });
    const compiled = compileScheme([[std, 1]], [level('top', 0, [{ section: 'x', minPercent: 50 }, { itemsPassed: ['y2', 'y1'] }])]);
    const gap = evaluateValid(compiled, inspection({ x1: false, x2: false, y1: false, y2: false })).gap;
    expect(gap.steps.map((s) => [s.item, s.reason])).toEqual([['y2', 'required'], ['y1', 'required'], ['x1', 'section']]);
  });
});

describe('prerequisite standards', () => {
  it('a prerequisite left unanswered under missing: exclude can still be met by answering it', () => {
    const main = standard([item('a', 4, yes)], { id: 'main' });
    const prereq = standard([item('p1', 2, yes, { effort: 'L' }), item('p2', 2, yes, { effort: 'S' })], { id: 'prereq', missing: 'exclude', passMark: 50 });
    const compiled = compileScheme([[main, 1], [prereq, 0]], [level('ok', 0, [{ standardMet: 'prereq' }])]);
    const data = inspection({ a: true });
    const e = evaluateValid(compiled, data);
    // nothing of prereq answered: its maximum is 0, so it does not apply yet
    expect(e.rating.levels[0].unmet).toEqual([{ code: 'level-standard-na', params: { standard: 'prereq' } }]);
    // answering p2 (S) makes it 2 of 2 = 100 ≥ 50; weight 0, so no gain in the composite
    expect(e.gap).toEqual({
      target: 'ok',
      reachable: true,
      steps: [{ item: 'p2', from: 'unanswered', to: 'pass', answer: true, gain: 0, effort: 'S', reason: 'standard' }],
    });
    expect(evaluateValid(compiled, applyGap(data, e.gap.steps)).rating.level).toBe('ok');
  });
});

describe('targets', () => {
  const compiled = compileScheme(
    [[standard([item('a', 5, yes, { effort: 'S' }), item('b', 5, yes, { effort: 'M' })], { id: 'two' }), 1]],
    [level('one', 50), level('two', 100)],
  );

  it('default: the level above the one held; none above the top', () => {
    expect(evaluateValid(compiled, inspection({ a: false, b: false })).gap.target).toBe('one');
    expect(evaluateValid(compiled, inspection({ a: true, b: false })).gap.target).toBe('two');
    expect(evaluateValid(compiled, inspection({ a: true, b: true })).gap).toEqual({ target: null, reachable: true, steps: [] });
  });

  it('planGap aims at any level and equals evaluate’s gap for that target', () => {
    const data = inspection({ a: false, b: false });
    const gap = planGap(compiled, data, 'two');
    expect(gap).toEqual(plan('two', yesStep('a', 50, 'S'), yesStep('b', 50, 'M')));
    expect(evaluate(compiled, data, { target: 'two' }).gap).toEqual(gap);
    expect(planGap(compiled, data)).toEqual(evaluate(compiled, data).gap);
  });

  it('an unknown level', () => {
    expect(planGap(compiled, inspection({}), 'three')).toEqual({
      target: 'three', reachable: false, steps: [],
      why: [{ code: 'gap-unknown-level', params: { target: 'three', allowed: 'one, two' } }],
    });
  });
});

describe('whatIf', () => {
  const compiled = compileItems([item('a', 5, yes), item('b', 5, { type: 'count', per: 1 })], { passMark: 80 });

  it('evaluates with some answers changed, leaving the inspection alone', () => {
    const data = inspection({ a: false, b: 2 });
    const before = JSON.stringify(data);
    const e = whatIf(compiled, data, { a: true, b: 3 });
    // 5 + 3 = 8 of 10
    expect(e.score).toEqual({ points: 8, max: 10, percent: 80, bonus: 0, deductions: 0 });
    expect(e.rating.level).toBe('pass');
    expect(JSON.stringify(data)).toBe(before);
    expect(evaluate(compiled, data).score.percent).toBe(20);
  });

  it('issue 8.11: unknown item ids and invalid answers in the changes throw a VsrError naming each, in both languages', () => {
    const data = inspection({ a: false, b: 2 });
    let thrown: unknown;
    try {
      whatIf(compiled, data, { ghost: true, b: -1, a: 'yes' as never });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(VsrError);
    const problems = (thrown as VsrError).problems;
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      ['answer-boolean', '/answers/a'],
      ['answer-whole', '/answers/b'],
      ['inspection-unknown-item', '/answers/ghost'],
    ]);
    for (const p of problems) expect(p.message['zh-CN']).not.toBe(p.message.en);
  });

  it('with the gap plan’s answers reaches the target', () => {
    const data = inspection({ a: false, b: 0 });
    const gap = planGap(compiled, data);
    const changes = Object.fromEntries(gap.steps.map((s) => [s.item, s.answer]));
    expect(whatIf(compiled, data, changes).rating.level).toBe(gap.target);
  });
});

describe('items that record the past (issue 8.6)', () => {
  const past = { remediable: false } as const;
  // incidents (deduction, 4 points, past), serious (veto, past), fix (S, 4 points)
  const compiled = compileItems(
    [
      item('incidents', 4, { type: 'deduction', per: 1 }, { ...past, effort: 'S' }),
      item('serious', 2, yes, { ...past, veto: veto(), effort: 'S' }),
      item('fix', 4, yes, { effort: 'L' }),
    ],
    { passMark: 60 },
  );

  it('issue 8.6: the plan never proposes changing a remediable: false item, and reaches the level through others', () => {
    // 0 + 2 + 0 = 2 of 10; incidents would be the S item with the biggest gain, but it records the past
    const gap = evaluateValid(compiled, inspection({ incidents: 4, serious: true, fix: false })).gap;
    expect(gap.reachable).toBe(true);
    expect(gap.steps.map((s) => s.item)).toEqual(['fix']);
  });

  it('issue 8.6: a failed veto that records the past: the level cannot be reached this round, and why', () => {
    const gap = evaluateValid(compiled, inspection({ incidents: 0, serious: false, fix: true })).gap;
    expect(gap).toEqual({
      target: 'pass', reachable: false, steps: [],
      why: [{ code: 'gap-not-remediable', params: { items: 'serious' } }, { code: 'level-veto', params: { items: 'serious' } }],
    });
  });

  it('issue 8.6: points short only because of past incidents: not reachable this round, naming them', () => {
    // 0 + 2 + 0 = 2 of 10; fixing `fix` gives 4 of 10 = 40 %, short of 80 % only because of the past incidents
    const strict = compileItems(
      [item('incidents', 6, { type: 'deduction', per: 1 }, past), item('serious', 2, yes, { ...past, veto: veto() }), item('fix', 2, yes)],
      { passMark: 80 },
    );
    const gap = evaluateValid(strict, inspection({ incidents: 6, serious: true, fix: false })).gap;
    expect(gap.reachable).toBe(false);
    expect(gap.steps).toEqual([]);
    expect(gap.why?.[0]).toEqual({ code: 'gap-not-remediable', params: { items: 'incidents' } });
    expect(gap.why?.[1]?.code).toBe('level-min-percent');
  });

  it('issue 8.6: required items (itemsPassed) that record the past block the level with the same reason', () => {
    const a = standard([item('p1', 5, { type: 'deduction', per: 1 }, past), item('p2', 5, yes)], { id: 'std-p' });
    const scheme = compileScheme([[a, 1]], [level('top', 10, [{ itemsPassed: ['p1', 'p2'] }])]);
    const gap = evaluateValid(scheme, inspection({ p1: 1, p2: false })).gap;
    expect(gap.reachable).toBe(false);
    expect(gap.why?.[0]).toEqual({ code: 'gap-not-remediable', params: { items: 'p1' } });
  });

  it('issue 8.6: the shipped standards mark their past-incident items remediable: false', async () => {
    const { loadStandard, compile } = await import('../../src/index.js');
    const flagged: string[] = [];
    for (const id of ['construction', 'service', 'key-tasks', 'fengqiao']) {
      for (const it of compile(await loadStandard(`${id}@1.0.0`)).items) if (!it.remediable) flagged.push(it.id);
    }
    expect(flagged).toEqual(['svc-proc-08', 'kt-duty-04', 'kt-neg-01', 'kt-neg-02', 'kt-neg-03', 'fq-rights-08', 'fq-result-02', 'fq-result-03']);
  });
});
