import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBatch } from '../../src/batch/run.js';
import { loadDocument } from '../../src/standard/load.js';
import { compile } from '../../src/standard/compile.js';
import { generateLines } from '../../src/batch/generate.js';
import { MINI, PHOTO, mini, readNdjson, scratch, writeLines } from './helpers.js';

const dir = scratch('run');
const options = (input: string, name: string, workers: number, extra: object = {}) => ({
  input, out: path.join(dir, `${name}.out.ndjson`), errors: path.join(dir, `${name}.errors.ndjson`), workers, summary: false, cwd: dir, locale: 'en' as const, ...extra,
});

describe('vsr batch: bad records in the middle', () => {
  const input = writeLines(path.join(dir, 'mixed.ndjson'), [
    mini('A', 'town', undefined, { 'm-org-1': true }),
    '{"station": {"id": "B", "name": "B", "level": "town"}, "answers": {',
    mini('C', 'town', undefined, { 'm-org-1': true, 'no-such-item': 3 }),
    mini('D', 'village', undefined, { 'm-org-1': true, 'm-svc-2': 'three' }),
    '',
    mini('E', 'village', undefined, { 'm-svc-1': 80 }),
    '[1, 2]',
    mini('F', 'town', undefined, {}),
  ]);

  it('scores the good records in input order and reports each bad one with its 1-based line', async () => {
    const { counts } = await runBatch(options(input, 'mixed', 2, { ref: MINI, refKind: 'standard' }));
    expect(counts).toEqual({ total: 7, good: 3, bad: 4, blank: 1 });
    expect(readNdjson(path.join(dir, 'mixed.out.ndjson')).map((e) => e.station.id)).toEqual(['A', 'E', 'F']);
    const errors = readNdjson(path.join(dir, 'mixed.errors.ndjson'));
    expect(errors.map((e) => [e.line, e.code, e.field])).toEqual([
      [2, 'json-syntax', ''],
      [3, 'inspection-unknown-item', '/answers/no-such-item'],
      [4, 'answer-whole', '/answers/m-svc-2'],
      [7, 'batch-not-object', ''],
    ]);
    // the station is named when the line could be read; the message is in the chosen locale, both are given
    expect(errors[1]).toMatchObject({ station: 'C', message: 'Answer for "no-such-item", which is not an item of the standard' });
    expect(errors[1].messages['zh-CN']).toBe('答案中的条目“no-such-item”不在标准中');
  });

  it('takes the standard each record names when none is given, and reports records naming none', async () => {
    const lines = [mini('A', 'town', undefined, {}), { ...mini('B', 'town', undefined, {}), standard: undefined }, { ...mini('C', 'town', undefined, {}), standard: 'nowhere@9.9.9' }];
    const input2 = writeLines(path.join(dir, 'refs.ndjson'), lines);
    const { counts } = await runBatch(options(input2, 'refs', 1, { ref: undefined }));
    // mini is not shipped, so "mini@1.0.0" cannot be resolved from a record either: three bad records
    expect(counts).toEqual({ total: 3, good: 0, bad: 3, blank: 0 });
    const errors = readNdjson(path.join(dir, 'refs.errors.ndjson'));
    expect(errors.map((e) => [e.line, e.code, e.field])).toEqual([[1, 'unknown-ref', '/standard'], [2, 'inspection-no-standard', ''], [3, 'unknown-ref', '/standard']]);
  });

  it('refuses a file path named inside a record (only the command line chooses files)', async () => {
    const input3 = writeLines(path.join(dir, 'path-ref.ndjson'), [{ ...mini('A', 'town', undefined, {}), standard: '../../fixtures/mini.yaml' }]);
    const { counts } = await runBatch(options(input3, 'path-ref', 1));
    expect(counts.bad).toBe(1);
    expect(readNdjson(path.join(dir, 'path-ref.errors.ndjson'))[0]).toMatchObject({ line: 1, code: 'unknown-ref', field: '/standard' });
  });

  it('reads a folder of inspection files (YAML, JSON, CSV forms), one record each, and places errors by file and line', async () => {
    const folder = path.join(dir, 'folder');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'a.json'), JSON.stringify(mini('A', 'town', undefined, { 'm-org-1': true })));
    writeFileSync(path.join(folder, 'b.yaml'), 'station: { id: B, name: B, level: town }\ninspectedAt: 2024-05-01\nanswers:\n  m-org-1: maybe\n');
    writeFileSync(path.join(folder, 'c.yml'), 'station: [unclosed\n');
    // a filled CSV form, read by src/inspection
    writeFileSync(path.join(folder, 'd.csv'), ['站点编号 / Station ID,D', '站点名称 / Station name,丁站', '站点层级 / Station level,镇（街道）', '检查日期,2024/5/1', '', '编号 / ID,答案 / Answer', 'm-org-1,是', 'm-svc-1,95%'].join('\r\n'));
    const { counts } = await runBatch(options(folder, 'folder', 2, { ref: MINI, refKind: 'standard' }));
    expect(counts).toEqual({ total: 4, good: 2, bad: 2, blank: 0 });
    const evaluations = readNdjson(path.join(dir, 'folder.out.ndjson'));
    expect(evaluations.map((e) => e.station.id)).toEqual(['A', 'D']);
    expect(evaluations[1].items.find((i: any) => i.id === 'm-svc-1')).toMatchObject({ state: 'pass', points: 4 });
    const errors = readNdjson(path.join(dir, 'folder.errors.ndjson'));
    expect(errors[0]).toMatchObject({ record: 2, file: path.join(folder, 'b.yaml'), line: 4, station: 'B', field: '/answers/m-org-1', code: 'answer-boolean' });
    expect(errors[1]).toMatchObject({ record: 3, file: path.join(folder, 'c.yml'), code: 'yaml-syntax' });
  });
});

