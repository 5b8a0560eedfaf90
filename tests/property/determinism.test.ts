// Property: evaluating twice (or with the answers in another order) gives byte-identical JSON that fits
// the evaluation schema.
import fc from 'fast-check';
import { expect } from 'vitest';
import { validateAgainstSchema } from '../../src/standard/schema-validate.js';
import { dateOf, dayOf, inspectionArb } from './arbitraries.js';
import { RUNS, evaluated, forEachTarget } from './targets.js';

forEachTarget('evaluating twice gives byte-identical JSON that fits schemas/evaluation.schema.json', (compiled) => {
  fc.assert(
    fc.property(inspectionArb(compiled), (data) => {
      const first = JSON.stringify(evaluated(compiled, data));
      const second = JSON.stringify(evaluated(compiled, structuredClone(data)));
      expect(second).toBe(first);
      // nor does the order the answers are written in change a byte
      const reordered = { ...data, answers: Object.fromEntries(Object.entries(data.answers).reverse()) };
      expect(JSON.stringify(evaluated(compiled, reordered))).toBe(first);
      expect(validateAgainstSchema('evaluation', JSON.parse(first))).toEqual([]);
    }),
    RUNS,
  );
});

forEachTarget('issue 8.4: waivers decide the same in any order; a twin that expires earlier changes nothing', (compiled) => {
  fc.assert(
    fc.property(inspectionArb(compiled), fc.integer({ min: 1, max: 60 }), (data, earlier) => {
      const list = data.waivers ?? [];
      if (list.length === 0) return;
      const first = JSON.stringify(evaluated(compiled, data));
      const twins = list.map((w) => ({ ...w, reason: '旧豁免', expires: dateOf(dayOf(w.expires) - earlier) }));
      expect(JSON.stringify(evaluated(compiled, { ...data, waivers: [...list, ...twins] }))).toBe(first);
      expect(JSON.stringify(evaluated(compiled, { ...data, waivers: [...twins, ...list].reverse() }))).toBe(first);
      expect(JSON.stringify(evaluated(compiled, { ...data, waivers: [...twins, ...list] }))).toBe(first);
    }),
    RUNS,
  );
});
