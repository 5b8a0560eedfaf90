// Property: scores stay in range — 0 ≤ points ≤ max for every item, section, component and total —
// and add up, in whole hundredths, from items to sections to standards.
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
      // the sums add up: each standard's points are its counted non-bonus items' and its top sections'
      const counted = (state: string) => state !== 'not-applicable' && state !== 'waived';
      compiled.components.forEach((component, c) => {
        const own = compiled.items.filter((i) => i.component === c && !i.bonus).map((i) => e.items[i.index]);
        const tops = compiled.sections.filter((s) => s.component === c && s.parent === null).map((s) => e.sections[s.index]);
        const points = e.score.components ? e.score.components[c].points : e.score.points;
        const hundredths = (list: { points: number }[]) => list.reduce((t, x) => t + Math.round(x.points * 100), 0);
        expect(hundredths(own)).toBe(Math.round(points * 100));
        expect(hundredths(tops)).toBe(Math.round(points * 100));
        if (component.missing !== 'exclude') {
          const max = e.score.components ? e.score.components[c].max : e.score.max;
          expect(own.filter((i) => counted(i.state)).reduce((t, i) => t + Math.round(i.max * 100), 0)).toBe(Math.round(max * 100));
        }
      });
      if (e.score.components) {
        const weighted = e.score.components.filter((k) => k.weight > 0);
        expect(weighted.reduce((t, k) => t + Math.round(k.points * 100), 0)).toBe(Math.round(e.score.points * 100));
        expect(weighted.reduce((t, k) => t + Math.round(k.max * 100), 0)).toBe(Math.round(e.score.max * 100));
      }
    }),
    RUNS,
  );
});
