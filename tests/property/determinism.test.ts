// Property: evaluating twice gives byte-identical JSON that fits the evaluation schema.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Compiled } from '../../src/index.js';
import { validateAgainstSchema } from '../../src/standard/schema-validate.js';
import { inspectionArb } from './arbitraries.js';
import { RUNS, NAMES, loadTargets, evaluated } from './targets.js';

let targets: Record<string, Compiled>;
beforeAll(async () => {
  targets = await loadTargets();
});

describe.each(NAMES)('%s', (name) => {
  it('evaluating twice gives byte-identical JSON that fits schemas/evaluation.schema.json', () => {
    const compiled = targets[name];
    fc.assert(
      fc.property(inspectionArb(compiled), (data) => {
        const first = JSON.stringify(evaluated(compiled, data));
        const second = JSON.stringify(evaluated(compiled, structuredClone(data)));
        expect(second).toBe(first);
        expect(validateAgainstSchema('evaluation', JSON.parse(first))).toEqual([]);
      }),
      RUNS,
    );
  });
});
