// Issue 13.2 (found): a checklist answer is validated against the requirements that apply to the
// station's level (forLevel, the list scoring uses). A requirement of other levels used to pass
// validation and then zero the whole item as `invalid-answer`; now every path that validates refuses
// it, naming the requirement, the station's level and the levels it applies to.
// No shipped standard sets `appliesTo` on a checklist requirement yet, so the tests take the shipped
// construction@1.1.0 and let its archive room (资料档案室, item con-layout-01) apply to county and town
// stations only, as a province's variant might.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { compile, evaluate, loadStandard, validateInspection, whatIf, type Compiled, type Problem, type Standard } from '../../src/index.js';
import { vsr } from '../report/helpers.js';

const ITEM = 'con-layout-01';
const ALL = ['service-hall', 'reception-area', 'work-area', 'honour-display', 'archive-room'];
let dir: string;
let standardFile: string;
let compiled: Compiled;

/** The shipped construction@1.1.0 with its archive room asked of county and town stations only. */
function variant(std: Standard): Standard {
  const doc = structuredClone(std) as unknown as { sections: { items?: { id: string; check: { requirements: { id: string; appliesTo?: string[] }[] } }[]; sections?: unknown[] }[] };
  const walk = (sections: unknown[]): void => {
    for (const s of sections as { items?: { id: string; check: { requirements: { id: string; appliesTo?: string[] }[] } }[]; sections?: unknown[] }[]) {
      for (const i of s.items ?? []) if (i.id === ITEM) i.check.requirements.find((r) => r.id === 'archive-room')!.appliesTo = ['county', 'town'];
      walk(s.sections ?? []);
    }
  };
  walk(doc.sections);
  return doc as unknown as Standard;
}

function inspection(level: string, answers: Record<string, unknown>) {
  return { standard: 'construction@1.1.0', station: { id: 'V-001', name: '示例村退役军人服务站', level }, inspectedAt: '2025-05-01', answers };
}

function theProblem(errors: Problem[]): Problem {
  const found = errors.filter((p) => p.code === 'answer-checklist-not-for-level');
  expect(found, JSON.stringify(errors)).toHaveLength(1);
  return found[0];
}

beforeAll(async () => {
  const std = variant(await loadStandard('construction@1.1.0'));
  dir = mkdtempSync(path.join(tmpdir(), 'vsr-chklevel-'));
  standardFile = path.join(dir, 'construction-variant.yaml');
  writeFileSync(standardFile, stringify(std));
  compiled = compile(parse(stringify(std)) as Standard);
});

