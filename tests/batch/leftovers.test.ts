// Batch leftovers (issue 13, phase 2): batch scores reviewed inspections as `vsr score` does, reads
// GB18030 NDJSON or refuses it with its line, and `vsr compare` prints terminal-safe text.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { signReview } from '../../src/review/sign.js';
import { runBatch } from '../../src/batch/run.js';
import { encodeGb18030 } from '../inspection/gb18030.js';
import { MINI, PHOTO, ROOT, mini, readNdjson, scratch, vsr } from './helpers.js';

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

describe('GB18030 NDJSON (issue 13.b)', () => {
  const records = [
    mini('白沙镇', 'town', ['浙江省', '示例市', '云溪县'], { 'm-org-1': true, 'm-org-2': { value: 'good', evidence: PHOTO }, 'm-svc-1': 95 }),
    mini('青石村', 'village', ['浙江省', '示例市', '云溪县'], { 'm-svc-1': 80 }),
  ];
  const text = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const run = (input: string, name: string) => runBatch({
    input, out: path.join(dir, `${name}.out.ndjson`), errors: path.join(dir, `${name}.errors.ndjson`), workers: 1, summary: false, cwd: dir, locale: 'en', ref: MINI, refKind: 'standard',
  });

  it('issue 13.b: a batch input saved in GBK scores exactly as the same input in UTF-8 (no U+FFFD)', async () => {
    writeFileSync(path.join(dir, 'utf8.ndjson'), text);
    writeFileSync(path.join(dir, 'gbk.ndjson'), encodeGb18030(text));
    expect((await run(path.join(dir, 'utf8.ndjson'), 'utf8')).counts.good).toBe(2);
    expect((await run(path.join(dir, 'gbk.ndjson'), 'gbk')).counts).toEqual({ total: 2, good: 2, bad: 0, blank: 0 });
    const out = readFileSync(path.join(dir, 'gbk.out.ndjson'), 'utf8');
    expect(out).not.toContain('\ufffd');
    expect(out).toContain('白沙镇');
    expect(out).toBe(readFileSync(path.join(dir, 'utf8.out.ndjson'), 'utf8'));
  });

  it('issue 13.b: a line that is not valid text in the input\'s encoding is a bad record with its line, the others are scored', async () => {
    const lines = text.trimEnd().split('\n');
    const bytes = Buffer.concat([Buffer.from(lines[0] + '\n'), Buffer.from('{"station": "\xff\xfe broken"}\n', 'latin1'), Buffer.from(lines[1] + '\n')]);
    writeFileSync(path.join(dir, 'damaged.ndjson'), bytes);
    expect((await run(path.join(dir, 'damaged.ndjson'), 'damaged')).counts).toEqual({ total: 3, good: 2, bad: 1, blank: 0 });
    expect(readNdjson(path.join(dir, 'damaged.errors.ndjson')).map((e) => [e.line, e.code])).toEqual([[2, 'text-invalid']]);
    expect(readFileSync(path.join(dir, 'damaged.out.ndjson'), 'utf8')).not.toContain('\ufffd');
  });

  it('issue 13.b: vsr compare reads batch outputs saved in GBK like their UTF-8 originals', async () => {
    const a = path.join(dir, 'utf8.out.ndjson');
    const gbk = path.join(dir, 'gbk-round.ndjson');
    writeFileSync(gbk, encodeGb18030(readFileSync(a, 'utf8')));
    const plain = await vsr(['compare', a, a, '--format', 'json']);
    const fromGbk = await vsr(['compare', gbk, gbk, '--format', 'json']);
    expect(fromGbk.code).toBe(0);
    expect(fromGbk.stderr).toBe('');
    const strip = (s: string) => ({ ...JSON.parse(s), a: null, b: null });
    expect(strip(fromGbk.stdout)).toEqual(strip(plain.stdout));
    expect(JSON.parse(fromGbk.stdout).matched).toBe(2);
  });

  it('issue 13.b: vsr compare refuses a UTF-16 file with the file named', async () => {
    const u16 = path.join(dir, 'utf16.ndjson');
    writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(path.join(dir, 'utf8.out.ndjson'), 'utf8'), 'utf16le')]));
    const r = await vsr(['compare', u16, u16]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('utf16.ndjson');
    expect(r.stderr).toMatch(/UTF-16/);
  });
});

describe('vsr compare text is terminal-safe (issue 13.c)', () => {
  it('issue 13.c: a station name holding an escape sequence is shown escaped, never sent to the terminal', async () => {
    const evil = mini('S1', 'town', undefined, { 'm-org-1': true }) as { station: { name: string } };
    evil.station.name = '白沙\u001b[2J\u202e站';
    const input = path.join(dir, 'evil.ndjson');
    writeFileSync(input, JSON.stringify(evil) + '\n');
    await runBatch({ input, out: path.join(dir, 'evil-a.ndjson'), errors: path.join(dir, 'evil-a.errors.ndjson'), workers: 1, summary: false, cwd: dir, locale: 'en', ref: MINI, refKind: 'standard' });
    const changed = { ...evil, answers: { 'm-org-1': false } };
    writeFileSync(input, JSON.stringify(changed) + '\n');
    await runBatch({ input, out: path.join(dir, 'evil-b.ndjson'), errors: path.join(dir, 'evil-b.errors.ndjson'), workers: 1, summary: false, cwd: dir, locale: 'en', ref: MINI, refKind: 'standard' });
    const r = await vsr(['compare', path.join(dir, 'evil-a.ndjson'), path.join(dir, 'evil-b.ndjson')]);
    expect(r.stdout).toContain('白沙\\x1b[2J\\u202e站');
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).not.toContain('\u202e');
  });
});
