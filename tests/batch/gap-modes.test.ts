// `vsr batch --gap none|next|all` and the library's `gap` option (issue 13.2): no plan, the plan to the
// next level (today's output, byte for byte), or a plan to every level above; the same bytes with one
// worker and two in every mode and shape; every line valid against its shape's schema.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '../../src/standard/compile.js';
import { loadDocument } from '../../src/standard/load.js';
import { generateLines } from '../../src/batch/generate.js';
import { runBatch } from '../../src/batch/run.js';
import { shapeLine, type OutputShape } from '../../src/batch/shapes.js';
import { validateAgainstSchema, type SchemaName } from '../../src/standard/schema-validate.js';
import { evaluate, validateInspection, type Evaluation, type GapMode } from '../../src/index.js';
import { scoreInspection } from '../../src/scoring/score.js';
import { withSharedAnswers } from '../../src/standard/shared.js';
import { forLevel } from '../../src/standard/levels.js';
import { oraclePlanGapFrom } from '../helpers/gap-oracle.js';
import { scratch, vsr } from './helpers.js';

const dir = scratch('gap-modes');
const compiled = compile((await loadDocument('star-rating')).doc);
const input = path.join(dir, 'mixed.ndjson');
const records = [...generateLines(compiled, { count: 90, seed: 11, profile: 'mixed' })];
writeFileSync(input, records.join('\n') + '\n');

const SHAPES: [OutputShape, SchemaName][] = [['full', 'evaluation'], ['compact', 'evaluation-compact'], ['summary', 'evaluation-summary']];

async function run(shape: OutputShape, gap: GapMode | undefined, workers: number): Promise<string> {
  const name = `${shape}-${gap ?? 'default'}-${workers}`;
  const out = path.join(dir, `${name}.ndjson`);
  await runBatch({ input, out, errors: path.join(dir, `${name}.errors.ndjson`), workers, summary: false, cwd: dir, locale: 'en', output: shape, ...(gap ? { gap } : {}), chunkBytes: 48 * 1024 });
  return readFileSync(out, 'utf8');
}

const parse = (text: string) => text.trimEnd().split('\n').map((l) => JSON.parse(l));

