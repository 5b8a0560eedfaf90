// Issue 13.2: answers validated once. validateInspection checks each answer against its item's check;
// evaluate does not check those answers again, and still checks every answer it was not shown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate, validateInspection } from '../../src/index.js';
import type { Inspection } from '../../src/types/inspection.js';
import { checkTypes } from '../../src/checks/registry.js';
import { compileItems, inspection, item, itemOf, requirements } from '../helpers/engine.js';

const items = [
  item('a', 2, { type: 'boolean' }),
  item('b', 4, { type: 'checklist', requirements: requirements('r1', 'r2') }),
  item('c', 3, { type: 'count', per: 1 }),
  item('d', 2, { type: 'boolean' }, { evidence: [{ kind: 'photo' }] }),
];
const answers = { a: true, b: ['r1'], c: 2, d: { value: true, evidence: [{ kind: 'photo' as const, date: '2025-05-01' }] } };

/** Spies on the validate of every check type; the spies count the calls. */
function spyValidate() {
  return Object.values(checkTypes).map((t) => vi.spyOn(t, 'validate'));
}
const calls = (spies: ReturnType<typeof spyValidate>) => spies.reduce((n, s) => n + s.mock.calls.length, 0);

afterEach(() => vi.restoreAllMocks());

describe('answers validated once (issue 13.2)', () => {
  it('issue 13.2: evaluate does not check again the answers validateInspection checked', () => {
    const compiled = compileItems(items);
    const spies = spyValidate();
    const checked = validateInspection(compiled, inspection(answers));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(calls(spies)).toBe(4); // one check an answer
    for (const s of spies) s.mockClear();
    const e = evaluate(compiled, checked.inspection, { gap: 'none' });
    expect(calls(spies)).toBe(0);
    expect(e.items.map((i) => [i.id, i.state])).toEqual([['a', 'pass'], ['b', 'partial'], ['c', 'partial'], ['d', 'pass']]);
  });

  it('issue 13.2: the same evaluation whether the inspection came through validateInspection or not', () => {
    const compiled = compileItems(items);
    const data = inspection(answers);
    const validated = validateInspection(compiled, structuredClone(data));
    if (!validated.ok) throw new Error('invalid');
    expect(evaluate(compiled, validated.inspection, { gap: 'all' })).toEqual(evaluate(compiled, data, { gap: 'all' }));
  });

  it('issue 13.2: an invalid answer of an inspection that did not come through validateInspection still scores 0 as invalid-answer', () => {
    const compiled = compileItems(items);
    const spies = spyValidate();
    const e = evaluate(compiled, inspection({ ...answers, a: 'yes', b: ['r1', 'r9'], c: -1 } as unknown as Inspection['answers']), { gap: 'none' });
    expect(calls(spies)).toBe(4);
    expect(itemOf(e, 'a')).toMatchObject({ state: 'fail', points: 0, reasons: [{ code: 'invalid-answer', params: { detail: 'answer-boolean' } }] });
    expect(itemOf(e, 'b')).toMatchObject({ state: 'fail', points: 0, reasons: [{ code: 'invalid-answer', params: { detail: 'answer-checklist-unknown' } }] });
    expect(itemOf(e, 'c')).toMatchObject({ state: 'fail', points: 0, reasons: [{ code: 'invalid-answer', params: { detail: 'answer-whole' } }] });
    expect(itemOf(e, 'd').state).toBe('pass');
  });

  it('issue 13.2: an answer replaced after validation is checked again (invalid-answer), the others are not', () => {
    const compiled = compileItems(items);
    const checked = validateInspection(compiled, inspection({ ...answers }));
    if (!checked.ok) throw new Error('invalid');
    const spies = spyValidate();
    (checked.inspection.answers as Record<string, unknown>).a = 'yes';
    (checked.inspection.answers as Record<string, unknown>).d = { value: 1, evidence: [{ kind: 'photo', date: '2025-05-01' }] };
    const e = evaluate(compiled, checked.inspection, { gap: 'none' });
    expect(calls(spies)).toBe(2);
    expect(itemOf(e, 'a').reasons).toEqual([{ code: 'invalid-answer', params: { detail: 'answer-boolean' } }]);
    expect(itemOf(e, 'd').reasons).toEqual([{ code: 'invalid-answer', params: { detail: 'answer-boolean' } }]);
    expect(itemOf(e, 'b').state).toBe('partial');
  });

  it('issue 13.2: answers checked against another compiled standard are checked again', () => {
    const compiled = compileItems(items);
    const other = compileItems([item('a', 2, { type: 'count', per: 1 }), ...items.slice(1)]);
    const checked = validateInspection(other, inspection({ ...answers, a: 1 }));
    if (!checked.ok) throw new Error('invalid');
    const e = evaluate(compiled, checked.inspection, { gap: 'none' });
    expect(itemOf(e, 'a').reasons).toEqual([{ code: 'invalid-answer', params: { detail: 'answer-boolean' } }]);
  });

  it('issue 13.2 (found): an answer naming a requirement of other levels is refused by validation, not zeroed by scoring', () => {
    const levelled = [
      item('a', 2, { type: 'checklist', requirements: [...requirements('r1'), { id: 'r2', label: { 'zh-CN': 'r2', en: 'r2' }, appliesTo: ['county'] }] } as (typeof items)[number]['check']),
    ];
    const compiled = compileItems(levelled);
    const refused = validateInspection(compiled, inspection({ a: ['r1', 'r2'] }, { level: 'town' }));
    expect(refused.ok ? [] : refused.errors.map((p) => [p.code, p.pointer, p.params])).toEqual([['answer-checklist-not-for-level', '/answers/a', { id: 'r2', level: 'town', levels: 'county', allowed: 'r1' }]]);
    // the level's answer is checked once, against the level's check, and scores as without validation
    const data = inspection({ a: ['r1'] }, { level: 'town' });
    const checked = validateInspection(compiled, structuredClone(data));
    if (!checked.ok) throw new Error('invalid');
    const spies = spyValidate();
    const e = evaluate(compiled, checked.inspection, { gap: 'none' });
    expect(calls(spies)).toBe(0);
    expect(itemOf(e, 'a')).toMatchObject({ state: 'pass', points: 2 });
    expect(e).toEqual(evaluate(compiled, data, { gap: 'none' }));
  });

  it('issue 13.2: a station level changed after validation has its answers checked again as the new level has them', () => {
    const levelled = [
      item('a', 2, { type: 'checklist', requirements: [...requirements('r1'), { id: 'r2', label: { 'zh-CN': 'r2', en: 'r2' }, appliesTo: ['county'] }] } as (typeof items)[number]['check']),
    ];
    const compiled = compileItems(levelled);
    const checked = validateInspection(compiled, inspection({ a: ['r1', 'r2'] }, { level: 'county' }));
    if (!checked.ok) throw new Error('invalid');
    expect(itemOf(evaluate(compiled, checked.inspection, { gap: 'none' }), 'a')).toMatchObject({ state: 'pass', points: 2 });
    (checked.inspection.station as { level: string }).level = 'town';
    const spies = spyValidate();
    const e = evaluate(compiled, checked.inspection, { gap: 'none' });
    expect(calls(spies)).toBe(1);
    expect(itemOf(e, 'a').reasons).toEqual([{ code: 'invalid-answer', params: { detail: 'answer-checklist-unknown' } }]);
  });
});
