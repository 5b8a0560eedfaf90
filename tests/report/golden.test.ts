// Every shipped example rendered in every format and language, held to the bytes the reports had before
// issue 10.2 moved the renderers onto the evaluation alone (hashes in tests/fixtures/report-golden.json,
// recorded on main at c904b5f before any change). JSON output may only GAIN the optional fields listed in
// ADDED (additive within vsr/evaluation@1): with them taken out, it is byte-identical too. A stored
// evaluation of the previous shape (the same JSON without the added fields) renders to the same bytes.
//
// Set VSR_GOLDEN_FULL=1 to run every recorded case (both languages for each format).
// To record the hashes again after an intended change of a report: VSR_GOLDEN_RECORD=/tmp/golden.json
// npx vitest run tests/report/golden.test.ts, then copy the file over tests/fixtures/report-golden.json.
// Re-recorded since, each checked to be the intended change only: `history … --format html` (two CSS rules
// for the new version-change list, issue 14.4: the old bytes come back with them removed) and
// `history … --format json` (the rounds' new `standards` and the top-level `warnings`: the old bytes come
// back with them removed).
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, vsr } from './helpers.js';
import { previousShape, type Json } from './previous-shape.js';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/**
 * A workbook's hash: every part by name and content, except the time it was written (exceljs stamps
 * `dcterms:modified` with the clock, and the zip its entries' times), so the same workbook hashes the same.
 */
async function xlsxHash(raw: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(raw);
  const hash = createHash('sha256');
  for (const name of Object.keys(zip.files).sort()) {
    const text = await zip.files[name].async('string');
    hash.update(`${name}\n${text.replace(/<dcterms:modified[^>]*>[^<]*<\/dcterms:modified>/, '')}\n`);
  }
  return hash.digest('hex');
}

const EXAMPLES = [
  ...readdirSync(path.join(ROOT, 'examples/inspections')).filter((f) => f.endsWith('.yaml')).sort().map((f) => `examples/inspections/${f}`),
  ...readdirSync(path.join(ROOT, 'examples/inspections/v1.1')).filter((f) => f.endsWith('.yaml')).sort().map((f) => `examples/inspections/v1.1/${f}`),
];
const FORMATS = ['json', 'md', 'html', 'csv', 'xlsx'];
const LOCALES = ['zh-CN', 'en'];

const RECORD = process.env.VSR_GOLDEN_RECORD;
/** Every case (as recorded), or by default a lighter set: each format once per example, both languages for the reports. */
const FULL = !!RECORD || !!process.env.VSR_GOLDEN_FULL;
const some = (locale: string) => FULL || locale === 'zh-CN';
const golden: Record<string, string> = RECORD ? {} : JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/report-golden.json'), 'utf8'));
const recorded: Record<string, string> = {};

/** Runs vsr; JSON output is hashed in its previous shape (an array of evaluations or one). */
async function hashOf(args: string[], cwd?: string): Promise<string> {
  const r = await vsr(args, { cwd });
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  if (args.includes('xlsx')) return xlsxHash(r.raw);
  const json = args.includes('json') && args[0] === 'score';
  if (!json) return sha(r.raw);
  const value = JSON.parse(r.stdout) as Json | Json[];
  const previous = Array.isArray(value) ? value.map(previousShape) : previousShape(value);
  return sha(JSON.stringify(previous, null, 2) + '\n');
}

async function holds(name: string, args: string[], cwd?: string): Promise<void> {
  const hash = await hashOf(args, cwd);
  if (RECORD) recorded[name] = hash;
  else expect(hash, `${name}: ${args.join(' ')}`).toBe(golden[name]);
}

afterAll(() => {
  if (RECORD) writeFileSync(RECORD, JSON.stringify(recorded, null, 2) + '\n');
});

describe('issue 10.2: every shipped example renders to the same bytes as before, in every format and language', () => {
  for (const file of EXAMPLES) {
    it(`${file}`, async () => {
      for (const locale of LOCALES) {
        for (const format of FORMATS) await holds(`score ${file} ${format} ${locale}`, ['score', file, '--format', format, '--locale', locale]);
        for (const format of ['text', 'md'].filter((f) => f === 'text' || some(locale))) await holds(`gap ${file} ${format} ${locale}`, ['gap', file, '--format', format, '--locale', locale]);
        for (const format of ['md', 'html', 'xlsx', 'yaml'].filter((f) => some(locale) || f === 'md')) {
          await holds(`rectify ${file} ${format} ${locale}`, ['rectify', file, '--format', format, '--issued', '2026-01-05', '--on', '2026-03-01', '--locale', locale]);
        }
      }
    });
  }

  it('all examples together (the summary first)', async () => {
    for (const locale of LOCALES) {
      for (const format of FORMATS) await holds(`score examples ${format} ${locale}`, ['score', 'examples/inspections', '--format', format, '--locale', locale]);
      for (const format of ['md', 'json']) await holds(`due examples ${format} ${locale}`, ['due', 'examples/inspections', 'tests/fixtures/rectify', '--on', '2026-01-01', '--format', format, '--locale', locale]);
      for (const format of ['md', 'html', 'json']) await holds(`history examples ${format} ${locale}`, ['history', 'YX-BAISHA', 'examples/inspections', 'tests/fixtures/rectify', '--format', format, '--locale', locale]);
    }
  });

  it('a stored evaluation of the previous shape renders as the current one does (less what only the inspection gave)', async () => {
    // Not as the previous version rendered it: that ignored the answers and evidence a stored evaluation
    // carries (it took them from the inspection only); the renderer now works from the evaluation alone.
    const dir = mkdtempSync(path.join(tmpdir(), 'vsr-golden-'));
    for (const file of EXAMPLES) {
      const r = await vsr(['score', file, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const current = JSON.parse(r.stdout) as Json;
      delete current.inspector;
      for (const i of current.items as Json[]) delete i.note;
      writeFileSync(path.join(dir, 'previous.json'), JSON.stringify(previousShape(current), null, 2) + '\n');
      writeFileSync(path.join(dir, 'current.json'), JSON.stringify(current, null, 2) + '\n');
      for (const locale of LOCALES.filter(some)) {
        for (const format of ['md', 'html', 'csv']) {
          const render = async (name: string) => (await vsr(['score', name, '--format', format, '--locale', locale], { cwd: dir })).stdout.replaceAll(name, 'stored.json');
          expect(await render('previous.json'), `${file} ${format} ${locale}`).toBe(await render('current.json'));
        }
      }
    }
  }, 600_000);
});
