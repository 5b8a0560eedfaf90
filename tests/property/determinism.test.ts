// Property: evaluating twice (or with the answers in another order) gives byte-identical JSON that fits
// the evaluation schema.
import fc from 'fast-check';
import { expect } from 'vitest';
import { validateAgainstSchema } from '../../src/standard/schema-validate.js';
import { inspectionArb } from './arbitraries.js';
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
