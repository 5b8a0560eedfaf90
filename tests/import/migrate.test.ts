import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Standard } from '../../src/types/standard.js';
import type { Inspection } from '../../src/types/inspection.js';
import { vsr } from '../report/helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const dir = mkdtempSync(path.join(tmpdir(), 'vsr-migrate-'));

/**
 * construction@1.1.0 (fiction, for the test): con-basic-02/03 renamed, con-basic-04 entered in m²
 * (target 200 m², so a percentage × 2), con-basic-05 dropped and a new con-basic-07 added, con-layout-01
 * ("四区一室") split in two. Points and sections unchanged in total.
 */
function buildNewVersion(): { standard: string; scheme: string } {
  const std = parse(readFileSync(path.join(ROOT, 'standards/construction/1.0.0.yaml'), 'utf8')) as Standard;
  std.version = '1.1.0';
  std.supersedes = 'construction@1.0.0';
  const basic = std.sections![0].items!;
  const byId = (id: string) => basic.find((i) => i.id === id)!;
  byId('con-basic-02').id = 'con-lead-02';
  byId('con-basic-03').id = 'con-lead-03';
  const area = byId('con-basic-04');
  area.id = 'con-area-04';
  area.check = { type: 'threshold', unit: 'number', target: 200, partialFrom: 100, max: 10000 };
  const dropped = basic.findIndex((i) => i.id === 'con-basic-05');
  basic.splice(dropped, 1, { id: 'con-basic-07', title: { 'zh-CN': '经费保障到位（新）', en: 'Funding in place (new)' }, points: 2, check: { type: 'boolean' } });
  const layout = std.sections![1].items!;
  const old = layout[0];
  if (old.check.type !== 'checklist') throw new Error('con-layout-01 is a checklist');
  const reqs = old.check.requirements;
  layout.splice(0, 1,
    { ...old, id: 'con-layout-01a', points: 6, check: { type: 'checklist', requirements: [reqs[0], reqs[1], reqs[2]] } },
    { ...old, id: 'con-layout-01b', points: 4, check: { type: 'checklist', requirements: [reqs[3], reqs[4]] } });
  const standard = path.join(dir, 'construction-1.1.0.yaml');
  writeFileSync(standard, stringify(std));
  const scheme = path.join(dir, 'star-rating-1.1.0.yaml');
  writeFileSync(scheme, readFileSync(path.join(ROOT, 'standards/star-rating/1.0.0.yaml'), 'utf8')
    .replace(/^version: 1\.0\.0$/m, 'version: 1.1.0')
    .replace('- standard: construction@1.0.0', '- standard: ./construction-1.1.0.yaml')
    .replace(/^ {2}- items: \[con-layout-01, fq-venue-01\].*\n/m, '') // the split item no longer asks the same question as fq-venue-01
    .replace(/con-layout-01\b/g, 'con-layout-01a'));
  return { standard, scheme };
}

const value = (e: unknown) => (e && typeof e === 'object' && !Array.isArray(e) && 'value' in e ? (e as { value: unknown }).value : e);
const RENAMED: Record<string, string> = { 'con-basic-02': 'con-lead-02', 'con-basic-03': 'con-lead-03' };

