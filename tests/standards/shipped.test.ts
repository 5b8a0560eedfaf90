// The shipped standards and scheme keep their promises: they load and lint clean, fengqiao has its
// 76 criteria, every file says it is a reconstruction (in both languages, with sources), every item
// is complete in both languages, ids are unique across the scheme, and standards/README.md's tables
// and the CLI's listings agree with the files.
import { TRUSTED } from '../helpers/engine.js';
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadDocument } from '../../src/standard/load.js';
import type { Item, Section, Standard, StationLevel } from '../../src/index.js';
import type { RatingScheme } from '../../src/types/rating-scheme.js';

const ROOT = path.resolve('.');
const STANDARDS = path.join(ROOT, 'standards');
const CLI = path.join(ROOT, 'dist/cli.js');
const CJK = /[\u4e00-\u9fff]/;
const LEVELS: StationLevel[] = ['county', 'town', 'village', 'enterprise'];

/** Every shipped file, found on disk (not through the engine's own listing): standards/<id>/<version>.yaml. */
const FILES = readdirSync(STANDARDS)
  .filter((id) => statSync(path.join(STANDARDS, id)).isDirectory())
  .flatMap((id) => readdirSync(path.join(STANDARDS, id)).filter((f) => f.endsWith('.yaml')).map((f) => `${id}/${f}`))
  .sort();

const run = promisify(execFile);

