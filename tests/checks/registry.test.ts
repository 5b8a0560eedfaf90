// Every check type: points for each kind of answer (through evaluate), lint of the definition, and
// answer validation. Expected points are worked out by hand from docs/semantics.md.
import { describe, expect, it } from 'vitest';
import { compile, validateInspection, VsrError } from '../../src/index.js';
import { checkTypes } from '../../src/checks/registry.js';
import type { Check } from '../../src/types/standard.js';
import type { AnswerEntry } from '../../src/types/inspection.js';
import { codes, compileItems, inspection, item, itemOf, requirements, scoreItems, standard } from '../helpers/engine.js';

/** Scores one answer for an item `x` of `points` with `check`: [state, points, reason codes]. */
function one(check: Check, points: number, answer: AnswerEntry): [string, number, string[]] {
  const e = scoreItems([item('x', points, check)], { x: answer });
  const r = itemOf(e, 'x');
  return [r.state, r.points, codes(r.reasons)];
}

/** The lint problems (codes and pointers) of a one-item standard with this check. */
function lint(check: Check, points: number): { code: string; pointer: string }[] {
  try {
    compile(standard([item('x', points, check)]));
    return [];
  } catch (e) {
    if (!(e instanceof VsrError)) throw e;
    return e.problems.map((p) => ({ code: p.code, pointer: p.pointer }));
  }
}

/** The validation problem codes and pointers of one answer. */
function invalid(check: Check, answer: unknown): { code: string; pointer: string; params?: unknown }[] {
  const r = validateInspection(compileItems([item('x', 2, check)]), inspection({ x: answer as AnswerEntry }));
  return r.ok ? [] : r.errors.map((p) => ({ code: p.code, pointer: p.pointer, params: p.params }));
}

describe('boolean', () => {
  const check: Check = { type: 'boolean' };
  it('true earns all, false none', () => {
    expect(one(check, 4, true)).toEqual(['pass', 4, []]);
    expect(one(check, 4, false)).toEqual(['fail', 0, []]);
  });
  it('takes a detailed answer', () => {
    expect(one(check, 4, { value: true, note: '现场查看' })).toEqual(['pass', 4, []]);
  });
  it('rejects a non-boolean answer', () => {
    expect(invalid(check, 'yes')).toEqual([{ code: 'answer-boolean', pointer: '/answers/x' }]);
    expect(invalid(check, 1)).toEqual([{ code: 'answer-boolean', pointer: '/answers/x' }]);
    expect(invalid(check, { value: 'yes' })).toEqual([{ code: 'answer-boolean', pointer: '/answers/x/value' }]);
    expect(invalid(check, true)).toEqual([]);
  });
  it('has nothing to lint', () => {
    expect(lint(check, 4)).toEqual([]);
  });
});

describe('grade', () => {
  const check: Check = {
    type: 'grade',
    grades: [
      { id: 'a', fraction: 1 },
      { id: 'b', fraction: 0.75 },
      { id: 'c', fraction: 0.4 },
      { id: 'd', fraction: 0 },
    ],
  };
  it('earns fraction × points', () => {
    expect(one(check, 10, 'a')).toEqual(['pass', 10, []]);
    expect(one(check, 10, 'b')).toEqual(['partial', 7.5, ['grade-earned']]); // 0.75 × 10
    expect(one(check, 10, 'c')).toEqual(['partial', 4, ['grade-earned']]); // 0.4 × 10
    expect(one(check, 10, 'd')).toEqual(['fail', 0, ['grade-earned']]);
    expect(one(check, 3, 'c')).toEqual(['partial', 1.2, ['grade-earned']]); // 0.4 × 3
  });
  it('says which grade and fraction', () => {
    const e = scoreItems([item('x', 10, check)], { x: 'b' });
    expect(itemOf(e, 'x').reasons).toEqual([{ code: 'grade-earned', params: { grade: 'b', fraction: 0.75 } }]);
  });
  it('rounds to hundredths of a point', () => {
    // 0.05 × 0.75 = 0.0375 → 3.75 hundredths → 4 hundredths
    expect(one(check, 0.05, 'b')[1]).toBe(0.04);
  });
  it('rejects an unknown grade, listing the grades', () => {
    expect(invalid(check, 'e')).toEqual([{ code: 'answer-grade', pointer: '/answers/x', params: { allowed: 'a, b, c, d' } }]);
    expect(invalid(check, 1)).toEqual([{ code: 'answer-grade', pointer: '/answers/x', params: { allowed: 'a, b, c, d' } }]);
  });
  it('lints grades out of order and duplicate grade ids', () => {
    expect(lint({ type: 'grade', grades: [{ id: 'lo', fraction: 0.5 }, { id: 'hi', fraction: 1 }] }, 2)).toEqual([
      { code: 'grades-order', pointer: '/sections/0/items/0/check/grades/1/fraction' },
    ]);
    expect(lint({ type: 'grade', grades: [{ id: 'a', fraction: 1 }, { id: 'a', fraction: 0 }] }, 2)).toEqual([
      { code: 'grades-duplicate', pointer: '/sections/0/items/0/check/grades/1/id' },
    ]);
    expect(lint({ type: 'grade', grades: [{ id: 'a', fraction: 1 }, { id: 'b', fraction: 1 }, { id: 'c', fraction: 0 }] }, 2)).toEqual([]);
  });
});

