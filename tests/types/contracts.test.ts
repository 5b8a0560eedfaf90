// issue 10.2 and 10.3: every document the package writes has a JSON Schema (draft 2020-12) in schemas/, and
// real outputs of each validate against it; the evaluation carries what a renderer needs.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { compile, evaluate, loadRatingScheme, loadStandard, validateInspection } from '../../src/index.js';
import type { Compiled, Evaluation } from '../../src/index.js';
import { diffStandards } from '../../src/standard/diff.js';
import { ROOT, vsr } from '../batch/helpers.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
for (const f of readdirSync(path.join(ROOT, 'schemas'))) ajv.addSchema(JSON.parse(readFileSync(path.join(ROOT, 'schemas', f), 'utf8')));
const BASE = 'https://veteran-station-rating.org/schemas/';

function errorsOf(name: string, doc: unknown): unknown[] {
  const validate = ajv.getSchema(`${BASE}${name}.schema.json`);
  if (!validate) throw new Error(`no schema ${name}`);
  return validate(doc) ? [] : validate.errors ?? [];
}

const example = (name: string) => parse(readFileSync(path.join(ROOT, 'examples/inspections', name), 'utf8'));

async function evaluateExample(name: string): Promise<{ evaluation: Evaluation; compiled: Compiled }> {
  const data = example(name);
  const compiled = compile(data.scheme ? await loadRatingScheme(data.scheme) : await loadStandard(data.standard));
  const checked = validateInspection(compiled, data);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return { evaluation: evaluate(compiled, checked.inspection), compiled };
}

describe('issue 10.2: the evaluation carries what a renderer needs (additive, vsr/evaluation@1)', () => {
  it('issue 10.2: each item carries its title and the answer and evidence given; each level each condition with whether it holds', async () => {
    const data = example('four-star-town.yaml');
    const { evaluation, compiled } = await evaluateExample('four-star-town.yaml');
    expect(evaluation.schema).toBe('vsr/evaluation@1');
    expect(errorsOf('evaluation', evaluation)).toEqual([]);
    for (const item of evaluation.items) {
      const known = compiled.items[compiled.itemIndex.get(item.id)!];
      expect(item.title).toEqual(known.title);
      const given = data.answers[item.id];
      if (given === undefined) expect(item.answer).toBeUndefined();
      else if (given && typeof given === 'object' && !Array.isArray(given)) {
        expect(item.answer).toEqual(given.value);
        expect(item.evidence ?? []).toEqual(given.evidence ?? []);
      } else expect(item.answer).toEqual(given);
    }
    expect(evaluation.items.some((i) => i.evidence?.length)).toBe(true);
    for (const [i, level] of evaluation.rating.levels.entries()) {
      const conditions = level.conditions!;
      expect(conditions[0].condition).toEqual({ minPercent: compiled.levels[i].minPercent });
      expect(conditions.slice(1).map((c) => c.condition)).toEqual(compiled.levels[i].requires);
      // The reasons of the conditions that do not hold are exactly `unmet`, in order; met iff all hold.
      expect(conditions.filter((c) => !c.holds).map((c) => c.reason)).toEqual(level.unmet);
      expect(conditions.every((c) => c.holds)).toBe(level.met);
    }
    expect(evaluation.rating.levels.some((l) => !l.met)).toBe(true);
  });

  it('issue 10.2: a stored evaluation without the new fields is still a valid vsr/evaluation@1', async () => {
    const { evaluation } = await evaluateExample('three-star-village.yaml');
    const old = structuredClone(evaluation) as Evaluation;
    for (const item of old.items) { delete item.title; delete item.answer; delete item.evidence; }
    for (const level of old.rating.levels) delete level.conditions;
    expect(errorsOf('evaluation', old)).toEqual([]);
    expect(errorsOf('evaluation', { ...old, items: [{ ...old.items[0], answer: { not: 'an answer' } }, ...old.items.slice(1)] })).not.toEqual([]);
  });
});

describe('issue 10.3: real outputs validate against their schemas', () => {
  it('issue 10.3: vsr/standard-diff@1 (construction 1.0.0 → 1.1.0)', async () => {
    const diff = diffStandards(compile(await loadStandard('construction@1.0.0')), compile(await loadStandard('construction@1.1.0')));
    expect(diff.schema).toBe('vsr/standard-diff@1');
    expect(diff.items.added.length + diff.items.removed.length + diff.items.changed.length).toBeGreaterThan(0);
    expect(errorsOf('standard-diff', diff)).toEqual([]);
    expect(errorsOf('standard-diff', { ...diff, same: 'no' })).not.toEqual([]);
  });

  it('issue 10.3: vsr/batch-summary@1 and vsr/comparison@1 from `vsr batch` and `vsr compare` on the examples', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vsr-contracts-'));
    const folder = path.join(ROOT, 'examples/inspections');
    const batch = await vsr(['batch', folder, '--out', path.join(dir, 'a.ndjson'), '--summary', path.join(dir, 'summary.json'), '--workers', '1']);
    expect(batch.code).toBe(0);
    const summary = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8'));
    expect(summary.schema).toBe('vsr/batch-summary@1');
    expect(summary.groups.length).toBeGreaterThan(0);
    expect(errorsOf('batch-summary', summary)).toEqual([]);
    expect(errorsOf('batch-summary', { ...summary, records: { ...summary.records, good: -1 } })).not.toEqual([]);

    // A second round where one station scored less: a change to compare.
    const lines = readFileSync(path.join(dir, 'a.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Evaluation);
    for (const e of lines) errorsOf('evaluation', e).forEach((err) => expect.fail(JSON.stringify(err)));
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify(lines.slice(1)));
    const compared = await vsr(['compare', path.join(dir, 'a.ndjson'), path.join(dir, 'b.json'), '--format', 'json']);
    expect(compared.code).toBe(0);
    const comparison = JSON.parse(compared.stdout);
    expect(comparison.schema).toBe('vsr/comparison@1');
    expect(comparison.matched).toBeGreaterThan(0);
    expect(errorsOf('comparison', comparison)).toEqual([]);
    expect(errorsOf('comparison', { ...comparison, matched: 'all' })).not.toEqual([]);
  });
});
