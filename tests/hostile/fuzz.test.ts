// Fuzzing of every reader and of `evaluate` (issue 9, Deliver 4): 500 cases each here; `npm run fuzz`
// runs 10,000 (scripts/fuzz.ts).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { writeInspectionForm } from '../../src/io/form.js';
import { ALL_TYPES, compiledOf, MINI } from '../report/helpers.js';
import { properties } from './fuzz-targets.js';

const RUNS = 500;

describe('fuzzing (issue 9, Deliver 4)', async () => {
  const compiled = await compiledOf(MINI);
  const formBytes = new Uint8Array(await writeInspectionForm(await compiledOf(ALL_TYPES)));
  const props = properties({ compiled, formBytes });
  for (const [name, prop] of Object.entries(props)) {
    it(`issue 9 fuzz: ${name} (${RUNS} runs)`, async () => {
      await fc.assert(prop as fc.IAsyncProperty<unknown>, { numRuns: RUNS, seed: 20261130 });
    }, 120_000);
  }
});