describe('threshold', () => {
  it('atLeast without a ramp: all at or beyond the target, else nothing', () => {
    const check: Check = { type: 'threshold', target: 90, unit: 'percent' };
    expect(one(check, 4, 90)).toEqual(['pass', 4, []]);
    expect(one(check, 4, 100)).toEqual(['pass', 4, []]);
    expect(one(check, 4, 89)).toEqual(['fail', 0, ['threshold-missed']]);
  });

  it('atLeast with partialFrom: a linear ramp from 0 at partialFrom to full at the target', () => {
    const check: Check = { type: 'threshold', target: 90, partialFrom: 70, unit: 'percent' };
    expect(one(check, 4, 80)).toEqual(['partial', 2, ['threshold-partial']]); // (80-70)/(90-70) = 0.5 × 4
    expect(one(check, 4, 85)).toEqual(['partial', 3, ['threshold-partial']]); // 0.75 × 4
    expect(one(check, 4, 71)).toEqual(['partial', 0.2, ['threshold-partial']]); // 0.05 × 4
    expect(one(check, 4, 70)).toEqual(['fail', 0, ['threshold-missed']]);
    expect(one(check, 4, 50)).toEqual(['fail', 0, ['threshold-missed']]);
    expect(one(check, 4, 95)).toEqual(['pass', 4, []]);
  });

  it('atLeast says the value and the target', () => {
    const e = scoreItems([item('x', 4, { type: 'threshold', target: 90, partialFrom: 70 })], { x: 80 });
    expect(itemOf(e, 'x').reasons).toEqual([{ code: 'threshold-partial', params: { value: 80, target: 90 } }]);
  });

  it('a value just short of the target is never full marks', () => {
    // (89.99-70)/20 × 400 hundredths = 399.8, which would round to the full 400
    const check: Check = { type: 'threshold', target: 90, partialFrom: 70, unit: 'percent' };
    expect(one(check, 4, 89.99)).toEqual(['partial', 3.99, ['threshold-partial']]);
    expect(one({ type: 'threshold', target: 2, partialFrom: 6, direction: 'atMost' }, 3, 2.001)).toEqual(['partial', 2.99, ['threshold-partial']]);
  });

  it('atMost without a ramp', () => {
    const check: Check = { type: 'threshold', target: 5, direction: 'atMost', unit: 'days' };
    expect(one(check, 2, 5)).toEqual(['pass', 2, []]);
    expect(one(check, 2, 0)).toEqual(['pass', 2, []]);
    expect(one(check, 2, 6)).toEqual(['fail', 0, ['threshold-missed']]);
  });

  it('atMost with partialFrom: 0 at partialFrom, full at the target', () => {
    const check: Check = { type: 'threshold', target: 2, partialFrom: 6, direction: 'atMost', unit: 'days' };
    expect(one(check, 3, 2)).toEqual(['pass', 3, []]);
    expect(one(check, 3, 1)).toEqual(['pass', 3, []]);
    expect(one(check, 3, 4)).toEqual(['partial', 1.5, ['threshold-partial']]); // (4-6)/(2-6) = 0.5 × 3
    expect(one(check, 3, 5)).toEqual(['partial', 0.75, ['threshold-partial']]); // 0.25 × 3
    expect(one(check, 3, 6)).toEqual(['fail', 0, ['threshold-missed']]);
    expect(one(check, 3, 9)).toEqual(['fail', 0, ['threshold-missed']]);
  });

  it('validates numbers within min..max (percent: 0..100 by default)', () => {
    const percent: Check = { type: 'threshold', target: 90, unit: 'percent' };
    expect(invalid(percent, 'ninety')).toEqual([{ code: 'answer-number', pointer: '/answers/x' }]);
    expect(invalid(percent, 101)).toEqual([{ code: 'answer-range', pointer: '/answers/x', params: { min: 0, max: 100 } }]);
    expect(invalid(percent, -1)).toEqual([{ code: 'answer-range', pointer: '/answers/x', params: { min: 0, max: 100 } }]);
    expect(invalid(percent, 100)).toEqual([]);
    const bounded: Check = { type: 'threshold', target: 10, min: 5, max: 20 };
    expect(invalid(bounded, 4)).toEqual([{ code: 'answer-range', pointer: '/answers/x', params: { min: 5, max: 20 } }]);
    expect(invalid(bounded, 21)).toEqual([{ code: 'answer-range', pointer: '/answers/x', params: { min: 5, max: 20 } }]);
    const open: Check = { type: 'threshold', target: 10 };
    expect(invalid(open, 1e9)).toEqual([]);
    expect(invalid(open, -0.5)).toEqual([{ code: 'answer-range', pointer: '/answers/x', params: { min: 0, max: '∞' } }]);
    expect(checkTypes.threshold.validate(open, Number.NaN)).toEqual({ code: 'answer-number' });
    expect(checkTypes.threshold.validate(open, Number.POSITIVE_INFINITY)).toEqual({ code: 'answer-number' });
  });

  it('lints a ramp on the wrong side of the target', () => {
    const at = '/sections/0/items/0/check/partialFrom';
    expect(lint({ type: 'threshold', target: 90, partialFrom: 95 }, 2)).toEqual([{ code: 'threshold-ramp', pointer: at }]);
    expect(lint({ type: 'threshold', target: 90, partialFrom: 90 }, 2)).toEqual([{ code: 'threshold-ramp', pointer: at }]);
    expect(lint({ type: 'threshold', target: 2, partialFrom: 1, direction: 'atMost' }, 2)).toEqual([{ code: 'threshold-ramp', pointer: at }]);
    expect(lint({ type: 'threshold', target: 2, partialFrom: 6, direction: 'atMost' }, 2)).toEqual([]);
    expect(lint({ type: 'threshold', target: 90 }, 2)).toEqual([]);
  });
});

