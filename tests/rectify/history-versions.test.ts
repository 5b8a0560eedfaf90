// Station history across versions through crosswalks (issue 14.4): three rounds of one fictional
// station, rounds 1 and 2 on toy@1.0.0, round 3 on toy@1.1.0, which renames one item, splits another,
// drops a third and adds a fourth.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stationHistory, renderHistoryMarkdown } from '../../src/core.js';
import { readInspection, evaluate } from '../../src/index.js';
import { shippedCrosswalks } from '../../src/crosswalk/shipped.js';
import { checkCrosswalk } from '../../src/crosswalk/load.js';
import { compile } from '../../src/index.js';
import { loadDocument } from '../../src/standard/load.js';
import type { Crosswalk } from '../../src/types/crosswalk.js';
import { ROOT, scratch, vsr } from './helpers.js';
import { readSource } from '../../src/standard/document.js';

const T = (zh: string, en: string) => `{zh-CN: ${zh}, en: ${en}}`;
const item = (id: string, points: number, check: string) => `      - {id: ${id}, title: ${T(id, id)}, points: ${points}, check: ${check}}`;
const yes = '{type: boolean}';
const checklist = (...ids: string[]) => `{type: checklist, requirements: [${ids.map((r) => `{id: ${r}, label: ${T(r, r)}}`).join(', ')}]}`;

function toy(version: string, items: string[]): string {
  return [
    'schema: vsr/standard@1', 'id: toy', `version: ${version}`, `title: ${T('示例标准', 'Toy standard')}`, 'passMark: 60',
    'sections:', `  - id: desk`, `    title: ${T('服务台', 'Desk')}`, '    items:', ...items, '',
  ].join('\n');
}

const V1 = toy('1.0.0', [item('t-a', 10, yes), item('t-b', 10, yes), item('t-c', 20, checklist('x', 'y')), item('t-d', 10, yes), item('t-e', 10, yes)]);
const V2 = toy('1.1.0', [item('t-a', 10, yes), item('t-b2', 10, yes), item('t-c1', 10, checklist('x')), item('t-c2', 10, checklist('y')), item('t-e', 10, yes), item('t-f', 10, yes)]);
const CROSSWALK: Crosswalk = {
  schema: 'vsr/crosswalk@1',
  from: 'toy@1.0.0',
  to: 'toy@1.1.0',
  items: [
    { from: 't-b', to: 't-b2', how: 'renamed' },
    { from: 't-c', to: ['t-c1', 't-c2'], how: 'split' },
    { from: 't-d', how: 'dropped', reason: '并入 t-a' },
  ],
};

function round(file: string, on: string, answers: Record<string, unknown>): string {
  return [
    'schema: vsr/inspection@1', 'example: true   # fictional station', `standard: ./${file}`,
    'station: {id: YX-TOY, name: 云溪县示例镇退役军人服务站, level: town, region: [浙江省, 示例市, 云溪县, 示例镇]}',
    `inspectedAt: ${on}`, `answers: ${JSON.stringify(answers)}`, '',
  ].join('\n');
}

/** The three rounds (and the crosswalk file) in a temp folder. */
function station(): string {
  const dir = scratch('history-versions');
  writeFileSync(path.join(dir, 'toy-1.0.0.yaml'), V1);
  writeFileSync(path.join(dir, 'toy-1.1.0.yaml'), V2);
  writeFileSync(path.join(dir, 'toy.crosswalk.json'), JSON.stringify(CROSSWALK, null, 2));
  writeFileSync(path.join(dir, 'round-1.yaml'), round('toy-1.0.0.yaml', '2024-01-10', { 't-a': false, 't-b': false, 't-c': ['x'], 't-d': false, 't-e': true }));
  writeFileSync(path.join(dir, 'round-2.yaml'), round('toy-1.0.0.yaml', '2024-04-10', { 't-a': true, 't-b': false, 't-c': ['x'], 't-d': false, 't-e': false }));
  writeFileSync(path.join(dir, 'round-3.yaml'), round('toy-1.1.0.yaml', '2024-09-10', { 't-a': true, 't-b2': true, 't-c1': ['x'], 't-c2': [], 't-e': true, 't-f': false }));
  return dir;
}

