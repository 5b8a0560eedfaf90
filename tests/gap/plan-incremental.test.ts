// Issue 13.1: the incremental planner measures one item per group of like candidates and a class of
// groups only down to its first smaller gain; ties (equal gains) still go to the first item, as a full
// re-scoring of every candidate decides them.
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/index.js';
import { compileItems, evaluateValid, inspection, item } from '../helpers/engine.js';
import { scoreInspection } from '../../src/scoring/score.js';
import { oraclePlanGapFrom } from '../helpers/gap-oracle.js';

const yes: Item['check'] = { type: 'boolean' };

describe('ties between candidates (issue 13.1)', () => {
  it('issue 13.1: two fixes that both reach the bonus cap gain alike, and the first item wins, not the one with more points', () => {
    // a (2 points) and b (5 points), both S; c passes; bonus x brings 5 (the cap). 3 + 5 of 10 = 80 %.
    // Fixing a gives (3 + 2 + 5) / 10 = 100 %, fixing b (3 + 5 + 5) / 10 capped at 100 %: equal gains.
    const compiled = compileItems([item('a', 2, yes, { effort: 'S' }), item('b', 5, yes, { effort: 'S' }), item('c', 3, yes, { effort: 'S' }), item('x', 5, yes, { bonus: true })], { passMark: 95, bonusCap: 5 });
    const data = inspection({ a: false, b: false, c: true, x: true });
    const gap = evaluateValid(compiled, data).gap;
    expect(gap.steps.map((s) => [s.item, s.gain])).toEqual([['a', 20]]);
    expect(gap).toStrictEqual(oraclePlanGapFrom(scoreInspection(compiled, data), data));
  });

  it('issue 13.1: among like candidates of different points, the biggest gain is found even when it is not the first item', () => {
    // a (1 point), b (4 points), c (2 points), all S and failed, in one section: 0 of 7; passMark 50
    // needs 3.5 points: b, the biggest gain though not the first item, alone (4 of 7 = 57 %).
    const compiled = compileItems([item('a', 1, yes, { effort: 'S' }), item('b', 4, yes, { effort: 'S' }), item('c', 2, yes, { effort: 'S' })], { passMark: 50 });
    const data = inspection({ a: false, b: false, c: false });
    const gap = evaluateValid(compiled, data).gap;
    expect(gap.steps.map((s) => s.item)).toEqual(['b']);
    expect(gap).toStrictEqual(oraclePlanGapFrom(scoreInspection(compiled, data), data));
  });
});