describe('count', () => {
  const check: Check = { type: 'count', per: 0.5 };
  it('per × count up to the points', () => {
    expect(one(check, 3, 0)).toEqual(['fail', 0, ['count-earned']]);
    expect(one(check, 3, 1)).toEqual(['partial', 0.5, ['count-earned']]);
    expect(one(check, 3, 5)).toEqual(['partial', 2.5, ['count-earned']]);
    expect(one(check, 3, 6)).toEqual(['pass', 3, []]);
    expect(one(check, 3, 50)).toEqual(['pass', 3, []]);
  });
  it('a per that does not divide the points still reaches them', () => {
    // 0.7 × 2 = 1.4; 0.7 × 3 = 2.1, capped at 2
    expect(one({ type: 'count', per: 0.7 }, 2, 2)).toEqual(['partial', 1.4, ['count-earned']]);
    expect(one({ type: 'count', per: 0.7 }, 2, 3)).toEqual(['pass', 2, []]);
    expect(checkTypes.count.best({ type: 'count', per: 0.7 }, 200)).toBe(3);
  });
  it('wants a whole number ≥ 0', () => {
    expect(invalid(check, 1.5)).toEqual([{ code: 'answer-whole', pointer: '/answers/x' }]);
    expect(invalid(check, -1)).toEqual([{ code: 'answer-whole', pointer: '/answers/x' }]);
    expect(invalid(check, '3')).toEqual([{ code: 'answer-whole', pointer: '/answers/x' }]);
    expect(invalid(check, 0)).toEqual([]);
  });
  it('lints a per above the points', () => {
    expect(lint({ type: 'count', per: 4 }, 3)).toEqual([{ code: 'count-per', pointer: '/sections/0/items/0/check/per' }]);
    expect(lint({ type: 'count', per: 3 }, 3)).toEqual([]);
  });
});

