// Issue 10.1: level conditions are one module each, compiled into tagged conditions with the ids they
// name resolved to indexes; rating, the gap plan and the report ask the registry.
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/index.js';
import { checkCondition, conditionType, levelConditions } from '../../src/rating/conditions/registry.js';
import { scoreInspection } from '../../src/scoring/score.js';
import { validateInspection } from '../../src/inspection/validate.js';
import { compileScheme, inspection, item, level, standard, veto } from '../helpers/engine.js';

const yes: Item['check'] = { type: 'boolean' };
const stdA = standard([], { id: 'std-a', passMark: 75, sections: [{ id: 'sa', title: { 'zh-CN': 'A', en: 'A' }, items: [item('a1', 4, yes, { veto: veto() }), item('a2', 4, yes)] }] });
const stdB = standard([], { id: 'std-b', sections: [{ id: 'sb', title: { 'zh-CN': 'B', en: 'B' }, items: [item('b1', 6, yes), item('b2', 4, yes)] }] });
const compiled = compileScheme([[stdA, 1], [stdB, 1]], [
  level('l1', 60, [{ noVeto: true, scope: 'counted' }, { itemsPassed: ['b2', 'a2'] }, { section: 'sb', minPercent: 50, appliesTo: ['town'] }, { standardMet: 'std-a', orItemsPassed: ['b1'] }]),
]);

describe('level conditions (issue 10.1)', () => {
  it('issue 10.1: a level compiles to tagged conditions, minimum percent first, ids resolved to indexes', () => {
    const conditions = levelConditions(compiled, compiled.levels[0]);
    const index = (id: string) => compiled.itemIndex.get(id)!;
    expect(conditions).toEqual([
      { kind: 'minPercent', min: 60 },
      { kind: 'noVeto', scope: 'counted' },
      { kind: 'itemsPassed', items: [index('b2'), index('a2')], ids: ['b2', 'a2'] },
      { kind: 'sectionMin', appliesTo: ['town'], section: compiled.sectionIndex.get('sb')!, id: 'sb', min: 50 },
      { kind: 'standardMet', component: compiled.componentIndex.get('std-a')!, id: 'std-a', min: 75, orItems: [index('b1')] },
    ]);
    // compiled once per compiled standard
    expect(levelConditions(compiled, compiled.levels[0])).toBe(conditions);
  });

  it('issue 10.1: each unmet condition gives a reason its own module owns, and a description the report words', () => {
    const v = validateInspection(compiled, inspection({ a1: false, a2: false, b1: false, b2: false }));
    if (!v.ok) throw new Error('invalid');
    const state = scoreInspection(compiled, v.inspection);
    const conditions = levelConditions(compiled, compiled.levels[0]);
    const reasons = conditions.map((c) => checkCondition(state, c));
    expect(reasons.map((r) => r?.code)).toEqual(['level-min-percent', 'level-veto', 'level-items', 'level-section', 'level-standard']);
    conditions.forEach((c, k) => {
      expect(conditionType(c).owns(c, reasons[k]!)).toBe(true);
      // no other condition of the level claims it
      conditions.forEach((other, j) => j === k || expect(conditionType(other).owns(other, reasons[k]!)).toBe(false));
      expect(conditionType(c).describe(c).code).toMatch(/^cond-/);
    });
    expect(conditions.map((c) => conditionType(c).rank(state, c))).toEqual([3, 0, 1, 2, 0]);
  });

  it('issue 10.1: a condition for other station levels holds', () => {
    const v = validateInspection(compiled, inspection({ a1: true, a2: true, b1: false, b2: false }, { level: 'village' }));
    if (!v.ok) throw new Error('invalid');
    const state = scoreInspection(compiled, v.inspection);
    const section = levelConditions(compiled, compiled.levels[0])[3];
    expect(checkCondition(state, section)).toBeNull();
  });
});
