// Issue 13: a batch that does each piece of work once. 13.1: the worker starts lean (standards come
// compiled from the main thread; no YAML, spreadsheet or CSV reader loaded). 13.2: detailed answers
// checked by hand where that is safe, compact and summary lines written straight from the evaluation,
// the output bytes those of the library's own evaluate → JSON. 13.3: the pass/fail policy checked as
// each record is written (so `--out -` works), an input folder listed once.
import { describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { compile } from '../../src/standard/compile.js';
import { loadDocument } from '../../src/standard/load.js';
import { generateLines } from '../../src/batch/generate.js';
import { runBatch } from '../../src/batch/run.js';
import { toCompact, toStationSummary, type OutputShape } from '../../src/batch/shapes.js';
import { BatchStandards } from '../../src/batch/standards.js';
import { compiledData, compiledFromData } from '../../src/batch/compiled-data.js';
import { validateInspection, isPlainDetailed } from '../../src/inspection/validate.js';
import { validateAgainstSchema } from '../../src/standard/schema-validate.js';
import { EVIDENCE_KINDS } from '../../src/i18n/format.js';
import standardSchema from '../../schemas/standard.schema.json';
import { evaluate, evaluateReviewed, listInspectionFiles } from '../../src/index.js';
import { MINI, ROOT, mini, scratch, vsr, writeLines } from './helpers.js';

// counts how often a folder is listed (the batch command and the run used to list it each)
vi.mock('../../src/io/read.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/io/read.js')>();
  return { ...mod, listInspectionFiles: vi.fn(mod.listInspectionFiles) };
});

const dir = scratch('speed');
const CLI = path.join(ROOT, 'dist/cli.js');
const compiled = compile((await loadDocument('star-rating')).doc);

describe('issue 13.2: the output is the library’s own', () => {
  const input = path.join(dir, 'mixed.ndjson');
  const records = [...generateLines(compiled, { count: 90, seed: 3, profile: 'mixed' })];
  writeFileSync(input, records.join('\n') + '\n');

  it('issue 13.2: every shape, with 1 and 2 workers, writes for each record what evaluate → JSON gives (full, compact, summary)', async () => {
    const expected: Record<OutputShape, string[]> = { full: [], compact: [], summary: [] };
    for (const line of records) {
      const checked = validateInspection(compiled, JSON.parse(line));
      if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
      const reviewed = evaluateReviewed(compiled, checked.inspection);
      if (!reviewed.ok) throw new Error(JSON.stringify(reviewed.problems));
      expected.full.push(JSON.stringify(reviewed.evaluation));
      expected.compact.push(JSON.stringify(toCompact(reviewed.evaluation)));
      expected.summary.push(JSON.stringify(toStationSummary(reviewed.evaluation)));
    }
    // the sample holds stations failing a third of their items and nearly empty ones
    const kinds = new Set(expected.summary.map((l) => JSON.parse(l).gap.steps.length > 20));
    expect(kinds).toEqual(new Set([true, false]));
    for (const shape of ['full', 'compact', 'summary'] as const) {
      for (const workers of [1, 2]) {
        const out = path.join(dir, `${shape}-${workers}.ndjson`);
        await runBatch({ input, out, errors: path.join(dir, `${shape}-${workers}.errors.ndjson`), workers, summary: false, cwd: dir, locale: 'en', output: shape, chunkBytes: 96 * 1024 });
        expect(readFileSync(out, 'utf8'), `${shape}, ${workers} worker(s)`).toBe(expected[shape].join('\n') + '\n');
      }
    }
  }, 240_000);
});

