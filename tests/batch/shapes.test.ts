// Output shapes of a batch (issue 13.2): full, compact and summary, each valid against its schema, and
// the same bytes with one worker and two.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '../../src/standard/compile.js';
import { loadDocument } from '../../src/standard/load.js';
import { generateLines } from '../../src/batch/generate.js';
import { runBatch } from '../../src/batch/run.js';
import { validateAgainstSchema } from '../../src/standard/schema-validate.js';
import { scratch } from './helpers.js';

const dir = scratch('shapes');
const compiled = compile((await loadDocument('star-rating')).doc);
const input = path.join(dir, 'mixed.ndjson');
writeFileSync(input, [...generateLines(compiled, { count: 120, seed: 7, profile: 'mixed' })].join('\n') + '\n');

async function run(shape: 'full' | 'compact' | 'summary', workers: number): Promise<string> {
  const out = path.join(dir, `${shape}-${workers}.ndjson`);
  await runBatch({ input, out, errors: path.join(dir, `${shape}-${workers}.errors.ndjson`), workers, summary: false, cwd: dir, locale: 'en', output: shape, chunkBytes: 64 * 1024 });
  return readFileSync(out, 'utf8');
}

describe('batch output shapes (issue 13.2)', () => {
  it('issue 13.2: every shape validates against its schema, and 1 and 2 workers write the same bytes', async () => {
    const full = (await run('full', 1)).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(full).toHaveLength(120);
    for (const [shape, schema] of [['full', 'evaluation'], ['compact', 'evaluation-compact'], ['summary', 'evaluation-summary']] as const) {
      const one = await run(shape, 1);
      const two = await run(shape, 2);
      expect(two).toBe(one);
      const lines = one.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(lines).toHaveLength(120);
      for (const l of lines) expect(validateAgainstSchema(schema, l)).toEqual([]);
    }
  }, 120_000);

  it('issue 13.2: compact leaves out items that do not apply and reasons of passed items; summary keeps score, level, states and gap ids', async () => {
    const full = (await run('full', 1)).trimEnd().split('\n').map((l) => JSON.parse(l));
    const compact = (await run('compact', 1)).trimEnd().split('\n').map((l) => JSON.parse(l));
    const summary = (await run('summary', 1)).trimEnd().split('\n').map((l) => JSON.parse(l));
    let smaller = 0;
    full.forEach((f, k) => {
      const c = compact[k];
      const s = summary[k];
      expect(c.items.map((i: { id: string }) => i.id)).toEqual(f.items.filter((i: { state: string }) => i.state !== 'not-applicable').map((i: { id: string }) => i.id));
      for (const i of c.items) if (i.state === 'pass') expect(i.reasons).toBeUndefined();
      expect(c.sections.every((x: object) => !('title' in x))).toBe(true);
      // the full score's component titles are a renderer's field (issue 10.2), left out of compact
      const untitled = { ...f.score, ...(f.score.components ? { components: f.score.components.map(({ title: _t, ...x }: { title?: unknown }) => x) } : {}) };
      expect([c.score, c.rating.level, c.gap]).toEqual([untitled, f.rating.level, f.gap]);
      expect([s.station.id, s.percent, s.level]).toEqual([f.station.id, f.score.percent, f.rating.level]);
      expect(s.gap.steps).toEqual(f.gap.steps.map((x: { item: string }) => x.item));
      expect(s.states).toHaveLength(f.items.length);
      expect(s.vetoes).toEqual(f.vetoes.map((v: { item: string }) => v.item));
      if (JSON.stringify(c).length < JSON.stringify(f).length * 0.75) smaller++;
    });
    expect(smaller).toBeGreaterThan(60);
  }, 120_000);
});

describe('vsr compare reads every shape (issue 13.2)', () => {
  it('issue 13.2: comparing rounds stored as compact or summary lines gives the comparison of the full evaluations', async () => {
    const round2 = path.join(dir, 'round2.ndjson');
    writeFileSync(round2, [...generateLines(compiled, { count: 120, seed: 7, profile: 'mixed', round: 2 })].join('\n') + '\n');
    const outs: Record<string, [string, string]> = {};
    for (const shape of ['full', 'compact', 'summary'] as const) {
      const pair: string[] = [];
      for (const [name, file] of [['r1', input], ['r2', round2]]) {
        const out = path.join(dir, `cmp-${name}-${shape}.ndjson`);
        await runBatch({ input: file, out, errors: path.join(dir, `cmp-${name}-${shape}.errors.ndjson`), workers: 1, summary: false, cwd: dir, locale: 'en', output: shape });
        pair.push(out);
      }
      outs[shape] = pair as [string, string];
    }
    const { compareRounds } = await import('../../src/batch/compare.js');
    const labels = { a: 'A', b: 'B' };
    const problems: unknown[] = [];
    const full = await compareRounds(...outs.full, problems as never, labels);
    expect(full.matched).toBe(120);
    expect(full.stations.length).toBeGreaterThan(10);
    for (const shape of ['compact', 'summary'] as const) {
      const c = await compareRounds(...outs[shape], problems as never, labels);
      // a summary line has no station name: the id stands in for it
      expect(shape === 'summary' ? { ...c, stations: c.stations.map((s) => ({ ...s, name: '' })) } : c).toEqual(shape === 'summary' ? { ...full, stations: full.stations.map((s) => ({ ...s, name: '' })) } : full);
    }
    // and mixed: full against summary
    expect((await compareRounds(outs.full[0], outs.summary[1], problems as never, labels)).levels).toEqual(full.levels);
    expect(problems).toEqual([]);
  }, 180_000);
});
