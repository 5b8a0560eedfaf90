// Batch's compact and summary lines leave out the renderer's fields (issue 10.2), so the batch does not
// make them (issue 13.2: no work done twice): the lines are the same bytes either way.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, readInspection } from '../../src/index.js';
import { shapeLine } from '../../src/batch/shapes.js';
import { ROOT } from '../rectify/helpers.js';

const dirs = ['examples/inspections', 'examples/inspections/v1.1'];
const files = dirs.flatMap((d) => readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(ROOT, d, f)));

describe('issue 13.2: compact and summary lines without making the renderer fields', () => {
  it('issue 13.2: every example gives the same compact and summary line with reportFields: false, and the full evaluation lacks the titles', async () => {
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const read = await readInspection(file);
      if (!read.ok) throw new Error(`${file} did not read`);
      const withFields = evaluate(read.compiled, read.inspection);
      const without = evaluate(read.compiled, read.inspection, { reportFields: false });
      expect(withFields.standard.title, file).toBeDefined();
      expect(without.standard.title, file).toBeUndefined();
      expect(without.items.some((i) => i.check !== undefined), file).toBe(false);
      for (const shape of ['compact', 'summary'] as const) expect(shapeLine(without, shape), `${file} ${shape}`).toBe(shapeLine(withFields, shape));
    }
  });
});