describe('checklist', () => {
  const four = requirements('office', 'reception', 'activity', 'archive');
  const proportional: Check = { type: 'checklist', requirements: four };
  const all: Check = { type: 'checklist', mode: 'all', requirements: four };

  it('proportional: share met × points', () => {
    expect(one(proportional, 6, [])).toEqual(['fail', 0, ['checklist-missing']]);
    expect(one(proportional, 6, ['office'])).toEqual(['partial', 1.5, ['checklist-missing']]); // 1/4 × 6
    expect(one(proportional, 6, ['archive', 'office', 'activity'])).toEqual(['partial', 4.5, ['checklist-missing']]); // 3/4 × 6
    expect(one(proportional, 6, ['office', 'reception', 'activity', 'archive'])).toEqual(['pass', 6, []]);
  });
  it('counts a requirement named twice once', () => {
    expect(one(proportional, 6, ['office', 'office'])).toEqual(['partial', 1.5, ['checklist-missing']]);
  });
  it('names the requirements not met, in the standard order', () => {
    const e = scoreItems([item('x', 6, proportional)], { x: ['activity', 'office'] });
    expect(itemOf(e, 'x').reasons).toEqual([{ code: 'checklist-missing', params: { missing: 'reception, archive' } }]);
  });
  it('proportional rounds to hundredths and is never full with a requirement missing', () => {
    const three: Check = { type: 'checklist', requirements: requirements('office', 'reception', 'activity') };
    expect(one(three, 1, ['office'])[1]).toBe(0.33); // 1/3 × 100 hundredths = 33.3 → 33
    expect(one(three, 1, ['office', 'reception'])[1]).toBe(0.67); // 66.7 → 67
    // 2/3 × 1 hundredth = 0.67, which would round to the full 1 hundredth
    expect(one(three, 0.01, ['office', 'reception'])).toEqual(['fail', 0, ['checklist-missing']]);
  });
  it('all: all or nothing', () => {
    expect(one(all, 6, ['office', 'reception', 'activity'])).toEqual(['fail', 0, ['checklist-missing']]);
    expect(one(all, 6, ['office', 'reception', 'activity', 'archive'])).toEqual(['pass', 6, []]);
  });
  it('wants a list of known requirement ids', () => {
    const allowed = 'office, reception, activity, archive';
    expect(invalid(proportional, 'office')).toEqual([{ code: 'answer-checklist', pointer: '/answers/x', params: { allowed } }]);
    expect(invalid(proportional, [1])).toEqual([{ code: 'answer-checklist', pointer: '/answers/x', params: { allowed } }]);
    expect(invalid(proportional, ['office', 'garden'])).toEqual([{ code: 'answer-checklist-unknown', pointer: '/answers/x', params: { id: 'garden', allowed } }]);
    expect(invalid(proportional, [])).toEqual([]);
  });
  it('lints duplicate requirement ids', () => {
    expect(lint({ type: 'checklist', requirements: requirements('office', 'office') }, 2)).toEqual([
      { code: 'requirements-duplicate', pointer: '/sections/0/items/0/check/requirements/1/id' },
    ]);
  });
});

