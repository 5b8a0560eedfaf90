import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { validateAgainstSchema } from '../../src/standard/schema-validate.js';
import { compiledOf, inspectionOf, MINI, reportInput, TOWN, townInputs } from './helpers.js';

describe('JSON renderer', () => {
  it('writes an evaluation that is valid against schemas/evaluation.schema.json', async () => {
    const { standard, scheme } = await townInputs();
    for (const input of [standard, scheme]) {
      const doc = JSON.parse(renderJson(input));
      expect(validateAgainstSchema('evaluation', doc)).toEqual([]);
      expect(doc.schema).toBe('vsr/evaluation@1');
    }
  });

  it('writes an array of valid evaluations for several stations', async () => {
    const { standard, scheme } = await townInputs();
    const docs = JSON.parse(renderJson([standard, scheme]));
    expect(docs).toHaveLength(2);
    for (const d of docs) expect(validateAgainstSchema('evaluation', d)).toEqual([]);
    expect(docs.map((d: { scheme: unknown }) => d.scheme)).toMatchObject([null, { id: 'mini-stars', version: '1.0.0' }]);
  });

  it('gives byte-identical JSON when the same inspection is evaluated again', async () => {
    const compiled = await compiledOf(MINI);
    const a = renderJson(reportInput(compiled, inspectionOf(TOWN)));
    const b = renderJson(reportInput(await compiledOf(MINI), inspectionOf(TOWN)));
    expect(a).toBe(b);
  });

  it('keeps the hand-computed score of the town fixture', async () => {
    const { standard } = await townInputs();
    const doc = JSON.parse(renderJson(standard));
    expect(doc.score).toEqual({ points: 12.5, max: 20, percent: 62.5, bonus: 0, deductions: 1 });
    expect(doc.rating.level).toBe('pass');
  });
});