async function records(dir: string) {
  return Promise.all(['round-1.yaml', 'round-2.yaml', 'round-3.yaml'].map(async (f) => {
    const r = await readInspection(path.join(dir, f), { roots: [dir] });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return { evaluation: evaluate(r.compiled, r.inspection), incident: false, file: f };
  }));
}

describe('station history across versions (issue 14.4)', () => {
  it('issue 14.4: a renamed and a split item are the same question through the crosswalk; a dropped one is dropped, not fixed', async () => {
    const h = stationHistory('YX-TOY', await records(station()), { crosswalks: [CROSSWALK] })!;
    expect(h.rounds.map((r) => [r.inspectedAt, r.ref, r.standards])).toEqual([
      ['2024-01-10', 'toy@1.0.0', ['toy@1.0.0']],
      ['2024-04-10', 'toy@1.0.0', ['toy@1.0.0']],
      ['2024-09-10', 'toy@1.1.0', ['toy@1.1.0']],
    ]);
    // round 2, same version: by id
    expect(h.rounds[1]).toMatchObject({ fixed: ['t-a'], newlyShort: ['t-e'] });
    expect(h.rounds[1].versionChange).toBeUndefined();
    // round 3: t-b (short) → t-b2 (passes): fixed; t-c (partial) split → t-c1 passes (fixed), t-c2 still
    // short (neither); t-e fixed; t-f is new and short; t-d dropped while short: dropped, not fixed
    expect(h.rounds[2].fixed).toEqual(['t-b2', 't-c1', 't-e']);
    expect(h.rounds[2].newlyShort).toEqual(['t-f']);
    expect(h.rounds[2].dropped).toEqual([{ item: 't-d', before: 'fail', reason: '并入 t-a' }]);
    expect(h.rounds[2].through).toEqual([
      { from: ['t-b'], to: ['t-b2'], how: 'renamed' },
      { from: ['t-c'], to: ['t-c1', 't-c2'], how: 'split' },
    ]);
    expect(h.rounds[2].versionChange).toEqual({ from: ['toy@1.0.0'], to: ['toy@1.1.0'], crosswalks: ['toy@1.0.0 → toy@1.1.0'], unmatched: [] });
    expect(h.warnings).toEqual([]);
  });

  it('issue 14.4: without a crosswalk the history still works, matched by id, with one warning in Chinese and English', async () => {
    const h = stationHistory('YX-TOY', await records(station()))!;
    expect(h.rounds[2].fixed).toEqual(['t-e']);
    expect(h.rounds[2].newlyShort).toEqual(['t-c2', 't-f']);
    expect(h.rounds[2].versionChange).toMatchObject({ crosswalks: [], unmatched: ['toy@1.0.0 → toy@1.1.0'] });
    expect(h.warnings).toHaveLength(1);
    expect(h.warnings[0]).toMatchObject({ code: 'history-id-only' });
    expect(h.warnings[0].message['zh-CN']).toContain('只按编号比对');
    expect(h.warnings[0].message.en).toContain('matched by id only');
    expect(h.warnings[0].message.en).toContain('toy@1.0.0 → toy@1.1.0');
  });

  it('issue 14.4: vsr history --crosswalk FILE: JSON item by item, and the Markdown shows the version change', async () => {
    const dir = station();
    const json = await vsr(['history', 'YX-TOY', '.', '--crosswalk', 'toy.crosswalk.json', '--format', 'json'], dir);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const h = JSON.parse(json.stdout);
    expect(h.rounds.map((r: { fixed: string[]; newlyShort: string[] }) => [r.fixed, r.newlyShort])).toEqual([
      [[], []],
      [['t-a'], ['t-e']],
      [['t-b2', 't-c1', 't-e'], ['t-f']],
    ]);
    expect(h.rounds[2].dropped).toEqual([{ item: 't-d', before: 'fail', reason: '并入 t-a' }]);

    const md = await vsr(['history', 'YX-TOY', '.', '--crosswalk', 'toy.crosswalk.json', '--locale', 'en'], dir);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('| 2024-09-10 | toy@1.1.0 (was 1.0.0) |');
    expect(md.stdout).toContain('## Version changes');
    expect(md.stdout).toContain('- 2024-09-10: toy@1.0.0 → toy@1.1.0');
    expect(md.stdout).toContain('  - Items matched through the crosswalks toy@1.0.0 → toy@1.1.0');
    expect(md.stdout).toContain('  - renamed: t-b → t-b2');
    expect(md.stdout).toContain('  - split: t-c → t-c1 + t-c2');
    expect(md.stdout).toContain('  - Dropped by the new version (short in the round before; not counted as fixed): t-d（并入 t-a）');
    expect(md.stdout).toMatch(/\| 2024-09-10 \| toy@1\.1\.0 \(was 1\.0\.0\) \| Met \| [\d.]+% \| 3：t-b2, t-c1, t-e \| 1：t-f \|/);

    // without the crosswalk: the warning once, both languages, and the timeline still printed
    const bare = await vsr(['history', 'YX-TOY', '.'], dir);
    expect(bare.code).toBe(0);
    expect(bare.stderr.match(/matched by id only/g)).toHaveLength(1);
    expect(bare.stderr).toContain('只按编号比对');
    expect(bare.stdout).toContain('无对照表，按编号比对：toy@1.0.0 → toy@1.1.0');
  });

  it('issue 14.4: a crosswalk that names items the versions lack is refused at its line', async () => {
    const dir = station();
    writeFileSync(path.join(dir, 'bad.crosswalk.json'), JSON.stringify({ ...CROSSWALK, items: [{ from: 't-b', to: 't-zz', how: 'renamed' }] }, null, 2));
    const r = await vsr(['history', 'YX-TOY', '.', '--crosswalk', 'bad.crosswalk.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.crosswalk.json:');
    expect(r.stderr).toContain('t-zz');
  });

  it('issue 14.4: crosswalks chain: 1.0.0 → 1.1.0 → 1.2.0 followed through the version between', async () => {
    const dir = station();
    writeFileSync(path.join(dir, 'toy-1.2.0.yaml'), V2.replace('version: 1.1.0', 'version: 1.2.0').replace('id: t-b2,', 'id: t-b3,'));
    writeFileSync(path.join(dir, 'round-3.yaml'), round('toy-1.2.0.yaml', '2024-09-10', { 't-a': true, 't-b3': true, 't-c1': ['x'], 't-c2': [], 't-e': true, 't-f': false }));
    const next: Crosswalk = { schema: 'vsr/crosswalk@1', from: 'toy@1.1.0', to: 'toy@1.2.0', items: [{ from: 't-b2', to: 't-b3', how: 'renamed' }] };
    const h = stationHistory('YX-TOY', await records(dir), { crosswalks: [next, CROSSWALK] })!;
    expect(h.rounds[2].fixed).toEqual(['t-b3', 't-c1', 't-e']);
    expect(h.rounds[2].versionChange?.crosswalks).toEqual(['toy@1.0.0 → toy@1.1.0', 'toy@1.1.0 → toy@1.2.0']);
    expect(h.rounds[2].through?.[0]).toEqual({ from: ['t-b'], to: ['t-b3'], how: 'renamed' });
  });

  it('issue 14.4: the shipped crosswalks are bundled, one per shipped file, and each joins its two versions', async () => {
    const files = ['construction', 'fengqiao', 'key-tasks', 'service', 'star-rating'];
    // the bundle is what the script makes of standards/ (run `npm run gen` after adding a crosswalk)
    const { readFileSync } = await import('node:fs');
    // @ts-expect-error: a plain .mjs build script without types
    const { shippedCrosswalksModule } = await import('../../scripts/gen-shipped.mjs');
    expect(readFileSync(path.join(ROOT, 'src/crosswalk/shipped-data.ts'), 'utf8')).toBe(shippedCrosswalksModule());
    const shipped = await shippedCrosswalks();
    expect(shipped.map((c) => `${c.from} → ${c.to}`)).toEqual(files.map((f) => `${f}@1.0.0 → ${f}@1.1.0`));
    for (const c of shipped) {
      const [from, to] = await Promise.all([c.from, c.to].map(async (ref) => compile((await loadDocument(ref)).doc)));
      const file = path.join(ROOT, 'standards', c.from.split('@')[0], '1.0.0-to-1.1.0.crosswalk.json');
      const { doc } = await readSource(file);
      expect(doc!.data).toEqual(c);
      expect(() => checkCrosswalk({ crosswalk: c, source: doc! }, from, to)).not.toThrow();
    }
  });

  it('issue 14.4: a town scored on star-rating@1.0.0 and then 1.1.0 is matched through the shipped crosswalk', async () => {
    const read = async (f: string) => {
      const r = await readInspection(path.join(ROOT, f));
      if (!r.ok) throw new Error(f);
      return { evaluation: evaluate(r.compiled, r.inspection), incident: false };
    };
    const [old, now] = await Promise.all([read('examples/inspections/four-star-town.yaml'), read('examples/inspections/v1.1/four-star-town-no-fengqiao-2023.yaml')]);
    // the same fictional station, a year on
    now.evaluation = { ...now.evaluation, station: old.evaluation.station, inspectedAt: '2024-11-20' };
    // the library uses the crosswalks it is given: here the shipped ones
    expect(stationHistory(old.evaluation.station.id, [old, now])!.warnings.map((w) => w.code)).toEqual(['history-id-only']);
    const h = stationHistory(old.evaluation.station.id, [old, now], { crosswalks: await shippedCrosswalks() })!;
    const r = h.rounds[1];
    expect(r.versionChange?.crosswalks).toEqual(['star-rating@1.0.0 → star-rating@1.1.0']);
    expect(h.warnings).toEqual([]);
    // what 1.1.0 dropped is listed as dropped, never as fixed or newly short
    const dropped = new Set(r.dropped!.map((d) => d.item));
    expect(dropped.size).toBe((await shippedCrosswalks()).find((c) => c.from === 'star-rating@1.0.0')!.items.filter((m) => m.how === 'dropped' && !old.evaluation.items.find((i) => i.id === m.from)?.bonus).length);
    // an item dropped while short is never fixed, even where 1.1.0 asks a new question under the same id
    const reasked = r.dropped!.filter((d) => d.before !== 'pass' && now.evaluation.items.some((i) => i.id === d.item && i.state === 'pass'));
    expect(reasked.length).toBeGreaterThan(0);
    for (const id of r.fixed) expect(dropped.has(id)).toBe(false);
    // items 1.1.0 kept ("same") are compared with themselves
    const same = (await shippedCrosswalks()).find((c) => c.from === 'star-rating@1.0.0')!.items.filter((m) => m.how === 'same').map((m) => m.from as string);
    const stateOf = (e: typeof old.evaluation, id: string) => e.items.find((i) => i.id === id)?.state;
    const expectedFixed = same.filter((id) => !old.evaluation.items.find((i) => i.id === id)?.bonus && ['fail', 'partial', 'unanswered'].includes(stateOf(old.evaluation, id)!) && stateOf(now.evaluation, id) === 'pass');
    expect(r.fixed.filter((id) => same.includes(id))).toEqual(expectedFixed);
  });
});

describe('station history across versions in HTML (issue 14.4)', () => {
  it('issue 14.4: the HTML timeline shows the version change and what came under other ids', async () => {
    const { renderHistoryHtml } = await import('../../src/core.js');
    const h = stationHistory('YX-TOY', await records(station()), { crosswalks: [CROSSWALK] })!;
    const html = renderHistoryHtml(h, 'zh-CN');
    expect(html).toContain('toy@1.1.0（原 1.0.0）');
    expect(html).toContain('<h2>版本变更</h2>');
    expect(html).toContain('<li class="sub">拆分：t-c → t-c1 + t-c2</li>');
    expect(renderHistoryMarkdown(h, 'zh-CN')).toContain('新版本删除（上一轮未达标，不计为改好）：t-d（并入 t-a）');
  });
});

describe('station history of a scheme whose components changed version (issue 14.4)', () => {
  it('issue 14.4: each changed component follows its own crosswalk; one without is matched by id and named in the one warning', async () => {
    const dir = station();
    const extra = (version: string, id: string) => toy(version, [item(id, 10, yes)]).replace('id: toy', 'id: extra').replace('id: desk', 'id: extra-desk');
    writeFileSync(path.join(dir, 'extra-1.0.0.yaml'), extra('1.0.0', 'e-1'));
    writeFileSync(path.join(dir, 'extra-1.1.0.yaml'), extra('1.1.0', 'e-1b'));
    const scheme = (version: string, toyFile: string, extraFile: string) => [
      'schema: vsr/rating-scheme@1', 'id: duo', `version: ${version}`, `title: ${T('示例方案', 'Toy scheme')}`,
      `components: [{standard: ./${toyFile}, weight: 1}, {standard: ./${extraFile}, weight: 1}]`,
      `levels: [{id: ok, label: ${T('达标', 'Met')}, minPercent: 50}]`, '',
    ].join('\n');
    writeFileSync(path.join(dir, 'duo-1.yaml'), scheme('1.0.0', 'toy-1.0.0.yaml', 'extra-1.0.0.yaml'));
    writeFileSync(path.join(dir, 'duo-2.yaml'), scheme('2.0.0', 'toy-1.1.0.yaml', 'extra-1.1.0.yaml'));
    const answers = (a: Record<string, unknown>) => a;
    writeFileSync(path.join(dir, 'round-1.yaml'), round('duo-1.yaml', '2024-01-10', answers({ 't-a': false, 't-b': false, 't-c': ['x'], 't-d': false, 't-e': true, 'e-1': false })).replace('standard: ./duo-1.yaml', 'scheme: ./duo-1.yaml'));
    writeFileSync(path.join(dir, 'round-2.yaml'), round('duo-1.yaml', '2024-04-10', answers({ 't-a': true, 't-b': false, 't-c': ['x'], 't-d': false, 't-e': false, 'e-1': false })).replace('standard: ./duo-1.yaml', 'scheme: ./duo-1.yaml'));
    writeFileSync(path.join(dir, 'round-3.yaml'), round('duo-2.yaml', '2024-09-10', answers({ 't-a': true, 't-b2': true, 't-c1': ['x'], 't-c2': [], 't-e': true, 't-f': false, 'e-1b': false })).replace('standard: ./duo-2.yaml', 'scheme: ./duo-2.yaml'));
    const h = stationHistory('YX-TOY', await records(dir), { crosswalks: [CROSSWALK] })!;
    const r = h.rounds[2];
    expect([r.ref, r.standards]).toEqual(['duo@2.0.0', ['toy@1.1.0', 'extra@1.1.0']]);
    expect(r.versionChange).toEqual({ from: ['duo@1.0.0', 'toy@1.0.0', 'extra@1.0.0'], to: ['duo@2.0.0', 'toy@1.1.0', 'extra@1.1.0'], crosswalks: ['toy@1.0.0 → toy@1.1.0'], unmatched: ['extra@1.0.0 → extra@1.1.0'] });
    expect(r.fixed).toEqual(['t-b2', 't-c1', 't-e']);
    // e-1b has no predecessor by id: new and short; e-1 is not called dropped (no crosswalk speaks for it)
    expect(r.newlyShort).toEqual(['t-f', 'e-1b']);
    expect(r.dropped).toEqual([{ item: 't-d', before: 'fail', reason: '并入 t-a' }]);
    expect(h.warnings.map((w) => w.params)).toEqual([{ changes: 'extra@1.0.0 → extra@1.1.0' }]);
  });
});