describe('deduction', () => {
  const capped: Check = { type: 'deduction', per: 1, cap: 2 };
  const uncapped: Check = { type: 'deduction', per: 0.5 };
  it('with a cap: points − per × count, at most cap taken off', () => {
    expect(one(capped, 4, 0)).toEqual(['pass', 4, []]);
    expect(one(capped, 4, 1)).toEqual(['partial', 3, ['deduction-taken']]);
    expect(one(capped, 4, 2)).toEqual(['partial', 2, ['deduction-taken']]);
    expect(one(capped, 4, 9)).toEqual(['partial', 2, ['deduction-taken']]); // 9 off, capped at 2
  });
  it('without a cap: never below 0', () => {
    expect(one(uncapped, 2, 3)).toEqual(['partial', 0.5, ['deduction-taken']]); // 2 − 1.5
    expect(one(uncapped, 2, 4)).toEqual(['fail', 0, ['deduction-taken']]);
    expect(one(uncapped, 2, 10)).toEqual(['fail', 0, ['deduction-taken']]);
  });
  it('says how many and how much, and sums into score.deductions', () => {
    const e = scoreItems([item('p', 4, capped), item('c', 2, uncapped)], { p: 5, c: 3 });
    expect(itemOf(e, 'p').reasons).toEqual([{ code: 'deduction-taken', params: { count: 5, deducted: 2 } }]);
    expect(itemOf(e, 'c').reasons).toEqual([{ code: 'deduction-taken', params: { count: 3, deducted: 1.5 } }]);
    // p: 4 − 2 = 2; c: 2 − 1.5 = 0.5; taken off 2 + 1.5 = 3.5
    expect(e.score).toEqual({ points: 2.5, max: 6, percent: 41.67, bonus: 0, deductions: 3.5 });
  });
  it('wants a whole number ≥ 0', () => {
    expect(invalid(capped, 0.5)).toEqual([{ code: 'answer-whole', pointer: '/answers/x' }]);
    expect(invalid(capped, true)).toEqual([{ code: 'answer-whole', pointer: '/answers/x' }]);
  });
  it('lints a cap above the points', () => {
    expect(lint({ type: 'deduction', per: 1, cap: 3 }, 2)).toEqual([{ code: 'deduction-cap', pointer: '/sections/0/items/0/check/cap' }]);
    expect(lint({ type: 'deduction', per: 1, cap: 2 }, 2)).toEqual([]);
  });
});

describe('check types in general', () => {
  it('an unknown check type is a definition problem', () => {
    expect(lint({ type: 'stars' } as unknown as Check, 2)).toEqual([{ code: 'unknown-check-type', pointer: '/sections/0/items/0/check/type' }]);
  });
  it('each type’s best answer earns its full points', () => {
    const cases: [Check, number][] = [
      [{ type: 'boolean' }, 400],
      [{ type: 'grade', grades: [{ id: 'a', fraction: 1 }, { id: 'b', fraction: 0 }] }, 400],
      [{ type: 'threshold', target: 2, direction: 'atMost', partialFrom: 6 }, 300],
      [{ type: 'count', per: 0.3 }, 100],
      [{ type: 'checklist', requirements: requirements('r') }, 200],
      [{ type: 'deduction', per: 1 }, 200],
    ];
    for (const [check, max] of cases) {
      const t = checkTypes[check.type];
      const best = t.best(check, max);
      expect(t.validate(check, best)).toBeNull();
      expect(t.score(check, best, max).earned).toBe(max);
    }
  });
});

describe('one duplicate-id rule for the check types (review leftover)', () => {
  it('review leftover: duplicateIds reports every repeat of an earlier id at its own place, for grades and requirements alike', async () => {
    const { duplicateIds } = await import('../../src/checks/check-type.js');
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'a' }, { id: 'b' }];
    expect(duplicateIds(list, 'grades', 'grades-duplicate')).toEqual([
      { code: 'grades-duplicate', at: '/grades/2/id', params: { id: 'a' } },
      { code: 'grades-duplicate', at: '/grades/3/id', params: { id: 'a' } },
      { code: 'grades-duplicate', at: '/grades/4/id', params: { id: 'b' } },
    ]);
    expect(duplicateIds([{ id: 'x' }, { id: 'y' }], 'requirements', 'requirements-duplicate')).toEqual([]);
  });
});
