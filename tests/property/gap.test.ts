// Property: a reachable gap plan reaches its target; an unreachable one could not have.
import fc from 'fast-check';
import { expect } from 'vitest';
import { planGap } from '../../src/index.js';
import { applyGap } from '../helpers/engine.js';
import { bestEntry, inspectionArb } from './arbitraries.js';
import { RUNS, evaluated, forEachTarget, levelIndex } from './targets.js';

forEachTarget('a reachable gap plan, written into the inspection, reaches its target (every level and the default)', (compiled) => {
  const levelIds = compiled.levels.map((l) => l.id);
  fc.assert(
    fc.property(inspectionArb(compiled), fc.constantFrom<(string | undefined)[]>(undefined, ...levelIds), (data, target) => {
      const before = evaluated(compiled, data, target);
      const gap = before.gap;
      expect(planGap(compiled, data, target)).toEqual(gap);
      if (target === undefined && gap.target === null) {
        expect(levelIndex(compiled, before)).toBe(compiled.levels.length - 1);
        return;
      }
      expect(gap.target).toBe(target ?? levelIds[levelIndex(compiled, before) + 1]);
      if (!gap.reachable) {
        // unreachable means no answers a station can change can reach it: not even the best answer to
        // every item, past incidents (remediable: false) kept as they are (issue 8.6)
        expect(gap.why?.length).toBeGreaterThan(0);
        const best: typeof data.answers = {};
        for (const i of compiled.items) {
          if (i.remediable) best[i.id] = bestEntry(i, data.inspectedAt);
          else if (data.answers[i.id] !== undefined) best[i.id] = data.answers[i.id];
        }
        const all = evaluated(compiled, { ...data, answers: best });
        expect(all.rating.levels.find((l) => l.id === gap.target)!.met).toBe(false);
        return;
      }
      expect(new Set(gap.steps.map((s) => s.item)).size).toBe(gap.steps.length);
      // issue 8.6: a plan never proposes changing an item that records the past
      for (const s of gap.steps) expect(compiled.items[compiled.itemIndex.get(s.item)!].remediable).toBe(true);
      const fixed = applyGap(data, gap.steps);
      const after = evaluated(compiled, fixed);
      const reached = after.rating.levels.find((l) => l.id === gap.target)!;
      expect(reached.unmet).toEqual([]);
      expect(reached.met).toBe(true);
      for (const s of gap.steps) expect(after.items.find((i) => i.id === s.item)!.state).toBe(s.to);
      // the gains add up to the change in the percent
      const sum = gap.steps.reduce((t, s) => t + s.gain, 0);
      expect(Math.abs(sum - (after.score.percent - before.score.percent))).toBeLessThan(1e-6);
    }),
    RUNS,
  );
});
