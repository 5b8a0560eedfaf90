// The README's hand-written CSV inspection is accepted by `vsr score` as written.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, vsr } from '../report/helpers.js';

describe('README CSV example', () => {
  it('scores', async () => {
    const csv = /```csv\n([\s\S]*?)```/.exec(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))![1];
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'vsr-readme-')), 'station.csv');
    writeFileSync(file, csv);
    const r = await vsr(['score', file]);
    expect(r.code, r.stderr).toBe(0);
    const evaluation = JSON.parse(r.stdout);
    expect(evaluation.station).toEqual({ id: 'T-001', name: '示例镇退役军人服务站', level: 'town', region: ['浙江省', '示例市', '云溪县', '示例镇'] });
    const items = Object.fromEntries(evaluation.items.map((i: { id: string; state: string }) => [i.id, i.state]));
    expect(items['con-basic-01']).toBe('pass');
    expect(items['con-basic-02']).toBe('pass');
  });
});
