// Review and sign-off (issue 14.2): the stage and reviews an inspection carries, each review's hash of
// what it reviewed, and `vsr verify` naming the review a later change broke.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { reviewHash, signReview, verifyReviews } from '../../src/review/sign.js';
import { validateAgainstSchema } from '../../src/standard/schema-validate.js';
import type { Review } from '../../src/types/inspection.js';
import { RECHECK, scored, scratch, vsr } from './helpers.js';

const doc = parse(readFileSync(RECHECK, 'utf8')) as Record<string, unknown> & { reviews?: Review[]; stage?: string };

describe('reviews (issue 14.2)', () => {
  const one = signReview({ ...doc, stage: 'self-assessment' }, { by: '顾晓燕（示例）', role: '站长', date: '2024-01-26', stage: 'self-assessment', decision: 'approved' });
  const two = signReview({ ...one, stage: 'county-verification' }, { by: '陆振华（示例）', role: '县局复核组', date: '2024-02-01', stage: 'county-verification', decision: 'approved', note: '同意' });

  it('issue 14.2: an inspection with a stage and signed reviews validates and scores as before', async () => {
    expect(validateAgainstSchema('inspection', two)).toEqual([]);
    expect(verifyReviews(two).map((c) => c.ok)).toEqual([true, true]);
    expect(two.reviews![0].hash).toBe(reviewHash(two, 0));
    const dir = scratch('verify');
    const file = path.join(dir, 'signed.json');
    writeFileSync(file, JSON.stringify(two));
    expect((await scored(file)).evaluation.score.percent).toBe((await scored(RECHECK)).evaluation.score.percent);
  });

  it('issue 14.5: a tampered answer is caught, and every review before the change is named', () => {
    const answers = { ...((two as Record<string, unknown>).answers as Record<string, unknown>), 'con-sign-01': true };
    expect(verifyReviews({ ...two, answers }).map((c) => c.ok)).toEqual([false, false]);
    // tampering with the second review's own text breaks only the second
    const reviews = [two.reviews![0], { ...two.reviews![1], decision: 'rejected' as const }];
    expect(verifyReviews({ ...two, reviews }).map((c) => c.ok)).toEqual([true, false]);
  });

  it('issue 14.2: a later review, and the stage moving on, leave earlier reviews intact', () => {
    expect(verifyReviews(one).map((c) => c.ok)).toEqual([true]);
    expect(verifyReviews({ ...two, stage: 'town-review' }).map((c) => c.ok)).toEqual([true, true]);
  });

  it('issue 14.5: vsr verify says which review no longer matches, with file and line, exit 1', async () => {
    const dir = scratch('verify-cli');
    const signed1 = path.join(dir, 's1.yaml');
    const signed2 = path.join(dir, 's2.yaml');
    expect((await vsr(['verify', RECHECK, '--sign', '--by', '顾晓燕（示例）', '--role', '站长', '--decision', 'approved', '--stage', 'self-assessment', '--date', '2024-01-26', '--out', signed1])).code).toBe(0);
    expect((await vsr(['verify', signed1, '--sign', '--by', '陆振华（示例）', '--role', '县局复核组', '--decision', 'approved', '--stage', 'county-verification', '--date', '2024-02-01', '--out', signed2])).code).toBe(0);
    const ok = await vsr(['verify', signed2, '--locale', 'en']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Stage: county verification');
    expect(ok.stdout).toContain('✔ Review 2 (陆振华（示例）, 县局复核组, 2024-02-01, approved): matches the file');
    const tampered = path.join(dir, 'tampered.yaml');
    writeFileSync(tampered, readFileSync(signed2, 'utf8').replace(/(con-sign-01:\n\s+value:) false|con-sign-01: false/, (m) => m.replace('false', 'true')));
    expect(readFileSync(tampered, 'utf8')).not.toBe(readFileSync(signed2, 'utf8'));
    const bad = await vsr(['verify', tampered]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/tampered\.yaml:\d+:\d+ \/reviews\/0\/hash: 第 1 条审核（顾晓燕（示例），站长，2024-01-26）之后文件已被改动/);
    expect(bad.stderr).toContain('Review 2 (陆振华（示例）, 县局复核组, 2024-02-01) no longer matches');
  });

  it('issue 14.2: a review missing its hash or with an unknown decision is refused by the schema, with the line', async () => {
    const dir = scratch('verify-bad');
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, readFileSync(RECHECK, 'utf8') + 'reviews:\n  - {by: 某人, role: 站长, date: 2024-01-26, decision: maybe}\n');
    const r = await vsr(['verify', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+ \/reviews\/0/);
    expect(r.stderr).toContain('hash');
    expect((await vsr(['verify', RECHECK, '--sign', '--by', 'x', '--role', 'y', '--decision', 'perhaps'])).code).toBe(2);
  });
});

describe('overrides (issue 14.2)', () => {
  const base = parse(readFileSync(RECHECK, 'utf8')) as Record<string, unknown> & { reviews?: Review[] };
  const reviewed = signReview({ ...base, stage: 'town-review' }, {
    by: '沈建国（示例）', role: '镇退役军人服务站初审组', date: '2024-01-28', stage: 'town-review', decision: 'approved',
    overrides: [{ item: 'kt-visit-01', answer: { value: 85, evidence: [{ kind: 'ledger', date: '2024-01-20' }, { kind: 'photo', date: '2024-01-20' }, { kind: 'photo', date: '2024-01-21' }] }, reason: '抽查台账，两节走访实为85%', authority: '《星级评定实施细则》（示例）第六条' }],
  });

  async function writeReviewed(name: string, doc: object): Promise<string> {
    const file = path.join(scratch('override'), name);
    writeFileSync(file, JSON.stringify(doc));
    return file;
  }

  it('issue 14.2: an override changes the item\'s result and the level, and is marked on the item and in the warnings', async () => {
    const file = await writeReviewed('reviewed.json', reviewed);
    const r = await vsr(['score', file]);
    expect(r.code).toBe(0);
    const ev = JSON.parse(r.stdout);
    const item = ev.items.find((i: { id: string }) => i.id === 'kt-visit-01');
    expect(item.state).toBe('partial');
    expect(item.reasons.at(-1)).toEqual({ code: 'review-overridden', params: { by: '沈建国（示例）', role: '镇退役军人服务站初审组', date: '2024-01-28', reason: '抽查台账，两节走访实为85%', authority: '《星级评定实施细则》（示例）第六条' } });
    expect(ev.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'review-override-warning', params: expect.objectContaining({ item: 'kt-visit-01' }) })]));
    expect(ev.rating.level).toBe('three-star'); // five stars need the visits item fully met, four the visits section at 80 %
    expect(validateAgainstSchema('evaluation', ev)).toEqual([]);
  });

  it('issue 14.5: the override is shown in every format (md, html, csv, xlsx, json)', async () => {
    const file = await writeReviewed('reviewed.json', reviewed);
    for (const format of ['md', 'html', 'csv']) {
      const r = await vsr(['score', file, '--format', format]);
      expect(r.code, format).toBe(0);
      expect(r.stdout, format).toContain('已由审核改判：沈建国（示例）');
      expect(r.stdout, format).toContain('《星级评定实施细则》（示例）第六条');
    }
    const out = path.join(path.dirname(file), 'r.xlsx');
    expect((await vsr(['score', file, '--format', 'xlsx', '--out', out])).code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const cells = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String));
    expect(cells.some((c) => c.includes('已由审核改判：沈建国（示例）'))).toBe(true);
    const en = await vsr(['score', file, '--format', 'md', '--locale', 'en']);
    expect(en.stdout).toContain('Overridden on review by 沈建国（示例）');
  });

  it('issue 14.2: an override answer that does not fit its item is refused, pointing into the review', async () => {
    const bad = signReview(base, { by: 'x', role: 'y', date: '2024-01-28', decision: 'approved', overrides: [{ item: 'kt-visit-01', answer: 'lots', reason: 'r', authority: 'a' }, { item: 'no-such-item', answer: true, reason: 'r', authority: 'a' }] });
    const file = await writeReviewed('bad.json', bad);
    const r = await vsr(['score', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.json:\d+:\d+ \/reviews\/0\/overrides\/0\/answer/);
    expect(r.stderr).toMatch(/\/reviews\/0\/overrides\/1\/item/);
  });

  it('issue 14.2: a report on a file changed after its review says the sign-off no longer applies', async () => {
    const file = await writeReviewed('changed.json', { ...reviewed, answers: { ...(reviewed as Record<string, unknown>).answers as object, 'con-sign-01': true } });
    const ev = JSON.parse((await vsr(['score', file])).stdout);
    expect(ev.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'review-hash-mismatch', params: expect.objectContaining({ n: 1 }) })]));
    const clean = JSON.parse((await vsr(['score', await writeReviewed('clean.json', reviewed)])).stdout);
    expect(clean.warnings.some((w: { code: string }) => w.code === 'review-hash-mismatch')).toBe(false);
  });
});
