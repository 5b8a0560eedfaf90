// issue 10.2: the evaluation carries what the renderers take from the standard (titles, section tree,
// checks, evidence asked for, level labels, conditions in words), so the renderers take the evaluation
// alone; an evaluation stored before is filled at the reading edge from the standard it names; the batch
// shapes that leave renderer fields out (compact, summary) stay byte-identical and meet their schemas.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReportInputs } from '../../src/io/inputs.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderCsv } from '../../src/report/csv.js';
import { renderGapText } from '../../src/report/text.js';
import { toCompact, toStationSummary } from '../../src/batch/shapes.js';
import { validateAgainstSchema } from '../../src/standard/schema-validate.js';
import type { Evaluation } from '../../src/types/evaluation.js';
import type { PlannedEvaluation } from '../../src/evaluate.js';
import { ROOT, vsr } from './helpers.js';
import { previousShape, type Json } from './previous-shape.js';

const EXAMPLES = ['examples/inspections/four-star-town.yaml', 'examples/inspections/county-centre-service.yaml', 'examples/inspections/v1.1/five-star-town-2023.yaml', 'examples/inspections/v1.1/four-star-town-no-fengqiao-2023.yaml'];

async function scored(file: string): Promise<Evaluation> {
  const loaded = await loadReportInputs([file], { cwd: ROOT });
  expect(loaded.problems).toEqual([]);
  return loaded.inputs[0].evaluation;
}

describe('issue 10.2: renderers from the evaluation document alone', () => {
  it('issue 10.2: a JSON evaluation renders with no standard loaded, to the bytes `vsr score` writes', async () => {
    for (const file of EXAMPLES) {
      // what a consumer holds: the JSON document, nothing else (no compiled standard, no inspection)
      const evaluation = JSON.parse(JSON.stringify(await scored(file))) as PlannedEvaluation;
      for (const locale of ['zh-CN', 'en'] as const) {
        const input = { evaluation, file };
        expect(renderMarkdown(input, { locale }), file).toBe((await vsr(['score', file, '--format', 'md', '--locale', locale])).stdout);
        expect(renderHtml(input, { locale }), file).toBe((await vsr(['score', file, '--format', 'html', '--locale', locale])).stdout);
        expect(renderCsv(input, { locale }), file).toBe((await vsr(['score', file, '--format', 'csv', '--locale', locale])).stdout);
        expect(renderGapText(input, { locale }), file).toBe((await vsr(['gap', file, '--locale', locale])).stdout);
      }
    }
  });

  it('issue 10.2: every new evaluation carries the fields and meets vsr/evaluation@1', async () => {
    for (const file of EXAMPLES) {
      const ev = await scored(file);
      expect(validateAgainstSchema('evaluation', ev), file).toEqual([]);
      expect(ev.standard.title?.['zh-CN']).toBeTruthy();
      expect(ev.items.every((i) => i.check && i.section && i.title)).toBe(true);
      expect(ev.sections.every((s) => typeof s.depth === 'number')).toBe(true);
      for (const level of ev.rating.levels) {
        expect(level.label?.['zh-CN']).toBeTruthy();
        expect(level.conditions?.every((c) => c.description?.code.startsWith('cond-'))).toBe(true);
      }
      if (ev.scheme) expect(ev.score.components?.every((c) => c.title && ev.items.some((i) => i.component === c.id))).toBe(true);
    }
    expect((await scored('examples/inspections/four-star-town.yaml')).reconstructedSources?.length).toBeGreaterThan(0);
  });

  it('issue 10.2: an evaluation stored by the previous version (without the fields) is filled from the standard it names', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vsr-fields-'));
    for (const file of EXAMPLES) {
      const current = await scored(file);
      const stored = path.join(dir, `${path.basename(file, '.yaml')}.json`);
      writeFileSync(stored, JSON.stringify(previousShape(current as unknown as Json), null, 2));
      const loaded = await loadReportInputs([stored]);
      expect(loaded.problems).toEqual([]);
      // everything the standard gives is back; what only the inspection gave (the inspector, notes) is not
      const expected = structuredClone(current);
      delete expected.inspector;
      for (const i of expected.items) delete i.note;
      expect(loaded.inputs[0].evaluation, file).toEqual(expected);
      // and the previous version's conditions pairing: without `conditions`, they are rebuilt from `unmet`
      const older = previousShape(current as unknown as Json);
      for (const l of (older.rating as Json).levels as Json[]) delete l.conditions;
      writeFileSync(stored, JSON.stringify(older));
      const rebuilt = (await loadReportInputs([stored])).inputs[0].evaluation;
      // (the Fengqiao example has an unassessed veto that `owns` cannot place: its level lists the unmet reasons alone)
      const ambiguous = file.includes('no-fengqiao');
      expect(rebuilt.rating.levels.map((l) => l.conditions), file).toEqual(expected.rating.levels.map((l) => (ambiguous && l.unmet.some((r) => r.code === 'level-veto-unassessed') ? undefined : l.conditions)));
    }
  });

  it('issue 10.2: compact and summary lines leave the renderer fields out, byte for byte, and meet their schemas', async () => {
    for (const file of EXAMPLES) {
      const ev = await scored(file);
      const before = previousShape(ev as unknown as Json) as unknown as Evaluation;
      expect(JSON.stringify(toCompact(ev))).toBe(JSON.stringify(toCompact(before)));
      expect(JSON.stringify(toStationSummary(ev))).toBe(JSON.stringify(toStationSummary(before)));
      expect(validateAgainstSchema('evaluation-compact', toCompact(ev))).toEqual([]);
      expect(validateAgainstSchema('evaluation-summary', toStationSummary(ev))).toEqual([]);
    }
  });
});