describe('issue 11.4: vsr migrate carries an inspection to a new version by a crosswalk', () => {
  const built = buildNewVersion();

  it('issue 11.4: the test version 1.1.0 lints clean', async () => {
    const r = await vsr(['lint', built.standard, built.scheme]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('issue 11.4: the county centre example: renames, a rescaled threshold, a split and a drop', async () => {
    const file = path.join(ROOT, 'examples/inspections/county-centre-construction.yaml');
    const before = parse(readFileSync(file, 'utf8')) as Inspection;
    const out = path.join(dir, 'county-1.1.0.yaml');
    const r = await vsr(['migrate', file, '--to', built.standard, '--crosswalk', path.join(FIXTURES, 'construction-1.0.0-1.1.0.crosswalk.yaml'), '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const after = parse(readFileSync(out, 'utf8')) as Inspection;
    expect(after.standard).toBe('construction@1.1.0');
    expect(after.station).toEqual(before.station);
    const a = before.answers;
    const b = after.answers;
    expect(b['con-lead-02']).toEqual(a['con-basic-02']);
    expect(b['con-lead-03']).toEqual(a['con-basic-03']);
    expect(value(a['con-basic-04'])).toBe(325);
    expect(value(b['con-area-04'])).toBe(650); // 325 % of 200 m²
    expect(value(b['con-layout-01a'])).toEqual(['service-hall', 'reception-area', 'work-area']);
    expect(value(b['con-layout-01b'])).toEqual(['honour-display', 'archive-room']);
    expect(b['con-basic-05']).toBeUndefined();
    expect(b['con-basic-07']).toBeUndefined(); // a new item: unanswered, never guessed
    // every other answer carried unchanged
    const mapped = new Set(['con-basic-02', 'con-basic-03', 'con-basic-04', 'con-basic-05', 'con-layout-01']);
    for (const id of Object.keys(a).filter((x) => !mapped.has(x))) expect(b[id], id).toEqual(a[id]);
    expect(Object.keys(b).length).toBe(Object.keys(a).length); // one dropped, one split into two
    expect(r.stdout).toContain('con-basic-05');
    expect(r.stdout).toContain('并入新条目 con-basic-07');
    expect(r.stdout).toContain(`${Object.keys(a).length} 个答案已带入，1 项未带入`);
    // the migrated inspection scores against the new version
    const score = await vsr(['score', out, '--standard', built.standard, '--format', 'json']);
    expect(score.code, score.stderr).toBe(0);
    expect(JSON.parse(score.stdout).standard.version).toBe('1.1.0');
  });

  it('issue 11.4: every shipped example on the star-rating scheme migrates; each answer carried or listed', async () => {
    const examples = readdirSync(path.join(ROOT, 'examples/inspections')).filter((f) => f.endsWith('.yaml') && /^scheme: star-rating@1\.0\.0$/m.test(readFileSync(path.join(ROOT, 'examples/inspections', f), 'utf8')));
    expect(examples.length).toBe(7);
    for (const f of examples) {
      const file = path.join(ROOT, 'examples/inspections', f);
      const before = parse(readFileSync(file, 'utf8')) as Inspection;
      const out = path.join(dir, `scheme-${f}`);
      const r = await vsr(['migrate', file, '--to', built.scheme, '--crosswalk', path.join(FIXTURES, 'star-rating-1.0.0-1.1.0.crosswalk.yaml'), '--out', out]);
      expect(r.code, `${f}: ${r.stderr}`).toBe(0);
      const after = parse(readFileSync(out, 'utf8')) as Inspection;
      for (const [id, entry] of Object.entries(before.answers)) {
        if (id === 'con-basic-05') {
          expect(r.stdout, f).toContain('con-basic-05');
          continue;
        }
        if (id === 'con-basic-04') expect(value(after.answers['con-area-04']), f).toBe((value(entry) as number) * 2);
        else if (id === 'con-layout-01') expect([...((value(after.answers['con-layout-01a']) as string[]) ?? []), ...((value(after.answers['con-layout-01b']) as string[]) ?? [])].sort(), f).toEqual([...(value(entry) as string[])].sort());
        else expect(after.answers[RENAMED[id] ?? id], `${f} ${id}`).toEqual(entry);
      }
      for (const w of before.waivers ?? []) {
        const to = w.item === 'con-basic-04' ? 'con-area-04' : (RENAMED[w.item] ?? w.item);
        expect(after.waivers?.some((x) => x.item === to), `${f} waiver ${w.item}`).toBe(true);
      }
      const score = await vsr(['score', out, '--scheme', built.scheme, '--format', 'json']);
      expect(score.code, `${f}: ${score.stderr}`).toBe(0);
    }
  });

  it('issue 11.4: without a crosswalk, items of the same id carry and the rest are listed, not guessed', async () => {
    const file = path.join(ROOT, 'examples/inspections/county-centre-construction.yaml');
    const out = path.join(dir, 'county-no-crosswalk.yaml');
    const r = await vsr(['migrate', file, '--to', built.standard, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const after = parse(readFileSync(out, 'utf8')) as Inspection;
    expect(after.answers['con-lead-02']).toBeUndefined();
    expect(after.answers['con-area-04']).toBeUndefined();
    for (const id of ['con-basic-02', 'con-basic-03', 'con-basic-04', 'con-basic-05', 'con-layout-01']) expect(r.stdout).toContain(`${id}:`);
    expect(r.stdout).toContain('5 项未带入');
  });

  it('issue 11.4: a crosswalk for other versions, or naming unknown items, is refused with its file and line', async () => {
    const file = path.join(ROOT, 'examples/inspections/county-centre-construction.yaml');
    const wrong = path.join(dir, 'wrong.crosswalk.yaml');
    writeFileSync(wrong, readFileSync(path.join(FIXTURES, 'construction-1.0.0-1.1.0.crosswalk.yaml'), 'utf8').replace('to: con-lead-02', 'to: con-nowhere'));
    const r = await vsr(['migrate', file, '--to', built.standard, '--crosswalk', wrong]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/wrong\.crosswalk\.yaml:\d+:\d+.*con-nowhere/);
    const r2 = await vsr(['migrate', file, '--to', built.scheme, '--crosswalk', path.join(FIXTURES, 'construction-1.0.0-1.1.0.crosswalk.yaml')]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain('construction@1.0.0 → construction@1.1.0');
  });

  it('issue 11.4: vsr diff --crosswalk shows renames as renames, not as removed and added', async () => {
    const cw = path.join(FIXTURES, 'construction-1.0.0-1.1.0.crosswalk.yaml');
    const plain = JSON.parse((await vsr(['diff', 'construction@1.0.0', built.standard, '--format', 'json'])).stdout);
    expect(plain.items.removed.map((e: { id: string }) => e.id)).toContain('con-basic-02');
    const r = await vsr(['diff', 'construction@1.0.0', built.standard, '--format', 'json', '--crosswalk', cw]);
    expect(r.code, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.items.renamed.map((x: { from: string; to: string }) => `${x.from}>${x.to}`)).toEqual(['con-basic-02>con-lead-02', 'con-basic-03>con-lead-03', 'con-basic-04>con-area-04']);
    expect(d.items.removed.map((e: { id: string }) => e.id).sort()).toEqual(['con-basic-05', 'con-layout-01']);
    expect(d.items.added.map((e: { id: string }) => e.id).sort()).toEqual(['con-basic-07', 'con-layout-01a', 'con-layout-01b']);
    const area = d.items.renamed.find((x: { from: string }) => x.from === 'con-basic-04');
    expect(area.changes.map((c: { field: string }) => c.field)).toContain('check.target');
    const text = await vsr(['diff', 'construction@1.0.0', built.standard, '--crosswalk', cw]);
    expect(text.stdout).toContain('⇒ con-basic-02 → con-lead-02  (更名)');
  });

  it('issue 11.4: every shipped 1.0.0 example migrates to 1.1.0 through the shipped crosswalks, and scores there', async () => {
    const folder = path.join(ROOT, 'examples/inspections');
    const files = readdirSync(folder).filter((f) => f.endsWith('.yaml'));
    let migrated = 0;
    for (const f of files) {
      const ref = /^(standard|scheme): ([a-z-]+)@1\.0\.0$/m.exec(readFileSync(path.join(folder, f), 'utf8'));
      if (!ref) continue;
      const crosswalk = path.join(ROOT, 'standards', ref[2], '1.0.0-to-1.1.0.crosswalk.json');
      const out = path.join(dir, `shipped-${f}`);
      const r = await vsr(['migrate', path.join(folder, f), '--to', `${ref[2]}@1.1.0`, '--crosswalk', crosswalk, '--out', out]);
      expect(r.code, `${f}: ${r.stderr}`).toBe(0);
      expect(r.stdout, f).toMatch(/已迁移到 [a-z-]+@1\.1\.0：\d+ 个答案已带入/);
      const score = await vsr(['score', out, '--format', 'json']);
      expect(score.code, `${f}: ${score.stderr}`).toBe(0);
      expect(JSON.parse(score.stdout).standard.version, f).toBe('1.1.0');
      migrated++;
    }
    expect(migrated).toBe(9);
  });
});
