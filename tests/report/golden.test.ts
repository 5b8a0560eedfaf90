// Every shipped example rendered in every format and language, held to the bytes the reports had before
// issue 10.2 moved the renderers onto the evaluation alone (hashes in tests/fixtures/report-golden.json,
// recorded on main at c904b5f before any change). JSON output may only GAIN the optional fields listed in
// ADDED (additive within vsr/evaluation@1): with them taken out, it is byte-identical too. A stored
// evaluation of the previous shape (the same JSON without the added fields) renders to the same bytes.
//
// Set VSR_GOLDEN_FULL=1 to run every recorded case (both languages for each format).
// To record the hashes again after an intended change of a report: VSR_GOLDEN_RECORD=/tmp/golden.json
// npx vitest run tests/report/golden.test.ts, then copy the file over tests/fixtures/report-golden.json.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, vsr } from './helpers.js';

/** The optional fields issue 10.2 added to vsr/evaluation@1, by where they sit. */
export const ADDED = {
  top: ['inspector', 'reconstructed', 'components'] as string[],
  standard: ['title'] as string[],
  scheme: ['title'] as string[],
  component: ['title'] as string[],
  section: ['depth', 'component'] as string[],
  item: ['note', 'section', 'component', 'veto', 'basis', 'check', 'evidenceRequired', 'effort'] as string[],
  level: ['label', 'minPercent'] as string[],
  condition: ['description', 'appliesTo'] as string[],
};

type Json = Record<string, unknown>;
const drop = (o: Json | null | undefined, keys: string[]) => {
  if (o) for (const k of keys) delete o[k];
};

/** An evaluation as the previous version wrote it: the added fields taken out. */
export function previousShape(evaluation: Json): Json {
  const ev = structuredClone(evaluation);
  drop(ev, ADDED.top);
  drop(ev.standard as Json, ADDED.standard);
  drop(ev.scheme as Json | null, ADDED.scheme);
  for (const c of ((ev.score as Json).components as Json[] | undefined) ?? []) drop(c, ADDED.component);
  for (const s of ev.sections as Json[]) drop(s, ADDED.section);
  for (const i of ev.items as Json[]) drop(i, ADDED.item);
  for (const l of (ev.rating as Json).levels as Json[]) {
    drop(l, ADDED.level);
    for (const c of (l.conditions as Json[] | undefined) ?? []) drop(c, ADDED.condition);
  }
  return ev;
}

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

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

  it('a stored evaluation of the previous shape renders as before', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vsr-golden-'));
    for (const file of EXAMPLES) {
      const r = await vsr(['score', file, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const stored = path.join(dir, `${path.basename(file, '.yaml')}.json`);
      writeFileSync(stored, JSON.stringify(previousShape(JSON.parse(r.stdout)), null, 2) + '\n');
      for (const locale of LOCALES) {
        for (const format of ['md', 'html', 'csv'].filter((f) => some(locale) || f === 'md')) await holds(`stored ${file} ${format} ${locale}`, ['score', path.basename(stored), '--format', format, '--locale', locale], dir);
      }
    }
  });
});
