// Property: a better answer never lowers the total points, the percent or the level.
import fc from 'fast-check';
import { expect } from 'vitest';
import { improve, inspectionArb } from './arbitraries.js';
import { RUNS, evaluated, forEachTarget, levelIndex } from './targets.js';

forEachTarget('a better answer never lowers the total points, the percent or the level', (compiled) => {
  const arb = inspectionArb(compiled).chain((data) =>
    fc.record({
      data: fc.constant(data),
      index: fc.nat({ max: compiled.items.length - 1 }),
      pick: fc.double({ min: 0, max: 1, noNaN: true }),
      addEvidence: fc.boolean(),
    }),
  );
  fc.assert(
    fc.property(arb, ({ data, index, pick, addEvidence }) => {
      const item = compiled.items[index];
      const better = improve(item, data.answers[item.id], data.inspectedAt, pick, addEvidence);
      const before = evaluated(compiled, data);
      const after = evaluated(compiled, { ...data, answers: { ...data.answers, [item.id]: better } });
      expect(after.score.points + after.score.bonus).toBeGreaterThanOrEqual(before.score.points + before.score.bonus);
      expect(after.score.percent).toBeGreaterThanOrEqual(before.score.percent);
      expect(levelIndex(compiled, after)).toBeGreaterThanOrEqual(levelIndex(compiled, before));
      const afterItem = after.items[index];
      const beforeItem = before.items[index];
      if (beforeItem.state !== 'unanswered') expect(afterItem.points).toBeGreaterThanOrEqual(beforeItem.points);
    }),
    RUNS,
  );
});
