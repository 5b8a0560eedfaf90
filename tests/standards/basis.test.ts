// Issue 12.1 and 12.4: every item of the 1.1 files (and of the files issue 12 adds) says where its
// wording, points and threshold come from, or marks them reconstructed; and it carries a printable
// scoring rule, formal text without "以…作答" or provenance remarks, and the calendar-year period.
import { TRUSTED } from '../helpers/engine.js';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadDocument } from '../../src/standard/load.js';
import { compile } from '../../src/standard/compile.js';
import { basisNote } from '../../src/report/labels.js';
import type { Item, Section, Standard } from '../../src/index.js';

const ROOT = path.resolve('standards');
const NEW_FILES = ['construction/1.1.0', 'service/1.1.0', 'fengqiao/1.1.0', 'key-tasks/1.1.0', 'key-tasks-2024/1.0.0', 'fengqiao-village/1.0.0'];
const NUMERIC = new Set(['threshold', 'count', 'deduction', 'grade']);

async function load(file: string): Promise<Standard> {
  return (await loadDocument(path.join(ROOT, `${file}.yaml`), undefined, TRUSTED)).doc as Standard;
}

function items(std: Standard): Item[] {
  const out: Item[] = [];
  const walk = (ss: Section[]) => ss.forEach((s) => (out.push(...(s.items ?? [])), walk(s.sections ?? [])));
  walk(std.sections ?? []);
  return out;
}

/**
 * What is wrong with an item's basis: it must give `wording` and `points`, and `threshold` when
 * the check has a number; each either 'reconstructed' or source ids the file defines.
 */
export function basisProblems(std: Standard): string[] {
  const known = new Set([...(std.sources ?? []), ...(std.provenance?.sources ?? [])].map((s) => s.id));
  const problems: string[] = [];
  for (const item of items(std)) {
    const b = item.basis;
    if (!b) {
      problems.push(`${item.id}: no basis`);
      continue;
    }
    const parts = NUMERIC.has(item.check.type) ? (['wording', 'points', 'threshold'] as const) : (['wording', 'points'] as const);
    for (const part of parts) {
      const v = b[part];
      if (v === undefined) problems.push(`${item.id}: basis.${part} missing`);
      else if (v !== 'reconstructed') for (const id of v) if (!known.has(id)) problems.push(`${item.id}: basis.${part} cites unknown source ${id}`);
    }
  }
  return problems;
}

describe('issue 12.1: every number sourced or marked reconstructed', () => {
  it.each(NEW_FILES)('issue 12.1: %s — every item has basis.wording, basis.points and (for numeric checks) basis.threshold', async (file) => {
    const std = await load(file);
    expect(items(std).length).toBeGreaterThan(0);
    expect(basisProblems(std)).toEqual([]);
  });

  it('issue 12.1: the check catches the 1.0.0 files, which mark almost nothing', async () => {
    const old = await load('construction/1.0.0');
    const problems = basisProblems(old);
    expect(problems).toHaveLength(items(old).length);
    expect(problems[0]).toBe('con-basic-01: no basis');
  });

  it('issue 12.1: an item citing a source its file does not define is caught', async () => {
    const std = structuredClone(await load('service/1.1.0'));
    std.sections![0].items![0].basis = { wording: ['no-such-source'], points: 'reconstructed' };
    expect(basisProblems(std)).toContain(`${std.sections![0].items![0].id}: basis.wording cites unknown source no-such-source`);
  });

  it('issue 12.1: forms and reports mark reconstructed parts "（重构：…）" / "(reconstructed: …)"', async () => {
    const compiled = compile(await load('fengqiao/1.1.0'));
    const bonus = compiled.items.find((i) => i.id === 'fq-bonus-01')!; // points sourced (Ninghai +3), wording sourced
    const mediation = compiled.items.find((i) => i.id === 'fq-rights-04')!; // all reconstructed
    expect(basisNote(bonus, 'zh-CN')).toBe('');
    expect(basisNote(mediation, 'zh-CN')).toBe('（重构：措辞、分值、尺度）');
    expect(basisNote(mediation, 'en')).toBe(' (reconstructed: wording, points, threshold)');
    const old = compile(await load('fengqiao/1.0.0'));
    expect(basisNote(old.items[0], 'zh-CN')).toBe('');
  });
});

describe('issue 12.4: a printable scoring layer', () => {
  it.each(NEW_FILES)('issue 12.4: %s — formal text, a scoring rule in both languages, the calendar-year period, normative references', async (file) => {
    const std = await load(file);
    expect(std.period).toBe('calendar-year');
    expect(std.normativeReferences?.map((r) => r.title)).toEqual(expect.arrayContaining(['《中华人民共和国退役军人保障法》', '《军人抚恤优待条例》']));
    for (const item of items(std)) {
      const zh = item.text!['zh-CN'];
      const en = item.text!.en;
      expect(zh, item.id).not.toMatch(/作答|重构|近12个月/);
      expect(en, item.id).not.toMatch(/[Aa]nswer with|reconstruct|past 12 months/);
      expect(item.scoring?.['zh-CN'], item.id).toMatch(/分/);
      expect(item.scoring?.en, item.id).toMatch(/point|Earns no/);
    }
  });

  it('issue 12.4: the scoring rule states the deduction in plain words', async () => {
    const std = await load('key-tasks/1.1.0');
    const byId = new Map(items(std).map((i) => [i.id, i]));
    // kt-legal-01: a 4-point checklist of 4 requirements
    expect(byId.get('kt-legal-01')!.scoring!['zh-CN']).toBe('共4项，每缺一项扣1分，扣完为止。');
    // kt-neg-01: 5 points, 1 off per petition caused by the station's failings
    expect(byId.get('kt-neg-01')!.scoring!['zh-CN']).toBe('基础分5分，每发生一人次扣1分，最多扣5分。');
    expect(byId.get('kt-neg-01')!.text!['zh-CN']).toContain('工作不到位');
  });
});