/** Runs the built command `node dist/cli.js …`; never throws on a non-zero exit. */
async function vsr(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd: ROOT, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

type Loaded = { file: string; kind: 'standard'; doc: Standard } | { file: string; kind: 'scheme'; doc: RatingScheme };

async function loadAll(): Promise<Loaded[]> {
  const out: Loaded[] = [];
  for (const file of FILES) out.push({ file, ...(await loadDocument(path.join(STANDARDS, file), undefined, TRUSTED)) } as Loaded);
  return out;
}
const loadedOnce = loadAll();

function standards(all: Loaded[]): Standard[] {
  return all.filter((l): l is Extract<Loaded, { kind: 'standard' }> => l.kind === 'standard').map((l) => l.doc);
}

/** The shipped file `id@version`, or for a bare id its first (oldest) version. */
function byId(all: Loaded[], ref: string): Loaded {
  const [id, version] = ref.split('@');
  const found = all.find((l) => l.doc.id === id && (version === undefined || l.doc.version === version));
  if (!found) throw new Error(`no shipped file ${ref}`);
  return found;
}

/** Every item of a standard with the station levels it applies to (standard ∩ sections ∩ item). */
function itemsOf(std: { sections?: Section[]; appliesTo?: StationLevel[] }): { item: Item; section: Section; levels: StationLevel[] }[] {
  const out: { item: Item; section: Section; levels: StationLevel[] }[] = [];
  const walk = (sections: Section[], levels: StationLevel[]) => {
    for (const s of sections) {
      const here = s.appliesTo ? levels.filter((l) => s.appliesTo!.includes(l)) : levels;
      for (const item of s.items ?? []) out.push({ item, section: s, levels: item.appliesTo ? here.filter((l) => item.appliesTo!.includes(l)) : here });
      walk(s.sections ?? [], here);
    }
  };
  walk(std.sections ?? [], std.appliesTo ?? LEVELS);
  return out;
}

/** The most a station of this level can score: the sum of the non-bonus items that apply to it. */
function maxFor(std: Standard, level: StationLevel): number {
  return itemsOf(std).filter((x) => !x.item.bonus && x.levels.includes(level)).reduce((sum, x) => sum + Math.round(x.item.points * 100), 0) / 100;
}

/** Counts the items of a `vsr show --format json` document (sections nest). */
function countShown(sections: { items?: unknown[]; sections?: unknown[] }[]): number {
  return sections.reduce((n, s) => n + (s.items?.length ?? 0) + countShown((s.sections ?? []) as never), 0);
}

describe('every shipped file', () => {
  it('is found on disk: the 1.0.0 files, their 1.1.0 successors and the new files of issue 12', () => {
    expect(FILES).toEqual([
      'construction/1.0.0.yaml', 'construction/1.1.0.yaml', 'fengqiao-village/1.0.0.yaml', 'fengqiao/1.0.0.yaml', 'fengqiao/1.1.0.yaml',
      'key-tasks-2024/1.0.0.yaml', 'key-tasks/1.0.0.yaml', 'key-tasks/1.1.0.yaml', 'service/1.0.0.yaml', 'service/1.1.0.yaml',
      'star-rating/1.0.0.yaml', 'star-rating/1.1.0.yaml',
    ]);
  });

  it('loads with loadDocument, and its id and version match its place', async () => {
    for (const l of await loadedOnce) {
      const [id, version] = [path.dirname(l.file), path.basename(l.file, '.yaml')];
      expect(`${l.doc.id}@${l.doc.version}`, l.file).toBe(`${id}@${version}`);
      expect(l.kind, l.file).toBe(l.doc.schema === 'vsr/rating-scheme@1' ? 'scheme' : 'standard');
    }
  });

  it('lints clean with the built CLI: vsr lint standards/<id>/<version>.yaml … exits 0', async () => {
    const r = await vsr(['lint', ...FILES.map((f) => `standards/${f}`), '--locale', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(FILES.map((f) => expect.stringMatching(new RegExp(`^✓ standards/${f}: `))));
  });

  it('says it is a reconstruction: provenance reconstructed, a note in both languages, sources', async () => {
    for (const { file, doc } of await loadedOnce) {
      const p = doc.provenance!;
      expect(p, file).toBeDefined();
      expect(p.kind, file).toBe('reconstructed');
      expect(p.note?.['zh-CN'], file).toMatch(/重构/);
      expect(p.note?.en, file).toMatch(/reconstruct/i);
      expect(p.note?.en, file).not.toMatch(CJK);
      expect(p.sources?.length, file).toBeGreaterThan(0);
      for (const s of p.sources ?? []) {
        expect(s.id, file).toMatch(/\S/);
        expect(s.title, `${file} ${s.id}`).toMatch(/\S/);
      }
      expect(doc.title['zh-CN'], file).toMatch(/重构/);
      expect(doc.title.en, file).toMatch(/reconstruction/i);
    }
  });

  it('is not marked official', async () => {
    for (const { file, doc } of await loadedOnce) {
      expect(doc.status, file).not.toBe('official');
      expect(['draft', 'trial'], file).toContain(doc.status);
    }
  });
});

describe('the items', () => {
  it('each has a title and a text in zh-CN and en, a method and an effort', async () => {
    let n = 0;
    for (const std of standards(await loadedOnce)) {
      for (const { item } of itemsOf(std)) {
        const where = `${std.id} ${item.id}`;
        for (const field of ['title', 'text'] as const) {
          expect(item[field]?.['zh-CN'], `${where} ${field}`).toMatch(CJK);
          expect(item[field]?.en, `${where} ${field}`).toMatch(/[A-Za-z]{3}/);
          expect(item[field]?.en, `${where} ${field}`).not.toMatch(CJK);
        }
        expect(['examine-records', 'on-site', 'interview', 'test'], `${where} method`).toContain(item.method);
        expect(['S', 'M', 'L'], `${where} effort`).toContain(item.effort);
        n++;
      }
    }
    // 1.0.0: construction 32, service 26, key-tasks 32, fengqiao 76; 1.1.0: 27, 17, 29, 21 (issue 12.5);
    // key-tasks-2024 31, fengqiao-village 16
    expect(n).toBe(32 + 26 + 32 + 76 + 27 + 17 + 29 + 21 + 31 + 16);
  });

  it.each([['1.0.0', 166], ['1.1.0', 27 + 17 + 29 + 31 + 21]])('ids are unique across every standard the scheme star-rating@%s combines, and carry their standard\'s prefix', async (schemeVersion, total) => {
    const all = await loadedOnce;
    const scheme = byId(all, `star-rating@${schemeVersion}`).doc as RatingScheme;
    const prefix: Record<string, string> = { construction: 'con-', service: 'svc-', 'key-tasks': 'kt-', 'key-tasks-2024': 'kt24-', fengqiao: 'fq-' };
    const seen = new Map<string, string>();
    for (const c of scheme.components!) {
      const [id, version] = c.standard.split('@');
      const std = byId(all, c.standard).doc as Standard;
      expect(std.version).toBe(version);
      for (const { item, section } of itemsOf(std)) {
        expect(seen.get(item.id), `${item.id} in ${id} and ${seen.get(item.id)}`).toBeUndefined();
        seen.set(item.id, id);
        expect(item.id.startsWith(prefix[id]), item.id).toBe(true);
        expect(section.id.startsWith(prefix[id]), section.id).toBe(true);
      }
    }
    expect(seen.size).toBe(total);
  });
});

describe('fengqiao@1.0.0: the 76 criteria', () => {
  it('has exactly 76 items: 72 scored worth 100 points and 4 bonus items capped at 5', async () => {
    const fq = byId(await loadedOnce, 'fengqiao').doc as Standard;
    const items = itemsOf(fq).map((x) => x.item);
    expect(items).toHaveLength(76);
    const scored = items.filter((i) => !i.bonus);
    expect(scored).toHaveLength(72);
    expect(scored.reduce((s, i) => s + Math.round(i.points * 100), 0) / 100).toBe(100);
    expect(fq.totalPoints).toBe(100);
    expect(fq.bonusCap).toBe(5);
    expect(fq.appliesTo).toEqual(['town']);
  });

  it('vsr show fengqiao@1.0.0 --format json lists 76 items', async () => {
    const r = await vsr(['show', 'fengqiao@1.0.0', '--format', 'json']);
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.stdout);
    expect(shown.id).toBe('fengqiao');
    expect(countShown(shown.sections)).toBe(76);
  });

  it('has the section points and bonus items standards/README.md describes', async () => {
    const fq = byId(await loadedOnce, 'fengqiao').doc as Standard;
    // README: "72 scored items in 11 sections worth 100 points (organisation 10, venue 10, rules and
    // mechanisms 10, political guidance 8, information 8, visits and honour 9, preferential care 9,
    // employment 8, dispute resolution and rights 14, the part veterans play 8, results 6)"
    const scoredSections = (fq.sections ?? []).filter((s) => (s.items ?? []).some((i) => !i.bonus));
    expect(scoredSections.map((s) => s.points)).toEqual([10, 10, 10, 8, 8, 9, 9, 8, 14, 8, 6]);
    // "4 bonus items (national demonstration station +3, provincial Fengqiao-style title +1.5,
    // experience promoted +1 each up to 2, model veterans +0.5 each up to 1.5)"
    const bonus = itemsOf(fq).map((x) => x.item).filter((i) => i.bonus);
    expect(bonus.map((i) => [i.points, i.check.type, 'per' in i.check ? i.check.per : null])).toEqual([
      [3, 'boolean', null],
      [1.5, 'boolean', null],
      [2, 'count', 1],
      [1.5, 'count', 0.5],
    ]);
    // "Deductions: fq-rights-08, 1 point per irregular petition"
    const deductions = itemsOf(fq).map((x) => x.item).filter((i) => i.check.type === 'deduction');
    expect(deductions.map((i) => [i.id, 'per' in i.check ? i.check.per : null])).toEqual([['fq-rights-08', 1]]);
  });
});

/** The rows of the first Markdown table after `heading`, as cells. */
function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.slice(markdown.indexOf(heading)).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split('|').map((c) => c.trim()));
  }
  return rows.slice(2); // header and --- line
}