describe('vsr batch: workers', () => {
  it('gives byte-identical output with one worker and with two, over many chunks', async () => {
    const compiled = compile((await loadDocument('construction')).doc);
    const input = path.join(dir, 'many.ndjson');
    writeFileSync(input, [...generateLines(compiled, { count: 400, seed: 11, badRate: 0.05 })].join('\n') + '\n');
    const one = await runBatch(options(input, 'one', 1, { chunkBytes: 16 * 1024, summary: true }));
    const two = await runBatch(options(input, 'two', 2, { chunkBytes: 16 * 1024, summary: true }));
    expect(one.counts.total).toBe(400);
    expect(one.counts.bad).toBeGreaterThan(5);
    expect(two.counts).toEqual(one.counts);
    const a = readFileSync(path.join(dir, 'one.out.ndjson'));
    const b = readFileSync(path.join(dir, 'two.out.ndjson'));
    expect(a.length).toBeGreaterThan(0);
    expect(b.equals(a)).toBe(true);
    expect(readFileSync(path.join(dir, 'two.errors.ndjson')).equals(readFileSync(path.join(dir, 'one.errors.ndjson')))).toBe(true);
    const counts = one.counts;
    expect(JSON.stringify(two.summary!.finish(counts, []))).toBe(JSON.stringify(one.summary!.finish(counts, [])));
  });

  it('reports a line longer than the limit as a bad record and goes on', async () => {
    const input = path.join(dir, 'long.ndjson');
    writeFileSync(input, JSON.stringify(mini('A', 'town', undefined, {})) + '\n' + 'x'.repeat(9 * 1024 * 1024) + '\n' + JSON.stringify(mini('B', 'town', undefined, { 'm-org-2': { value: 'good', evidence: PHOTO } })) + '\n');
    const { counts } = await runBatch(options(input, 'long', 1, { ref: MINI, refKind: 'standard' }));
    expect(counts).toEqual({ total: 3, good: 2, bad: 1, blank: 0 });
    expect(readNdjson(path.join(dir, 'long.errors.ndjson'))).toMatchObject([{ line: 2, code: 'batch-record-too-large' }]);
    expect(readNdjson(path.join(dir, 'long.out.ndjson')).map((e) => e.station.id)).toEqual(['A', 'B']);
  });
});
