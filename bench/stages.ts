// The cost of each stage of a batch record, in one thread, over the first LIMIT records of FILE: each
// stage run over all the records in turn, ROUNDS rounds (default 5), the fastest round kept; per record and
// as multiples of JSON.parse of the record:
//   node --import tsx bench/stages.ts REF FILE LIMIT [ROUNDS]
import { readFileSync } from 'node:fs';
import { compile, evaluateReviewed, validateInspection } from '../src/index.js';
import { loadDocument } from '../src/standard/load.js';
import { shapeLine as shapeLineOf, writeShapeLine } from '../src/batch/shapes.js';
import { LineBytes } from '../src/batch/line-bytes.js';

const [ref, file, limitArg, roundsArg] = process.argv.slice(2) as [string, string, string, string?];
const limit = Number(limitArg);
const rounds = Number(roundsArg ?? 5);
const compiled = compile((await loadDocument(ref)).doc);
const lines = readFileSync(file, 'utf8').split('\n', limit).filter((l) => l.length > 0);
const parsed = lines.map((l) => JSON.parse(l));
const checked = parsed.map((d) => validateInspection(compiled, d)).filter((c) => c.ok).map((c) => c.inspection);
function evaluated(r: ReturnType<typeof evaluateReviewed>) {
  if (!r.ok) throw new Error('a record of the sample was refused');
  return r.evaluation;
}
const full = checked.map((i) => evaluated(evaluateReviewed(compiled, i)));
const lean = checked.map((i) => evaluated(evaluateReviewed(compiled, i, { reportFields: false })));
const stages = {
  'JSON.parse': () => { for (const l of lines) JSON.parse(l); },
  validate: () => { for (const d of parsed) validateInspection(compiled, d); },
  'evaluate gap none, no fields': () => { for (const i of checked) evaluateReviewed(compiled, i, { gap: 'none', reportFields: false }); },
  'evaluate gap next, no fields': () => { for (const i of checked) evaluateReviewed(compiled, i, { reportFields: false }); },
  'evaluate gap next, fields': () => { for (const i of checked) evaluateReviewed(compiled, i); },
  'full line': () => { for (const e of full) shapeLineOf(e, 'full'); },
  'compact line': () => { for (const e of lean) shapeLineOf(e, 'compact'); },
  'summary line': () => { for (const e of lean) shapeLineOf(e, 'summary'); },
  // as vsr batch writes them: encoded into the output buffer, the full line's items from fragments
  // (the full writer adds the evaluation's own renderer fields to each the first time: the rounds after
  // it find them there, as the fastest round is kept)
  'full line, batch writer': () => batchWriter('full'),
  'compact line, batch writer': () => batchWriter('compact'),
};
/** Writes the lines into one buffer handed over every 4 MB, as a batch worker hands over a chunk's output. */
function batchWriter(shape: 'full' | 'compact') {
  const out = new LineBytes();
  for (const e of lean) {
    writeShapeLine(out, e, shape, compiled);
    if (out.length > 4 << 20) out.take();
  }
}
const best: Record<string, number> = {};
for (let r = 0; r < rounds; r++) {
  for (const [name, f] of Object.entries(stages)) {
    const t = process.hrtime.bigint();
    f();
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    best[name] = Math.min(best[name] ?? Infinity, ms);
  }
}
const unit = best['JSON.parse'];
console.log(`${lines.length} records; ms per record, and × JSON.parse`);
for (const [name, ms] of Object.entries(best)) console.log(`${name.padEnd(32)} ${(ms / lines.length).toFixed(4)} ms  ${(ms / unit).toFixed(2)}×`);