describe('issue 13.2: detailed answers checked by hand only where the schema surely agrees', () => {
  const kinds = ['photo', 'document', 'ledger', 'interview', 'record', 'video', 'certificate', 'selfie', '', 'Photo'];
  const dates = ['2024-03-01', '2024-02-29', '2023-02-29', '2024-13-01', '2024-04-31', '0050-01-01', '2024-3-1', '', '2024-03-01T00:00:00Z'];
  const anything = fc.oneof(fc.boolean(), fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }));
  /** Mostly what the schema accepts, sometimes one thing wrong. */
  const often = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: bad });
  const evidence = often(
    fc.record({ kind: often(fc.constantFrom(...kinds.slice(0, 7)), fc.constantFrom(...kinds.slice(7))), date: fc.constantFrom(...dates), ref: often(fc.string(), fc.integer()), note: often(fc.string(), fc.constant(null)) }, { requiredKeys: ['kind'] }),
    fc.oneof(anything, fc.record({ kind: fc.constant('photo'), extra: fc.string() })),
  );
  const value = often(fc.oneof(fc.boolean(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.array(fc.string(), { maxLength: 3 })), anything);
  const detailed = often(
    fc.record({ value, evidence: often(fc.array(evidence, { maxLength: 3 }), anything), note: often(fc.string(), anything) }, { requiredKeys: ['value'] }),
    fc.record({ value: anything, evidence: anything, note: anything, other: anything }, { requiredKeys: [] }),
  );

  it('issue 13.2: nothing the hand check accepts is refused by the schema (DetailedAnswer)', () => {
    let accepted = 0;
    fc.assert(fc.property(detailed, (entry) => {
      if (!isPlainDetailed(entry)) return;
      accepted++;
      expect(validateAgainstSchema('detailed-answer', entry)).toEqual([]);
    }), { numRuns: 4000, seed: 13 });
    // the check is not vacuous: many generated answers are accepted by hand
    expect(accepted).toBeGreaterThan(100);
  });

  it('issue 13.2: the evidence kinds the hand check accepts are exactly the schema\'s EvidenceKind', () => {
    // the hand check takes its kinds from the catalogue's list: a kind there but not in the schema would
    // let the hand check accept evidence the schema refuses
    expect([...EVIDENCE_KINDS].sort()).toEqual([...standardSchema.$defs.EvidenceKind.enum].sort());
  });

  it('issue 13.2: answers the schema refuses are still refused, each with its place', () => {
    const answers = {
      'con-basic-03': { value: true, evidence: [{ kind: 'selfie' }] },
      'con-basic-02': { value: true, evidence: [{ kind: 'photo', date: '2024-02-30' }] },
      'con-basic-04': { value: 80, extra: 1 },
      'con-layout-02': { value: { n: 3 } },
    };
    const checked = validateInspection(compiled, { station: { id: 'T', name: 'T', level: 'town' }, scheme: 'star-rating', inspectedAt: '2024-05-01', answers });
    expect(checked.ok).toBe(false);
    const pointers = checked.ok ? [] : checked.errors.map((p) => p.pointer);
    for (const at of ['/answers/con-basic-03/evidence/0/kind', '/answers/con-basic-02/evidence/0/date', '/answers/con-basic-04/extra', '/answers/con-layout-02/value']) expect(pointers).toContain(at);
  });
});

describe('issue 13.1: standards compiled once, in the main thread', () => {
  it('issue 13.1: a compiled standard sent to a worker as data scores exactly as the original', () => {
    const sent = compiledFromData(structuredClone(compiledData(compiled)));
    for (const line of [...generateLines(compiled, { count: 12, seed: 5, profile: 'mixed' })]) {
      const checked = validateInspection(compiled, JSON.parse(line));
      if (!checked.ok) throw new Error('generated records are valid');
      expect(JSON.stringify(evaluate(sent, checked.inspection))).toBe(JSON.stringify(evaluate(compiled, checked.inspection)));
    }
  });

  it('issue 13.1: each standard a batch meets is loaded once, however many workers ask', async () => {
    const standards = new BatchStandards({ cwd: ROOT, locale: 'en' });
    const asks = await Promise.all([1, 2, 3].map(() => standards.get({ ref: 'star-rating', kind: 'scheme', pointer: '/scheme', fromRecord: true })));
    expect(asks[1]).toBe(asks[0]);
    expect(asks[2]).toBe(asks[0]);
    const refused = await standards.get({ ref: './my.yaml', kind: 'standard', pointer: '/standard', fromRecord: true });
    expect('problem' in refused && refused.problem.code).toBe('unknown-ref');
  });

  it('issue 13.1: the built batch worker loads no YAML parser, spreadsheet or CSV reader to start', () => {
    // the worker's static imports, followed through the build's chunks
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(path.join(ROOT, 'dist', file), 'utf8');
      for (const m of text.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["']/gm)) {
        if (m[1].startsWith('./')) visit(m[1].slice(2));
        else packages.add(m[1].split('/')[0]);
      }
    };
    visit('batch-worker.js');
    for (const heavy of ['yaml', 'exceljs', 'jszip', 'csv-parse', 'csv-stringify', 'docx', 'saxes']) expect([...packages], heavy).not.toContain(heavy);
  });
});

