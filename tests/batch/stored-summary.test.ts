// `vsr summary` over stored batch output of every shape (issue 13.2), and shards merged with
// `vsr summary --merge` into exactly the summary of the whole (issue 13.4).
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '../../src/standard/compile.js';
import { loadDocument } from '../../src/standard/load.js';
import { generateLines } from '../../src/batch/generate.js';
import { scratch, vsr } from './helpers.js';

const dir = scratch('stored-summary');
const compiled = compile((await loadDocument('star-rating')).doc);
const lines = [...generateLines(compiled, { count: 150, seed: 11, profile: 'mixed' })];
const input = path.join(dir, 'all.ndjson');
writeFileSync(input, lines.join('\n') + '\n');
const at = (name: string) => path.join(dir, name);

describe('vsr summary (issue 13.2, 13.4)', () => {
  it('issue 13.2: the summary of stored output of each shape equals the one the batch wrote', async () => {
    for (const shape of ['full', 'compact', 'summary']) {
      const r = await vsr(['batch', input, '--out', at(`${shape}.ndjson`), '--summary', at(`${shape}.summary.json`), '--output', shape, '--workers', '2']);
      expect(r.code).toBe(0);
      const fromBatch = JSON.parse(readFileSync(at(`${shape}.summary.json`), 'utf8'));
      const s = await vsr(['summary', at(`${shape}.ndjson`)]);
      expect(s.stderr).toBe('');
      expect(s.code).toBe(0);
      expect(JSON.parse(s.stdout)).toEqual(fromBatch);
      expect(fromBatch.groups[0].total.stations).toBe(150);
    }
  }, 180_000);

  it('issue 13.4: the summaries of two shards (split by region prefix) merged are exactly the summary of the whole', async () => {
    // shard by city: the region prefix 示例省/长安市 … goes to one shard, the rest to the other
    const city = (l: string) => JSON.parse(l).station.region[1] as string;
    const cities = [...new Set(lines.map(city))].sort();
    const half = new Set(cities.slice(0, Math.ceil(cities.length / 2)));
    writeFileSync(at('shard-1.ndjson'), lines.filter((l) => half.has(city(l))).join('\n') + '\n');
    writeFileSync(at('shard-2.ndjson'), lines.filter((l) => !half.has(city(l))).join('\n') + '\n');
    for (const name of ['all', 'shard-1', 'shard-2']) {
      const r = await vsr(['batch', at(`${name}.ndjson`), '--out', at(`${name}.out.ndjson`), '--summary', at(`${name}.summary.json`), '--output', 'summary', '--workers', '1']);
      expect(r.code).toBe(0);
    }
    const merged = await vsr(['summary', '--merge', at('shard-1.summary.json'), at('shard-2.summary.json'), '--out', at('merged.json')]);
    expect(merged.code).toBe(0);
    const whole = readFileSync(at('all.summary.json'), 'utf8');
    expect(readFileSync(at('merged.json'), 'utf8')).toBe(whole);
    // the outputs of the shards concatenated summarise to the same as well
    const concatenated = await vsr(['summary', at('shard-1.out.ndjson'), at('shard-2.out.ndjson')]);
    expect(JSON.parse(concatenated.stdout)).toEqual(JSON.parse(whole));
  }, 180_000);

  it('issue 13.2: a line that is not batch output, and a file that is not a summary, are refused with file and line', async () => {
    writeFileSync(at('mixed-up.ndjson'), readFileSync(at('shard-1.out.ndjson'), 'utf8') + lines[0] + '\n');
    const r = await vsr(['summary', at('mixed-up.ndjson'), '--locale', 'en']);
    expect(r.code).toBe(1);
    const n = readFileSync(at('shard-1.out.ndjson'), 'utf8').trimEnd().split('\n').length + 1;
    expect(r.stderr).toContain(`mixed-up.ndjson:${n}`);
    expect(r.stderr).toContain('Not a line of batch output');
    const m = await vsr(['summary', '--merge', at('shard-1.out.ndjson'), '--locale', 'en']);
    expect(m.code).toBe(1);
    expect(m.stderr).toContain('Not a regional summary that can be merged');
  }, 60_000);
});
