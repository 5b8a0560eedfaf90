// Property (issue 13.2): batch writes a full line from the evaluation made without the renderer's
// fields, the items' fields following as fragments encoded once per standard
// (src/batch/shapes.ts `writeShapeLine`). The bytes must be exactly JSON.stringify of the evaluation
// `evaluate` makes with its renderer fields: on random inspections of every shipped standard and
// scheme (waivers, evidence, notes, nearly empty ones), on every shipped example with reviewers'
// overrides applied, for every output shape and gap mode; and an evaluation whose items already carry
// some of those fields (not made by evaluate) still comes out as addReportFields + JSON.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile, evaluate, evaluateReviewed, readInspection, validateInspection, type Compiled, type Evaluation, type Inspection } from '../../src/index.js';
import { loadDocument } from '../../src/standard/load.js';
import { addReportFields } from '../../src/report-fields.js';
import { shapeLine, writeShapeLine, OUTPUT_SHAPES } from '../../src/batch/shapes.js';
import { LineBytes } from '../../src/batch/line-bytes.js';
import { signReview } from '../../src/review/sign.js';
import { GAP_MODES } from '../../src/evaluate.js';
import { shippedFiles, TRUSTED } from '../helpers/engine.js';
import { inspectionArb } from './arbitraries.js';

const ROOT = path.resolve('.');
const STANDARDS = path.join(ROOT, 'standards');
const SHIPPED = shippedFiles();
const EXAMPLES = ['examples/inspections', 'examples/inspections/v1.1'].flatMap((d) => readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(ROOT, d, f)));

const decoder = new TextDecoder();

/** What batch writes for the evaluation made without renderer fields, as text. */
function written(e: Evaluation, shape: (typeof OUTPUT_SHAPES)[number], compiled: Compiled, out = new LineBytes()): string {
  writeShapeLine(out, e, shape, compiled);
  return decoder.decode(out.take());
}

let all: Record<string, Compiled>;
beforeAll(async () => {
  all = {};
  for (const file of SHIPPED) all[file] = compile((await loadDocument(path.join(STANDARDS, file), undefined, TRUSTED)).doc);
}, 120_000);

describe('issue 13.2: the full line from encoded fragments is the evaluation’s JSON', () => {
  it.each(SHIPPED)('issue 13.2: random inspections of %s give, in every shape, the bytes of shapeLine(evaluate(…)) (one writer reused)', (name) => {
    const compiled = all[name];
    const out = new LineBytes();
    let lines = 0;
    fc.assert(
      fc.property(inspectionArb(compiled), fc.constantFrom(...GAP_MODES), (data, gap) => {
        const checked = validateInspection(compiled, data);
        if (!checked.ok) throw new Error(`generated an invalid inspection: ${JSON.stringify(checked.errors.map((p) => [p.code, p.pointer]))}`);
        for (const shape of OUTPUT_SHAPES) {
          const expected = shapeLine(evaluate(compiled, checked.inspection, { gap }), shape) + '\n';
          expect(written(evaluate(compiled, checked.inspection, { gap, reportFields: false }), shape, compiled, out)).toBe(expected);
          lines++;
        }
      }),
      { numRuns: 25 },
    );
    expect(lines).toBe(25 * OUTPUT_SHAPES.length);
  }, 120_000);

  it('issue 13.2: every shipped example, reviewers’ overrides applied, gives the bytes of vsr score’s JSON in every shape', async () => {
    expect(EXAMPLES.length).toBeGreaterThan(15);
    let overridden = 0;
    for (const file of EXAMPLES) {
      const read = await readInspection(file);
      if (!read.ok) throw new Error(`${file} did not read`);
      // and the example with a reviewer's override of its first answer (the item's reasons are extended after evaluate)
      const [item, answer] = Object.entries(read.inspection.answers)[0];
      const review = { by: '审核人（示例）', role: '县局复核组', date: read.inspection.inspectedAt, decision: 'approved' as const, overrides: [{ item, answer, reason: '复核（示例）', authority: '示例' }] };
      const signed = signReview(read.inspection as unknown as Record<string, unknown>, review) as unknown as Inspection;
      for (const inspection of [read.inspection, signed]) {
        for (const shape of OUTPUT_SHAPES) {
          const made = evaluateReviewed(read.compiled, inspection);
          const lean = evaluateReviewed(read.compiled, inspection, { reportFields: false });
          if (!made.ok || !lean.ok) throw new Error(`${file} was refused`);
          if (made.applied.length) overridden++;
          expect(written(lean.evaluation, shape, read.compiled), `${file} ${shape}`).toBe(shapeLine(made.evaluation, shape) + '\n');
        }
      }
    }
    expect(overridden).toBe(EXAMPLES.length * OUTPUT_SHAPES.length);
  });

  it('issue 13.2: an evaluation whose items already carry renderer fields of their own is written as addReportFields + JSON', () => {
    const compiled = all['star-rating/1.0.0.yaml'];
    const data = fc.sample(inspectionArb(compiled), { numRuns: 1, seed: 7 })[0];
    const checked = validateInspection(compiled, data);
    if (!checked.ok) throw new Error('invalid sample');
    const lean = evaluate(compiled, checked.inspection, { reportFields: false });
    // a first line makes the fragments; then an item carrying its own section and check
    written(structuredClone(lean), 'full', compiled);
    const odd = structuredClone(lean);
    odd.items[0] = { ...odd.items[0], section: 'somewhere-else', check: { type: 'boolean' } };
    const expected = JSON.stringify(addReportFields(structuredClone(odd), compiled)) + '\n';
    expect(written(odd, 'full', compiled)).toBe(expected);
    expect(expected).toContain('"section":"somewhere-else"');
  });
});