describe('checklist requirements of other station levels (issue 13.2, found)', () => {
  it('issue 13.2 (found): validateInspection refuses a village answer naming a county/town-only requirement, in zh-CN and en', () => {
    const v = validateInspection(compiled, inspection('village', { [ITEM]: ['service-hall', 'archive-room'] }));
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const p = theProblem(v.errors);
    expect(p.pointer).toBe(`/answers/${ITEM}`);
    expect(p.params).toMatchObject({ id: 'archive-room', level: 'village', levels: 'county,town' });
    expect(p.message['zh-CN']).toContain('“archive-room”仅适用于县（市、区）、镇（街道）站点，不适用于村（社区）站点');
    expect(p.message.en).toContain('"archive-room" applies only to stations of level county, town, not to a station of level village');
    expect(p.message.en).toContain('allowed here: service-hall, reception-area, work-area, honour-display');
  });

  it('issue 13.2: the answer is valid for a town station, and a village station earns the full points on its four areas', () => {
    const photos = Array.from({ length: 5 }, () => ({ kind: 'photo', date: '2025-04-01' }));
    const town = validateInspection(compiled, inspection('town', { [ITEM]: { value: ALL, evidence: photos } }));
    const village = validateInspection(compiled, inspection('village', { [ITEM]: { value: ALL.slice(0, 4), evidence: photos } }));
    expect([town.ok, village.ok]).toEqual([true, true]);
    for (const v of [town, village]) if (v.ok) expect(evaluate(compiled, v.inspection, { gap: 'none' }).items.find((i) => i.id === ITEM)).toMatchObject({ state: 'pass', points: 10 });
  });

  it('issue 13.2 (found): a detailed answer (the isPlainDetailed fast path) is refused too, at its value', () => {
    const v = validateInspection(compiled, inspection('village', { [ITEM]: { value: ALL, evidence: [{ kind: 'photo', date: '2025-04-01' }] } }));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(theProblem(v.errors).pointer).toBe(`/answers/${ITEM}/value`);
  });

  it('issue 13.2: an unknown requirement is still reported as unknown, not as one of another level', () => {
    const v = validateInspection(compiled, inspection('village', { [ITEM]: ['archive-room', 'no-such'] }));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors.map((p) => [p.code, p.params?.id])).toEqual([['answer-checklist-unknown', 'no-such']]);
  });

  it('issue 13.2 (found): whatIf refuses such a change with the same problem', () => {
    const v = validateInspection(compiled, inspection('village', { [ITEM]: ['service-hall'] }));
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    let thrown: unknown;
    try {
      whatIf(compiled, v.inspection, { [ITEM]: ['service-hall', 'archive-room'] });
    } catch (e) {
      thrown = e;
    }
    expect(theProblem((thrown as { problems: Problem[] }).problems).pointer).toBe(`/answers/${ITEM}`);
  });

  it('issue 13.2 (found): vsr score of a YAML file names file, line, requirement and levels', async () => {
    const file = path.join(dir, 'village.yaml');
    writeFileSync(file, stringify(inspection('village', { 'con-basic-01': ['has-organisation'], [ITEM]: ['service-hall', 'archive-room'] })));
    const r = await vsr(['score', file, '--standard', standardFile]);
    expect(r.code).toBe(1);
    const line = Number(/village\.yaml:(\d+):\d+ \/answers\/con-layout-01: /.exec(r.stderr)?.[1]);
    expect(readFileSync(file, 'utf8').split('\n')[line - 1]).toContain('service-hall'); // the answer's value
    expect(r.stderr).toContain('“archive-room”仅适用于县（市、区）、镇（街道）站点');
    expect(r.stderr).toContain('"archive-room" applies only to stations of level county, town');
  });

  it('issue 13.2 (found): vsr score of a hand-edited CSV ticking the requirement by its label names the row', async () => {
    const file = path.join(dir, 'village.csv');
    const csv = ['station.id,V-001', 'station.name,示例村退役军人服务站', 'station.level,village', 'inspectedAt,2025-05-01', 'standard,construction@1.1.0', 'id,answer,evidence,note', `${ITEM},"办事服务区、资料档案室",,`, ''].join('\n');
    writeFileSync(file, csv);
    const r = await vsr(['score', file, '--standard', standardFile]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/village\.csv:7\b/);
    expect(r.stderr).toContain('"archive-room" applies only to stations of level county, town, not to a station of level village');
  });

  it('issue 13.2 (found): vsr score of an XLSX sheet (the CSV layout, province-wide) names the row', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const rows = [['station.id', 'V-001'], ['station.name', '示例村退役军人服务站'], ['station.level', '村（社区）'], ['inspectedAt', '2025-05-01'], ['standard', 'construction@1.1.0'], ['id', 'answer', 'evidence', 'note'], [ITEM, 'service-hall, archive-room']];
    wb.addWorksheet('检查表').addRows(rows);
    const file = path.join(dir, 'village.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await vsr(['score', file, '--standard', standardFile]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/village\.xlsx:7\b/);
    expect(r.stderr).toContain('子要求“archive-room”仅适用于县（市、区）、镇（街道）站点，不适用于村（社区）站点');
  });

  it('issue 13.2 (found): vsr batch reports the record and field, and scores the good record', async () => {
    const input = path.join(dir, 'in.jsonl');
    const out = path.join(dir, 'out.ndjson');
    const errors = path.join(dir, 'out.errs');
    writeFileSync(input, [inspection('town', { [ITEM]: ALL }), inspection('village', { [ITEM]: ALL })].map((x) => JSON.stringify(x)).join('\n') + '\n');
    const r = await vsr(['batch', input, '--out', out, '--errors', errors, '--standard', standardFile, '--workers', '1']);
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l).station.level)).toEqual(['town']);
    const bad = readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ line: 2, station: 'V-001', code: 'answer-checklist-not-for-level', field: `/answers/${ITEM}` });
    expect(bad[0].messages.en).toContain('"archive-room" applies only to stations of level county, town, not to a station of level village');
    expect(JSON.stringify(bad[0])).toContain('仅适用于县（市、区）、镇（街道）站点，不适用于村（社区）站点');
  });
});
