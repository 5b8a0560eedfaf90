// npm run generate -- --count N --ref REF --out FILE [--seed S] [--round R] [--bad-rate 0.01]
// Writes N realistic inspections (NDJSON) for a shipped standard or scheme, or a file; streaming.
import { parseArgs } from 'node:util';
import { loadDocument } from '../src/standard/load.js';
import { argRoots } from '../src/io/ref-roots.js';
import { compile } from '../src/standard/compile.js';
import { VsrError } from '../src/i18n/problem.js';
import { writeInspections } from '../src/batch/generate.js';

const USAGE = 'usage: npm run generate -- --count N --ref REF --out FILE [--seed S] [--round R] [--bad-rate RATE]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { count: { type: 'string' }, ref: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, round: { type: 'string', default: '1' }, 'bad-rate': { type: 'string', default: '0' } },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const count = Number(values.count);
  const seed = Number(values.seed);
  const round = Number(values.round);
  const badRate = Number(values['bad-rate']);
  if (!values.ref || !values.out || !Number.isInteger(count) || count < 0 || !Number.isInteger(seed) || !Number.isInteger(round) || round < 1 || !(badRate >= 0 && badRate <= 1)) {
    console.error(USAGE);
    return 2;
  }
  try {
    await writeInspections(compile((await loadDocument(values.ref, process.cwd(), { roots: argRoots(process.cwd(), values.ref) })).doc), values.out, { count, seed, round, badRate });
  } catch (e) {
    if (e instanceof VsrError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
  console.log(`${count} inspections of ${values.ref} (seed ${seed}, round ${round}) → ${values.out}`);
  return 0;
}

main().then((code) => (process.exitCode = code));