describe('vsr batch --gap (issue 13.2)', () => {
  it('issue 13.2: --gap none output has no plan and validates against each output shape\'s schema', async () => {
    for (const [shape, schema] of SHAPES) {
      const lines = parse(await run(shape, 'none', 1));
      expect(lines).toHaveLength(records.length);
      for (const l of lines) {
        expect(l).not.toHaveProperty('gap');
        expect(l).not.toHaveProperty('gaps');
        expect(validateAgainstSchema(schema, l)).toEqual([]);
      }
    }
  }, 120_000);

  it('issue 13.2: 1 and 2 workers write byte-identical output for every --gap mode', async () => {
    // every mode in the full shape, and the other shapes where the mode changes what they hold
    const runs: [GapMode, OutputShape, SchemaName][] = [['none', 'full', 'evaluation'], ['next', 'full', 'evaluation'], ['all', 'full', 'evaluation'], ['none', 'compact', 'evaluation-compact'], ['all', 'summary', 'evaluation-summary']];
    for (const [gap, shape, schema] of runs) {
      const one = await run(shape, gap, 1);
      expect(await run(shape, gap, 2)).toBe(one);
      for (const l of parse(one)) expect(validateAgainstSchema(schema, l)).toEqual([]);
    }
  }, 240_000);

  it('issue 13.2: --gap next equals the default output byte for byte, and that is the plan the old planner made', async () => {
    // today's output: every line as evaluate() wrote it, its plan made by the planner before issue 13
    // (tests/helpers/gap-oracle.ts), in the evaluation's own key order
    const today = records.map((line) => {
      const checked = validateInspection(compiled, JSON.parse(line));
      if (!checked.ok) throw new Error('generated an invalid record');
      const answered = withSharedAnswers(compiled, checked.inspection);
      const state = scoreInspection(forLevel(compiled, answered.station.level), answered);
      // the plan replaced in its place by the old planner's (spreading keeps each key where it was)
      return { ...evaluate(compiled, checked.inspection), gap: oraclePlanGapFrom(state, answered) } as Evaluation;
    });
    let steps = 0;
    for (const [shape] of SHAPES) {
      const next = await run(shape, 'next', 1);
      expect(next).toBe(await run(shape, undefined, 1));
      expect(next).toBe(today.map((e) => shapeLine(e, shape) + '\n').join(''));
      if (shape === 'full') steps = parse(next).reduce((n, e) => n + e.gap.steps.length, 0);
    }
    expect(steps).toBeGreaterThan(100); // the mix has nearly empty stations with long plans
  }, 120_000);

  it('issue 13.2: --gap all adds a plan to every level above the one reached, the first being gap', async () => {
    const next = parse(await run('full', 'next', 1));
    const all = parse(await run('full', 'all', 1));
    const summary = parse(await run('summary', 'all', 1));
    let longer = 0;
    all.forEach((e, k) => {
      const levels = compiled.levels.map((l) => l.id);
      const held = e.rating.level === null ? -1 : levels.indexOf(e.rating.level);
      expect(e.gaps.map((g: { target: string }) => g.target)).toEqual(levels.slice(held + 1));
      expect(e.gap).toEqual(next[k].gap);
      if (e.gaps.length) expect(e.gaps[0]).toEqual(e.gap);
      expect(summary[k].gaps).toEqual(e.gaps.map((g: { target: string; reachable: boolean; steps: { item: string }[] }) => ({ target: g.target, reachable: g.reachable, steps: g.steps.map((s) => s.item) })));
      if (e.gaps.length > 1) longer++;
    });
    expect(longer).toBeGreaterThan(10);
  }, 120_000);

  it('issue 13.2: --gap with another value is a usage error in both languages; --help documents it', async () => {
    const bad = await vsr(['batch', input, '--out', path.join(dir, 'bad.ndjson'), '--gap', 'some', '--locale', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--gap must be none, next or all: some');
    const zh = await vsr(['batch', input, '--out', path.join(dir, 'bad.ndjson'), '--gap', 'some', '--locale', 'zh-CN']);
    expect(zh.stderr).toContain('--gap 应为 none、next 或 all：some');
    const help = await vsr(['batch', '--help', '--locale', 'en']);
    expect(help.stdout).toMatch(/--gap\s+Gap plans of each station: none/);
    expect(help.stdout).toContain('[--gap none|next|all]');
  });

  it('issue 13.2: a stored evaluation written with --gap none is refused by vsr gap with its file, not a crash', async () => {
    const file = path.join(dir, 'no-plan.json');
    writeFileSync(file, JSON.stringify(parse(await run('full', 'none', 1))[0]));
    const r = await vsr(['gap', file, '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no-plan.json');
    expect(r.stderr).toContain('has no gap plan (written with --gap none)');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('evaluate({ gap }) (issue 13.2)', () => {
  it('issue 13.2: none makes no plan, next is the default, all adds gaps', () => {
    const checked = validateInspection(compiled, JSON.parse(records[0]));
    if (!checked.ok) throw new Error('generated an invalid record');
    const plain = evaluate(compiled, checked.inspection);
    expect(evaluate(compiled, checked.inspection, { gap: 'next' })).toStrictEqual(plain);
    const none = evaluate(compiled, checked.inspection, { gap: 'none' });
    expect(none).not.toHaveProperty('gap');
    const { gap: _gap, ...rest } = plain;
    expect(none).toStrictEqual(rest);
    const all = evaluate(compiled, checked.inspection, { gap: 'all' });
    expect(all.gap).toStrictEqual(plain.gap);
    expect(all.gaps?.[0]).toStrictEqual(plain.gap.target === null ? undefined : plain.gap);
  });
});
