import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { compile, evaluate, loadStandard, validateInspection } from '../../src/index.js';
import { compareRounds } from '../../src/batch/compare.js';
import { runBatch } from '../../src/batch/run.js';
import { writeInspections } from '../../src/batch/generate.js';
import { loadDocument } from '../../src/standard/load.js';
import type { Problem } from '../../src/i18n/problem.js';
import { MINI, PHOTO, mini, readNdjson, scratch, vsr, writeLines } from './helpers.js';
import { TRUSTED } from '../helpers/engine.js';

const dir = scratch('compare');
const compiled = compile(await loadStandard(MINI, TRUSTED));
const score = (r: object) => {
  const checked = validateInspection(compiled, r);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return evaluate(compiled, checked.inspection);
};
const full = { 'm-org-1': true, 'm-org-2': { value: 'good', evidence: PHOTO }, 'm-svc-1': 95, 'm-svc-2': 6, 'm-svc-3': 0 };
const { 'm-svc-2': _unanswered, ...withoutVisits } = full;

// Round A and round B (mini: town max 20, pass at 60 % with no failed veto):
//  S1 100 % pass → veto m-org-1 fails: 16/20 = 80 %, unrated (down; newly failed m-org-1)
//  S2 m-org-2 and m-svc-1 fail: 10/20 = 50 %, unrated → both fixed, m-svc-2 unanswered: 17/20 = 85 %, pass (up)
//  S3 pass at 100 % → m-svc-3 one petition: 19/20 = 95 %, pass (same level; m-svc-3 partial, not failed)
//  S4 only in A; S5 only in B
const roundA = [
  mini('S1', 'town', undefined, full),
  mini('S2', 'town', undefined, { ...full, 'm-org-2': 'poor', 'm-svc-1': 50 }),
  mini('S3', 'town', undefined, full),
  mini('S4', 'town', undefined, full),
].map(score);
const roundB = [
  mini('S5', 'town', undefined, full),
  mini('S3', 'town', undefined, { ...full, 'm-svc-3': 1 }),
  mini('S2', 'town', undefined, withoutVisits),
  mini('S1', 'town', undefined, { ...full, 'm-org-1': false }),
].map(score);

