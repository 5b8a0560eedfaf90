// Two-decimal values, exhaustively: every one of the 10,000 values 0.01 … 100.00 is accepted where the
// schemas take points, and decides a threshold or a mark exactly (issue 8.2, 8.3).
import { describe, expect, it } from 'vitest';
import { compile, evaluate, validateInspection } from '../../src/index.js';
import type { Standard } from '../../src/index.js';
import { validateAgainstSchema, isMultipleOf } from '../../src/standard/schema-validate.js';
import { inspection, item, itemOf, standard } from '../helpers/engine.js';
import { meetsPercent, percentFloor, ratio } from '../../src/scoring/exact.js';

/** The number a two-decimal text `k/100` reads as (what YAML, JSON and a spreadsheet give). */
const ALL = Array.from({ length: 10_000 }, (_, k) => Number(((k + 1) / 100).toFixed(2)));

describe('two-decimal values (issue 8.2)', () => {
  it('issue 8.2: isMultipleOf(x, 0.01) holds for all 10,000 values 0.01 … 100.00, and not for a third decimal', () => {
    const refused = ALL.filter((v) => !isMultipleOf(v, 0.01));
    expect(refused).toEqual([]);
    const thirds = ALL.map((v) => v + 0.005).filter((v) => isMultipleOf(v, 0.01));
    expect(thirds).toEqual([]);
  });

  it('issue 8.2: the standard schema accepts every two-decimal value as points, count per, deduction per and cap, and reweight', () => {
    const refused: string[] = [];
    for (const v of ALL) {
      const std: Standard = standard([
        item('p', v, { type: 'boolean' }),
        item('c', v, { type: 'count', per: v }),
        item('d', v, { type: 'deduction', per: v, cap: v }),
      ], { overlay: { reweight: { p: v } } } as Partial<Standard>);
      const problems = validateAgainstSchema('standard', std);
      if (problems.length) refused.push(`${v}: ${problems.map((p) => `${p.pointer} ${p.code}`).join('; ')}`);
    }
    expect(refused).toEqual([]);
    expect(validateAgainstSchema('standard', standard([item('p', 0.015, { type: 'boolean' })])).map((p) => p.code)).toEqual(['schema-multiple-of']);
  });

  it('issue 8.2: a compiled standard keeps every two-decimal item exactly (points = value)', () => {
    const items = ALL.filter((_, k) => k % 7 === 0).map((v, k) => item(`i${k}`, v, { type: 'boolean' }));
    const c = compile(standard(items));
    const e = evaluate(c, inspection(Object.fromEntries(items.map((i) => [i.id, true]))));
    items.forEach((i) => expect(itemOf(e, i.id).points).toBe(i.points));
  });

  it('issue 8.2: a percent threshold with a two-decimal target is met exactly at it and missed one hundredth below', () => {
    const wrong: string[] = [];
    for (const v of ALL) {
      const c = compile(standard([item('t', 1, { type: 'threshold', unit: 'percent', target: v })]));
      const at = inspection({ t: v });
      const checked = validateInspection(c, at);
      if (!checked.ok) { wrong.push(`${v} refused`); continue; }
      if (itemOf(evaluate(c, at), 't').state !== 'pass') wrong.push(`${v} not met at the target`);
      const below = Number((v - 0.01).toFixed(2));
      if (itemOf(evaluate(c, inspection({ t: below })), 't').state === 'pass') wrong.push(`${below} met the target ${v}`);
    }
    expect(wrong).toEqual([]);
  });

  it('issue 8.3: for every two-decimal mark m, a share of exactly m % meets it and one half-hundredth less does not', () => {
    const wrong: string[] = [];
    ALL.forEach((m, k) => {
      const h = k + 1; // m in hundredths of a percent
      if (!meetsPercent(ratio(h, 10_000), m)) wrong.push(`${m} % does not meet ${m}`);
      if (meetsPercent(ratio(2 * h - 1, 20_000), m)) wrong.push(`${(2 * h - 1) / 200} % meets ${m}`);
      if (percentFloor(ratio(2 * h - 1, 20_000)) >= m) wrong.push(`${(2 * h - 1) / 200} % is shown as ${m} or more`);
    });
    expect(wrong).toEqual([]);
  });
});
