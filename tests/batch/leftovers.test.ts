// Batch leftovers (issue 13, phase 2): batch scores reviewed inspections as `vsr score` does, reads
// GB18030 NDJSON or refuses it with its line, and `vsr compare` prints terminal-safe text.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { signReview } from '../../src/review/sign.js';
import { ROOT, readNdjson, scratch, vsr } from './helpers.js';

const dir = scratch('leftovers');
const RECHECK = path.join(ROOT, 'tests/fixtures/rectify/four-star-town-recheck.yaml');

describe('batch leftovers', () => {
  it('issue 13.a: batch applies the reviewers\' overrides, so its line equals `vsr score` for a reviewed inspection', async () => {
    const base = parse(readFileSync(RECHECK, 'utf8')) as Record<string, unknown>;
    const reviewed = signReview({ ...base, stage: 'town-review' }, {
      by: '沈建国（示例）', role: '初审组', date: '2024-01-28', stage: 'town-review', decision: 'approved',
      overrides: [{ item: 'kt-visit-01', answer: { value: 85, evidence: [{ kind: 'ledger', date: '2024-01-20' }, { kind: 'photo', date: '2024-01-20' }, { kind: 'photo', date: '2024-01-21' }] }, reason: '抽查台账', authority: '细则（示例）第六条' }],
    });
    const json = path.join(dir, 'reviewed.json');
    writeFileSync(json, JSON.stringify(reviewed));
    const input = path.join(dir, 'reviewed.ndjson');
    writeFileSync(input, JSON.stringify(reviewed) + '\n');
    const score = await vsr(['score', json]);
    expect(score.code).toBe(0);
    const out = path.join(dir, 'reviewed.out.ndjson');
    const batch = await vsr(['batch', input, '--out', out, '--workers', '1']);
    expect(batch.code).toBe(0);
    const [line] = readNdjson(out);
    expect(line.items.find((i: { id: string }) => i.id === 'kt-visit-01').reasons.at(-1).code).toBe('review-overridden');
    expect(line).toEqual(JSON.parse(score.stdout));
  });
});