describe('compare two rounds', () => {
  const fileA = writeLines(path.join(dir, 'a.ndjson'), roundA);
  const fileB = writeLines(path.join(dir, 'b.ndjson'), roundB);

  it('matches stations by id: level changes, newly failed and fixed items, score changes', async () => {
    const problems: Problem[] = [];
    const c = await compareRounds(fileA, fileB, problems);
    expect(problems).toEqual([]);
    expect(c.matched).toBe(3);
    expect(c.onlyInA).toEqual(['S4']);
    expect(c.onlyInB).toEqual(['S5']);
    expect(c.levels).toEqual({ up: 1, down: 1, same: 1 });
    // deltas: S1 −20, S2 +35, S3 −5 → mean +3.33
    expect(c.score).toEqual({ up: 1, down: 2, same: 0, meanDelta: 3.33 });
    expect(c.stations.map((s) => [s.id, s.change, s.from.level, s.to.level, s.delta, s.newlyFailed, s.fixed])).toEqual([
      ['S1', 'down', 'pass', null, -20, ['m-org-1'], []],
      ['S2', 'up', null, 'pass', 35, ['m-svc-2'], ['m-org-2', 'm-svc-1']],
      ['S3', 'same', 'pass', 'pass', -5, [], []],
    ]);
    expect(c.items).toEqual([
      { id: 'm-org-1', newlyFailed: 1, fixed: 0 },
      { id: 'm-svc-2', newlyFailed: 1, fixed: 0 },
      { id: 'm-org-2', newlyFailed: 0, fixed: 1 },
      { id: 'm-svc-1', newlyFailed: 0, fixed: 1 },
    ]);
    expect(c.transitions).toEqual([{ from: null, to: 'pass', stations: 1 }, { from: 'pass', to: null, stations: 1 }, { from: 'pass', to: 'pass', stations: 1 }]);
  });

  it('takes single evaluations and JSON arrays as well as NDJSON, and reports lines that are not evaluations', async () => {
    const one = path.join(dir, 'one.json');
    writeFileSync(one, JSON.stringify(roundA[0], null, 2));
    const arr = path.join(dir, 'arr.json');
    writeFileSync(arr, JSON.stringify([roundB[3]]));
    const single = await compareRounds(one, arr, []);
    expect(single.stations.map((s) => [s.id, s.change])).toEqual([['S1', 'down']]);

    const bad = writeLines(path.join(dir, 'bad.ndjson'), [roundB[1], '{"station": 1}', 'not json']);
    const problems: Problem[] = [];
    const c = await compareRounds(fileA, bad, problems);
    expect(c.matched).toBe(1);
    expect(problems.map((p) => [p.line, p.code])).toEqual([[2, 'compare-not-evaluation'], [3, 'json-syntax']]);
  });

  it('prints text (stations down, then up, then items), JSON and an offline HTML page', async () => {
    const text = await vsr(['compare', path.relative(process.cwd(), fileA), path.relative(process.cwd(), fileB), '--locale', 'en']);
    expect(text.code).toBe(0);
    const out = text.stdout;
    expect(out).toContain('3 stations matched; 1 only in the first round, 1 only in the second');
    expect(out).toContain('1 went up a level, 1 went down, 1 unchanged');
    const down = out.indexOf('Stations that went down (1)');
    const up = out.indexOf('Stations that went up (1)');
    const newly = out.indexOf('Newly failed items (2)');
    expect(down).toBeGreaterThan(0);
    expect(up).toBeGreaterThan(down);
    expect(newly).toBeGreaterThan(up);
    expect(out).toContain('S1  S1 站  Met → Unrated  100% → 80% (−20)\n    Newly failed items: m-org-1');

    const json = await vsr(['compare', fileA, fileB, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ schema: 'vsr/comparison@1', matched: 3 });

    const html = await vsr(['compare', fileA, fileB, '--format', 'html']);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>[\s\S]*<svg [\s\S]*<\/html>\n$/);
    expect(html.stdout).not.toMatch(/(src|href)="https?:/);
  });

  it('exits 1 with the file and line of a bad input line, 2 on usage mistakes', async () => {
    const bad = writeLines(path.join(dir, 'bad2.ndjson'), [roundB[1], 'nope']);
    const r = await vsr(['compare', fileA, bad, '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad2\.ndjson:2: JSON syntax error/);
    expect((await vsr(['compare', fileA])).code).toBe(2);
    expect((await vsr(['compare', fileA, fileB, '--format', 'pdf'])).code).toBe(2);
    expect((await vsr(['compare', fileA, path.join(dir, 'none.ndjson')])).code).toBe(1);
  });

  it('compares two batch runs of the same stations a year apart, consistently with both outputs', async () => {
    const construction = compile((await loadDocument('construction')).doc);
    const outs: string[] = [];
    for (const round of [1, 2]) {
      const input = path.join(dir, `round${round}.ndjson`);
      await writeInspections(construction, input, { count: 60, seed: 21, round });
      const out = path.join(dir, `round${round}.out.ndjson`);
      await runBatch({ input, out, errors: `${out}.errors`, workers: 2, summary: false, cwd: dir, locale: 'en' });
      outs.push(out);
    }
    const c = await compareRounds(outs[0], outs[1], []);
    const [a, b] = outs.map((f) => new Map(readNdjson(f).map((e) => [e.station.id, e])));
    expect(c.matched).toBe(60);
    expect(c.levels.up + c.levels.down + c.levels.same).toBe(60);
    expect(c.transitions.reduce((n, t) => n + t.stations, 0)).toBe(60);
    const failing = (e: any, id: string) => ['fail', 'unanswered'].includes(e.items.find((i: any) => i.id === id).state);
    for (const s of c.stations) {
      const [x, y] = [a.get(s.id), b.get(s.id)];
      expect([s.from.percent, s.from.level, s.to.percent, s.to.level]).toEqual([x.score.percent, x.rating.level, y.score.percent, y.rating.level]);
      for (const id of s.newlyFailed) expect([failing(x, id), failing(y, id)]).toEqual([false, true]);
      for (const id of s.fixed) expect([failing(x, id), failing(y, id)]).toEqual([true, false]);
    }
    // every station whose percent moved is listed
    const moved = [...a.keys()].filter((id) => a.get(id).score.percent !== b.get(id).score.percent);
    expect(moved.length).toBeGreaterThan(0);
    for (const id of moved) expect(c.stations.some((s) => s.id === id)).toBe(true);
  });
});

describe('compare: a file that is not evaluations (issue 8)', () => {
  it('issue 8.19: a YAML file given to `vsr compare` gives one clear error, not one per line', async () => {
    const evaluations = writeLines(path.join(dir, 'one-round.ndjson'), roundA);
    const yaml = path.join(dir, 'not-evaluations.yaml');
    writeFileSync(yaml, ['# a standard, not evaluations', 'schema: vsr/standard@1', ...Array.from({ length: 1100 }, (_, i) => `key${i}: value ${i}`)].join('\n') + '\n');
    const r = await vsr(['compare', yaml, evaluations, '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2); // the message in English, then in Chinese
    expect(lines[0]).toMatch(/not-evaluations\.yaml:1: Not a file of evaluations \(expected JSON, a JSON array or NDJSON of vsr\/evaluation@1\)/);
    expect(lines[1]).toContain('不是评定结果文件');
    // NDJSON of inspections (a batch's input given by mistake) likewise
    const inspections = writeLines(path.join(dir, 'inspections.ndjson'), Array.from({ length: 50 }, (_, i) => mini(`S${i}`, 'town', undefined, full)));
    const r2 = await vsr(['compare', evaluations, inspections, '--locale', 'en']);
    expect(r2.code).toBe(1);
    expect(r2.stderr.trimEnd().split('\n')).toHaveLength(2);
    expect(r2.stderr).toContain('inspections.ndjson:1: Not a file of evaluations');
  });
});

describe('comparing a station scored on two standards', () => {
  it('matches each result with its counterpart on the same standard: a round compared with itself changes nothing', async () => {
    // The example county centre is scored on the construction and on the service standard: two
    // evaluations of one station. Matched by station id alone, the construction result was compared
    // with the service one and the identical round showed a level "up".
    const round = path.join(dir, 'county-centre-twice.ndjson');
    const out = await vsr(['score', 'examples/inspections/county-centre-construction.yaml', 'examples/inspections/county-centre-service.yaml']);
    expect(out.code).toBe(0);
    const evaluations = JSON.parse(out.stdout) as { station: { id: string }; standard: { id: string } }[];
    expect(new Set(evaluations.map((e) => e.station.id)).size).toBe(1);
    expect(new Set(evaluations.map((e) => e.standard.id)).size).toBe(2);
    writeFileSync(round, evaluations.map((e) => JSON.stringify(e)).join('\n') + '\n');
    const problems: Problem[] = [];
    const c = await compareRounds(round, round, problems);
    expect(c.matched).toBe(2);
    expect(c.levels).toEqual({ up: 0, down: 0, same: 2 });
    expect(c.score.meanDelta).toBe(0);
    expect(c.stations).toEqual([]);
    expect(problems.filter((p) => p.code === 'compare-duplicate-station')).toEqual([]);
  });
});