const plain = (cell: string) => cell.replace(/[`*]/g, '').trim();
const firstNumber = (cell: string) => Number(/\d+(?:\.\d+)?/.exec(plain(cell))![0]);

describe('standards/README.md agrees with the files', () => {
  const readme = readFileSync(path.join(STANDARDS, 'README.md'), 'utf8');
  const rows = tableAfter(readme, '## What is shipped');
  function column(name: string): number {
    const header = readme.slice(readme.indexOf('## What is shipped')).split('\n').find((l) => l.startsWith('|'))!;
    const i = header.slice(1, -1).split('|').map((c) => c.trim()).indexOf(name);
    if (i < 0) throw new Error(`no column ${name}`);
    return i;
  }
  const cell = (row: string[], name: string) => row[column(name)];

  it('has one row per shipped file, with its id, version, edition, kind, status and provenance', async () => {
    const all = await loadedOnce;
    expect(rows.map((r) => plain(cell(r, 'File'))).sort()).toEqual(FILES);
    for (const row of rows) {
      const l = all.find((x) => x.file === plain(cell(row, 'File')))!;
      expect(plain(cell(row, 'id'))).toBe(l.doc.id);
      expect(cell(row, 'version')).toBe(l.doc.version);
      expect(Number(cell(row, 'edition'))).toBe(l.doc.edition);
      expect(cell(row, 'kind')).toBe(l.kind);
      expect(cell(row, 'status')).toBe(l.doc.status);
      expect(cell(row, 'provenance')).toBe(l.doc.provenance!.kind);
    }
  });

  it('gives each standard its items, points, bonus cap, maximum by station level, pass mark and vetoes', async () => {
    const all = await loadedOnce;
    for (const row of rows.filter((r) => cell(r, 'kind') === 'standard')) {
      const std = all.find((x) => x.file === plain(cell(row, 'File')))!.doc as Standard;
      const items = itemsOf(std).map((x) => x.item);
      const bonus = items.filter((i) => i.bonus).length;
      // items: "32", or "32 (31 scored + 1 bonus)"
      expect(firstNumber(cell(row, 'items')), std.id).toBe(items.length);
      const split = /(\d+) scored \+ (\d+) bonus/.exec(cell(row, 'items'));
      expect(split ? [Number(split[1]), Number(split[2])] : [items.length, 0], std.id).toEqual([items.length - bonus, bonus]);
      // points: "100", or "100 + bonus ≤ 5"
      expect(firstNumber(cell(row, 'points')), std.id).toBe(std.totalPoints);
      const cap = /bonus ≤ (\d+(?:\.\d+)?)/.exec(cell(row, 'points'));
      expect(cap ? Number(cap[1]) : undefined, std.id).toBe(std.bonusCap);
      // max by station level: "county 96 · town 96 · village 89 · enterprise 74", or "town 100 (town only)"
      const maxima = Object.fromEntries([...cell(row, 'max by station level').matchAll(/(county|town|village|enterprise) (\d+(?:\.\d+)?)/g)].map((m) => [m[1], Number(m[2])]));
      const levels = std.appliesTo ?? LEVELS;
      expect(Object.keys(maxima).sort(), std.id).toEqual([...levels].sort());
      for (const level of levels) expect(maxFor(std, level), `${std.id} ${level}`).toBe(maxima[level]);
      // pass mark: "`pass` at 80 %"
      expect(firstNumber(cell(row, 'pass mark / levels')), std.id).toBe(std.passMark);
      // vetoes: "0", or "2 (`fq-org-01` five haves, `fq-result-03` serious incident)"
      const vetoes = items.filter((i) => i.veto).map((i) => i.id);
      expect(firstNumber(cell(row, 'vetoes')), std.id).toBe(vetoes.length);
      expect([...cell(row, 'vetoes').matchAll(/`([^`]+)`/g)].map((m) => m[1]), std.id).toEqual(vetoes);
    }
  });

  it('gives the scheme its items, weights, station levels and star levels', async () => {
    const all = await loadedOnce;
    const schemeRows = rows.filter((r) => cell(r, 'kind') === 'scheme');
    expect(schemeRows).toHaveLength(2);
    for (const row of schemeRows) {
    const scheme = all.find((x) => x.file === plain(cell(row, 'File')))!.doc as RatingScheme;
    const components = scheme.components!.map((c) => byId(all, c.standard).doc as Standard);
    expect(firstNumber(cell(row, 'items'))).toBe(components.reduce((n, s) => n + itemsOf(s).length, 0));
    // "weights 40 / 30 / 30 / 0"
    expect(plain(cell(row, 'points')).replace('weights ', '').split(' / ').map(Number)).toEqual(scheme.components!.map((c) => c.weight));
    // "town · village · enterprise"
    expect(cell(row, 'max by station level').split(' · ')).toEqual(scheme.appliesTo);
    // "`three-star` ≥ 70 · `four-star` ≥ 80 · `five-star` ≥ 90"
    const levels = [...cell(row, 'pass mark / levels').matchAll(/`([^`]+)` ≥ (\d+)/g)].map((m) => [m[1], Number(m[2])]);
    expect(levels).toEqual(scheme.levels!.map((l) => [l.id, l.minPercent]));
    }
  });

  it('its star-rating level table lists the scheme\'s levels and minimum percents', async () => {
    const scheme = byId(await loadedOnce, 'star-rating').doc as RatingScheme;
    const table = tableAfter(readme, '### star-rating@1.0.0');
    expect(table.map((r) => [/`([^`]+)`/.exec(r[0])![1], Number(r[1])])).toEqual(scheme.levels!.map((l) => [l.id, l.minPercent]));
    // five stars: the Fengqiao prerequisite for towns and the four named items
    const five = scheme.levels!.find((l) => l.id === 'five-star')!;
    const named = (five.requires ?? []).flatMap((c) => ('itemsPassed' in c ? c.itemsPassed : []));
    for (const id of named) expect(table[2][2]).toContain(`\`${id}\``);
    expect(five.requires).toContainEqual({ standardMet: 'fengqiao', appliesTo: ['town'] });
  });

  it('its sources table names every source the files cite, and no other', async () => {
    const cited = new Set((await loadedOnce).flatMap((l) => (l.doc.provenance?.sources ?? []).map((s) => s.id)));
    const listed = new Set(tableAfter(readme, '## Sources').flatMap((r) => [...r[0].matchAll(/`([^`]+)`/g)].map((m) => m[1])));
    expect([...listed].sort()).toEqual([...cited].sort());
  });
});

describe('vsr standards --format json', () => {
  it('lists every shipped file with its kind and item count', async () => {
    const all = await loadedOnce;
    const r = await vsr(['standards', '--format', 'json']);
    expect(r.code).toBe(0);
    const listed = JSON.parse(r.stdout) as { id: string; version: string; kind: string; title: { 'zh-CN': string; en: string }; items: number }[];
    const count = (l: Loaded): number =>
      l.kind === 'standard' ? itemsOf(l.doc).length : l.doc.components!.reduce((n, c) => n + count(byId(all, c.standard)), 0);
    const key = (x: { id: string; version: string }) => `${x.id}@${x.version}`;
    const byKey = (a: { id: string; version: string }, b: { id: string; version: string }) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
    expect(listed.map((s) => ({ id: s.id, version: s.version, kind: s.kind, items: s.items })).sort(byKey)).toEqual(
      all.map((l) => ({ id: l.doc.id, version: l.doc.version, kind: l.kind, items: count(l) })).sort(byKey),
    );
    expect(listed.map((s) => s.items)).toEqual([32, 27, 76, 21, 16, 32, 29, 31, 26, 17, 166, 27 + 17 + 29 + 31 + 21]);
    for (const s of listed) expect(s.title).toEqual(byId(all, `${s.id}@${s.version}`).doc.title);
  });
});
