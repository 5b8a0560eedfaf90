// Property: scores stay in range — 0 ≤ points ≤ max for every item, section, component and total.
import fc from 'fast-check';
import { expect } from 'vitest';
import { inspectionArb } from './arbitraries.js';
import { RUNS, evaluated, forEachTarget } from './targets.js';

forEachTarget('0 ≤ points ≤ max for every item, section, component and the total; 0 ≤ percent ≤ 100', (compiled) => {
  fc.assert(
    fc.property(inspectionArb(compiled), (data) => {
      const e = evaluated(compiled, data);
      for (const i of e.items) {
        expect(i.points).toBeGreaterThanOrEqual(0);
        expect(i.points).toBeLessThanOrEqual(i.max);
        if (i.state === 'pass') expect(i.points).toBe(i.max);
        if (i.state === 'fail' || i.state === 'unanswered' || i.state === 'waived' || i.state === 'not-applicable') expect(i.points).toBe(0);
      }
      for (const s of [...e.sections, e.score, ...(e.score.components ?? [])]) {
        expect(s.points).toBeGreaterThanOrEqual(0);
        expect(s.points).toBeLessThanOrEqual(s.max);
        expect(s.percent).toBeGreaterThanOrEqual(0);
        expect(s.percent).toBeLessThanOrEqual(100);
        expect(Math.round(s.points * 100)).toBeCloseTo(s.points * 100, 6); // whole hundredths
      }
      expect(e.score.bonus).toBeGreaterThanOrEqual(0);
      expect(e.score.deductions).toBeGreaterThanOrEqual(0);
    }),
    RUNS,
  );
});
