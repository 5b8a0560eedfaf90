// Nightly-style fuzzing (issue 9, Deliver 4): every reader and `evaluate`, 10,000 cases each (or
// FUZZ_RUNS), with a random seed printed so a failure can be replayed (FUZZ_SEED=…).
// Usage: npm run fuzz
import fc from 'fast-check';
import { writeInspectionForm } from '../src/inspection/form.js';
import { compile } from '../src/standard/compile.js';
import { loadDocument } from '../src/standard/load.js';
import { properties } from '../tests/hostile/fuzz-targets.js';

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const compiled = compile((await loadDocument('tests/fixtures/mini.yaml', undefined, { roots: [process.cwd()] })).doc);
const formBytes = new Uint8Array(await writeInspectionForm(compile((await loadDocument('tests/inspection/fixtures/all-types.yaml', undefined, { roots: [process.cwd()] })).doc)));
let failed = 0;
for (const [name, prop] of Object.entries(properties({ compiled, formBytes }))) {
  const started = Date.now();
  const result = await fc.check(prop as fc.IAsyncProperty<unknown>, { numRuns: runs, seed });
  const took = ((Date.now() - started) / 1000).toFixed(1);
  if (result.failed) {
    failed++;
    console.log(`✗ ${name}: ${runs} runs, seed ${seed}, failed after ${result.numRuns}\n${fc.defaultReportMessage(result)}`);
  } else console.log(`✓ ${name}: ${result.numRuns} runs in ${took} s (seed ${seed})`);
}
process.exitCode = failed ? 1 : 0;