describe('issue 13.3: the leftovers of batch', () => {
  const input = writeLines(path.join(dir, 'policy.ndjson'), [
    mini('B', 'village', undefined, { 'm-org-1': false }),
    mini('A', 'town', undefined, { 'm-org-1': true, 'm-org-2': { value: 'good', evidence: [{ kind: 'photo', date: '2024-03-01' }] }, 'm-svc-1': 95, 'm-svc-2': 6, 'm-svc-3': 0 }),
  ]);

  it('issue 13.3: --fail-below and --fail-on-veto check each record as it is written: --out - works, and so does an output not read back', () => {
    const toStdout = spawnSync(process.execPath, [CLI, 'batch', input, '--out', '-', '--standard', MINI, '--workers', '1', '--locale', 'en', '--fail-on-veto'], { cwd: dir, encoding: 'utf8' });
    expect(toStdout.status, toStdout.stderr).toBe(4);
    expect(toStdout.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).station.id)).toEqual(['B', 'A']);
    expect(toStdout.stderr).toContain('B 站（B） vetoed (m-org-1)');
    // /dev/null keeps nothing: a policy that read the output back would find no station failing
    const devNull = spawnSync(process.execPath, [CLI, 'batch', input, '--out', '/dev/null', '--errors', path.join(dir, 'null.errors.ndjson'), '--standard', MINI, '--workers', '2', '--locale', 'en', '--fail-below', 'pass'], { cwd: dir, encoding: 'utf8' });
    expect(devNull.status, devNull.stderr).toBe(4);
    expect(devNull.stderr).toContain('B 站（B）');
    const compact = spawnSync(process.execPath, [CLI, 'batch', input, '--out', '-', '--output', 'compact', '--standard', MINI, '--workers', '1', '--locale', 'en', '--fail-on-veto'], { cwd: dir, encoding: 'utf8' });
    expect(compact.status, compact.stderr).toBe(4);
  });

  it('issue 13.3: --fail-below and --fail-on-veto work with --output summary too (refused only with --resume, which reads summary lines back)', () => {
    const summary = spawnSync(process.execPath, [CLI, 'batch', input, '--out', '-', '--output', 'summary', '--standard', MINI, '--workers', '2', '--locale', 'en', '--fail-below', 'pass'], { cwd: dir, encoding: 'utf8' });
    expect(summary.status, summary.stderr).toBe(4);
    expect(summary.stderr).toContain('B 站（B）');
    expect(summary.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).schema)).toEqual(['vsr/evaluation-summary@1', 'vsr/evaluation-summary@1']);
    const fine = spawnSync(process.execPath, [CLI, 'batch', input, '--out', '-', '--output', 'summary', '--standard', MINI, '--workers', '1', '--locale', 'en', '--fail-on-veto'], { cwd: dir, encoding: 'utf8' });
    expect(fine.status).toBe(4);
    const resumed = spawnSync(process.execPath, [CLI, 'batch', input, '--out', path.join(dir, 'policy-summary.ndjson'), '--output', 'summary', '--standard', MINI, '--locale', 'en', '--fail-on-veto', '--resume'], { cwd: dir, encoding: 'utf8' });
    expect(resumed.status).toBe(2);
    expect(resumed.stderr).toContain('With --resume, --fail-below and --fail-on-veto need --output full or compact');
  });

  it('issue 13.3: a resumed run applies the policy to the records the interrupted run wrote too', async () => {
    const whole = path.join(dir, 'whole.ndjson');
    expect((await vsr(['batch', input, '--out', whole, '--standard', MINI, '--workers', '1', '--locale', 'en'])).code).toBe(0);
    const firstOut = readFileSync(whole, 'utf8').split('\n')[0] + '\n';
    const firstIn = readFileSync(input, 'utf8').split('\n')[0] + '\n';
    // an interrupted run that wrote station B (vetoed) and stopped
    const out = path.join(dir, 'resumed.ndjson');
    const errors = path.join(dir, 'resumed.errors.ndjson');
    writeFileSync(`${out}.partial`, firstOut);
    writeFileSync(`${errors}.partial`, '');
    const info = statSync(input);
    writeFileSync(`${out}.resume.json`, JSON.stringify({
      schema: 'vsr/batch-resume@1',
      input: { path: realpathSync(input), size: info.size, mtimeMs: info.mtimeMs },
      options: { ref: MINI, refKind: 'standard', summary: false, locale: 'en', errors },
      position: { done: Buffer.byteLength(firstIn), line: 2 }, outBytes: Buffer.byteLength(firstOut), errorsBytes: 0, counts: { total: 1, good: 1, bad: 0, blank: 0 }, skipped: 0, summary: null,
    }));
    const resumed = await vsr(['batch', input, '--out', out, '--standard', MINI, '--workers', '1', '--locale', 'en', '--resume', '--fail-on-veto']);
    expect(resumed.stderr).toContain('Resuming');
    expect(resumed.code).toBe(4);
    expect(resumed.stderr).toContain('B 站（B） vetoed (m-org-1)');
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(whole, 'utf8'));
  });

  it('issue 13.3: an input folder is listed once, and the run scores the files listed', async () => {
    const folder = path.join(dir, 'folder');
    mkdirSync(folder, { recursive: true });
    for (const f of ['four-star-town.yaml', 'three-star-village.yaml']) copyFileSync(path.join(ROOT, 'examples/inspections', f), path.join(folder, f));
    const listed = vi.mocked(listInspectionFiles);
    listed.mockClear();
    const r = await vsr(['batch', folder, '--out', path.join(dir, 'folder.ndjson'), '--workers', '1', '--locale', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'folder.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).schema)).toEqual(['vsr/evaluation@1', 'vsr/evaluation@1']);
    expect(listed).toHaveBeenCalledTimes(1);
  });
});
