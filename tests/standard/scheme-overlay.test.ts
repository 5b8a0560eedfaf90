// Scheme overlays (issue 11.5): a rating scheme that `extends` another and changes only what it states.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compile, evaluate, loadRatingScheme, loadStandard, readInspection, VsrError } from '../../src/index.js';
import type { RatingScheme } from '../../src/index.js';
import { TRUSTED } from '../helpers/engine.js';
import { FOUR_STAR, ROOT, scratch, vsr } from '../rectify/helpers.js';

const T = (s: string) => ({ 'zh-CN': s, en: s });

/** Writes overlay files (name → YAML text) into a fresh temp folder; returns the folder. */
function files(texts: Record<string, string>): string {
  const dir = scratch('scheme-overlay');
  for (const [name, text] of Object.entries(texts)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const HEAD = (id: string, ext: string) => `schema: vsr/rating-scheme@1\nid: ${id}\nversion: 1.0.0\ntitle: {zh-CN: ${id}, en: ${id}}\nextends: ${ext}\n`;

/** star-rating@1.0.0 with four stars at 87 % instead of 80 %. */
const STRICT = HEAD('strict', 'star-rating@1.0.0') + 'overlay:\n  levels:\n    - id: four-star\n      minPercent: 87\n';

async function problemsOf(file: string): Promise<{ code: string; pointer: string; line?: number; file?: string; zh: string; en: string }[]> {
  try {
    await loadRatingScheme(file, TRUSTED);
  } catch (e) {
    if (e instanceof VsrError) return e.problems.map((p) => ({ code: p.code, pointer: p.pointer, line: p.line, file: p.file, zh: p.message['zh-CN'], en: p.message.en }));
    throw e;
  }
  return [];
}

describe('scheme overlays (issue 11.5)', () => {
  it('issue 11.5: an overlay that raises the four-star threshold rates the shipped four-star example one level lower and changes nothing else', async () => {
    const dir = files({ 'strict.yaml': STRICT });
    const read = await readInspection(FOUR_STAR);
    if (!read.ok) throw new Error('example did not read');
    const base = evaluate(read.compiled, read.inspection);
    const strict = evaluate(compile(await loadRatingScheme(path.join(dir, 'strict.yaml'), TRUSTED)), read.inspection);
    expect(base.rating.level).toBe('four-star');
    expect(base.score.percent).toBe(86.32);
    expect(strict.rating.level).toBe('three-star');
    expect({ id: strict.scheme?.id, version: strict.scheme?.version }).toEqual({ id: 'strict', version: '1.0.0' });
    // the scores are the same to the item
    for (const k of ['score', 'sections', 'items', 'vetoes'] as const) expect(strict[k]).toEqual(base[k]);
    // of the levels, only four stars changed: its mark is no longer met, for that reason alone
    const level = (e: typeof base, id: string) => e.rating.levels.find((l) => l.id === id)!;
    expect(level(strict, 'three-star')).toEqual(level(base, 'three-star'));
    expect(level(strict, 'five-star')).toEqual(level(base, 'five-star'));
    expect(level(base, 'four-star').met).toBe(true);
    expect(level(strict, 'four-star').met).toBe(false);
    expect(level(strict, 'four-star').unmet).toHaveLength(1);
    expect(JSON.stringify(level(strict, 'four-star').unmet)).toContain('87');
    // the resolved scheme is the base but for the one mark
    const resolved = compile(await loadRatingScheme(path.join(dir, 'strict.yaml'), TRUSTED)).scheme!;
    const shipped = compile(await loadRatingScheme('star-rating@1.0.0')).scheme!;
    expect(resolved.components).toEqual(shipped.components);
    expect(resolved.levels.map((l) => l.minPercent)).toEqual([70, 87, 90]);
    expect(resolved.levels.map((l) => l.requires)).toEqual(shipped.levels.map((l) => l.requires));
    expect(resolved.validity).toEqual(shipped.validity);
  });

  it('issue 11.5: the overlay scores at the command line when the inspection names it by path', async () => {
    const dir = files({ 'strict.yaml': STRICT });
    writeFileSync(path.join(dir, 'station.yaml'), readFileSync(FOUR_STAR, 'utf8').replace('scheme: star-rating@1.0.0', 'scheme: ./strict.yaml'));
    const r = await vsr(['score', path.join(dir, 'station.yaml'), '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const ev = JSON.parse(r.stdout);
    expect([ev.scheme.id, ev.rating.level, ev.score.percent]).toEqual(['strict', 'three-star', 86.32]);
  });

  it('issue 11.5: one condition\'s value, a component\'s weight and ref, validity and an added condition change; nothing else', async () => {
    const dir = files({
      'county.yaml': HEAD('county', 'star-rating@1.1.0') + [
        'validity: {years: 3}',
        'overlay:',
        '  components:',
        '    - {id: construction, weight: 50}',
        '    - {id: service, standard: service@1.0.0}',
        '  levels:',
        '    - id: five-star',
        '      requires:',
        '        - {section: svc-eval, minPercent: 95}',
        '        - {itemsPassed: [con-layout-01]}',
        '      add:',
        '        - {section: con-sign, minPercent: 50}',
      ].join('\n') + '\n',
    });
    const c = compile(await loadRatingScheme(path.join(dir, 'county.yaml'), TRUSTED));
    const shipped = compile(await loadRatingScheme('star-rating@1.1.0'));
    expect(c.scheme!.validity).toEqual({ years: 3 });
    expect(c.components.map((x) => `${x.id}@${x.version} ×${x.weight}`)).toEqual(['construction@1.1.0 ×50', 'service@1.0.0 ×30', 'key-tasks@1.1.0 ×30', 'key-tasks-2024@1.0.0 ×30', 'fengqiao@1.1.0 ×0']);
    const five = c.scheme!.levels[2].requires!;
    const shippedFive = shipped.scheme!.levels[2].requires!;
    expect(five).toHaveLength(shippedFive.length + 1);
    expect(five[0]).toEqual(shippedFive[0]);
    expect(five[1]).toEqual(shippedFive[1]);
    expect(five.find((x) => 'itemsPassed' in x)).toEqual({ itemsPassed: ['con-layout-01'] });
    expect(five.find((x) => 'section' in x && x.section === 'svc-eval')).toEqual({ section: 'svc-eval', minPercent: 95 });
    expect(five[five.length - 1]).toEqual({ section: 'con-sign', minPercent: 50 });
    expect(c.scheme!.levels.slice(0, 2)).toEqual(shipped.scheme!.levels.slice(0, 2));
    expect(c.scheme!.title).toEqual(T('county'));
    expect(c.scheme).not.toHaveProperty('extends');
    expect(c.scheme).not.toHaveProperty('overlay');
  });

  it('issue 11.5: an unknown key, level, component or condition is an error at its line, in Chinese and English', async () => {
    const dir = files({
      'key.yaml': HEAD('k', 'star-rating@1.1.0') + 'overlay:\n  levels:\n    - id: four-star\n      minPercnt: 85\n',
      'level.yaml': HEAD('l', 'star-rating@1.1.0') + 'overlay:\n  levels:\n    - id: six-star\n      minPercent: 95\n',
      'component.yaml': HEAD('c', 'star-rating@1.1.0') + 'overlay:\n  components:\n    - id: safety\n      weight: 10\n',
      'condition.yaml': HEAD('d', 'star-rating@1.1.0') + 'overlay:\n  levels:\n    - id: three-star\n      requires:\n        - section: svc-eval\n          minPercent: 60\n',
      'copy.yaml': HEAD('e', 'star-rating@1.1.0') + 'levels:\n  - {id: one-star, label: {zh-CN: 一星, en: One}, minPercent: 10}\n',
    });
    expect(await problemsOf(path.join(dir, 'key.yaml'))).toEqual([expect.objectContaining({ code: 'schema-additional', pointer: '/overlay/levels/0/minPercnt', line: 9, en: 'Unknown field "minPercnt"', zh: '未知字段“minPercnt”' })]);
    expect(await problemsOf(path.join(dir, 'level.yaml'))).toEqual([expect.objectContaining({
      code: 'scheme-overlay-unknown-level', pointer: '/overlay/levels/0/id', line: 8, file: path.join(dir, 'level.yaml'),
      zh: '基础方案 star-rating@1.1.0 没有等级“six-star”（现有：three-star, four-star, five-star）',
      en: 'The base scheme star-rating@1.1.0 has no level "six-star" (it has: three-star, four-star, five-star)',
    })]);
    expect(await problemsOf(path.join(dir, 'component.yaml'))).toEqual([expect.objectContaining({
      code: 'scheme-overlay-unknown-component', pointer: '/overlay/components/0/id', line: 8,
      en: 'The base scheme star-rating@1.1.0 has no component "safety" (it has: construction, service, key-tasks, key-tasks-2024, fengqiao)',
    })]);
    const [cond] = await problemsOf(path.join(dir, 'condition.yaml'));
    expect(cond).toMatchObject({ code: 'scheme-overlay-unknown-condition', pointer: '/overlay/levels/0/requires/0', line: 10 });
    expect(cond.en).toBe('Level "three-star" of the base scheme has no condition "section: svc-eval" (it has: noVeto); put new conditions under add');
    expect(cond.zh).toContain('没有条件“section: svc-eval”');
    expect(await problemsOf(path.join(dir, 'copy.yaml'))).toEqual([expect.objectContaining({ code: 'scheme-overlay-own-list', pointer: '/levels', line: 7 })]);
    // at the command line: file and line, both languages, no stack
    const r = await vsr(['lint', path.join(dir, 'level.yaml')], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('level.yaml:8');
    expect(r.stderr).toContain('没有等级“six-star”');
    expect(r.stderr).toContain('has no level "six-star"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('issue 11.5: in memory: a level named twice, and a condition the base level has twice, are errors at their entries', async () => {
    const shipped = await loadRatingScheme('star-rating@1.1.0');
    const scheme = (id: string, ext: string, overlay: RatingScheme['overlay']) => ({ schema: 'vsr/rating-scheme@1', id, version: '1.0.0', title: T(id), extends: ext, overlay }) as RatingScheme;
    // a base whose three-star level has two noVeto conditions (one added by an overlay)
    const twice = scheme('twice', 'star-rating@1.1.0', { levels: [{ id: 'three-star', add: [{ noVeto: true }] }] });
    const known: Record<string, RatingScheme> = { 'star-rating@1.1.0': shipped, 'twice@1.0.0': twice };
    const codes = (s: RatingScheme) => {
      try {
        compile(s, { resolve: (ref) => known[ref] });
      } catch (e) {
        if (e instanceof VsrError) return e.problems.map((p) => [p.code, p.pointer, p.message.en]);
        throw e;
      }
      return [];
    };
    expect(compile(twice, { resolve: (ref) => known[ref] }).scheme!.levels[0].requires).toEqual([{ noVeto: true, scope: 'counted' }, { noVeto: true }]);
    expect(codes(scheme('a', 'twice@1.0.0', { levels: [{ id: 'three-star', requires: [{ noVeto: true, scope: 'all' }] }] }))).toEqual([
      ['scheme-overlay-ambiguous-condition', '/overlay/levels/0/requires/0', 'Level "three-star" of the base scheme has 2 "noVeto" conditions; the overlay cannot tell which one it changes'],
    ]);
    expect(codes(scheme('b', 'star-rating@1.1.0', { levels: [{ id: 'four-star', minPercent: 81 }, { id: 'four-star', minPercent: 82 }] }))).toEqual([
      ['scheme-overlay-repeated', '/overlay/levels/1/id', '"four-star" is changed twice in the overlay (first in entry 1)'],
    ]);
    // a standard named as the base of a scheme
    (known as Record<string, unknown>)['construction@1.1.0'] = await loadStandard('construction@1.1.0');
    expect(codes(scheme('c', 'construction@1.1.0', {}))).toEqual([['wrong-kind', '/extends', '"construction@1.1.0" is a standard, but a scheme is needed here']]);
  });

  it('issue 11.5: a problem the change causes in the resolved scheme is placed at the overlay\'s line', async () => {
    // four stars above five stars: the level order breaks at the overlay's entry
    const dir = files({ 'order.yaml': HEAD('o', 'star-rating@1.1.0') + 'overlay:\n  levels:\n    - id: five-star\n      minPercent: 75\n' });
    expect(await problemsOf(path.join(dir, 'order.yaml'))).toEqual([expect.objectContaining({ code: 'scheme-level-order', pointer: '/overlay/levels/0/minPercent', line: 9 })]);
  });

  it('issue 11.5: a extends b extends a is a cycle, named with its files', async () => {
    const dir = files({ 'a.yaml': HEAD('a', './b.yaml') + 'overlay: {}\n', 'b.yaml': HEAD('b', './a.yaml') + 'overlay: {}\n' });
    const [p] = await problemsOf(path.join(dir, 'a.yaml'));
    expect(p.code).toBe('extends-cycle');
    expect(p.en).toContain(`${path.join(dir, 'a.yaml')} → ${path.join(dir, 'b.yaml')} → ${path.join(dir, 'a.yaml')}`);
    // in memory as well
    const a = { schema: 'vsr/rating-scheme@1', id: 'a', version: '1.0.0', title: T('a'), extends: 'b@1.0.0' } as RatingScheme;
    const b = { schema: 'vsr/rating-scheme@1', id: 'b', version: '1.0.0', title: T('b'), extends: 'a@1.0.0' } as RatingScheme;
    expect(() => compile(a, { resolve: (ref) => ({ 'a@1.0.0': a, 'b@1.0.0': b })[ref] })).toThrow(/a@1.0.0 → b@1.0.0 → a@1.0.0/);
  });

  it('issue 11.5: a chain of two overlays applies both, the nearer last; lint names the chain', async () => {
    const dir = files({
      'strict.yaml': STRICT,
      'county.yaml': HEAD('county', './strict.yaml') + 'overlay:\n  levels:\n    - id: four-star\n      requires:\n        - {section: con-layout, minPercent: 90}\n    - id: three-star\n      minPercent: 72\n',
    });
    const c = compile(await loadRatingScheme(path.join(dir, 'county.yaml'), TRUSTED));
    expect(c.scheme!.levels.map((l) => l.minPercent)).toEqual([72, 87, 90]);
    expect(c.scheme!.levels[1].requires).toContainEqual({ section: 'con-layout', minPercent: 90 });
    expect([c.id, c.version]).toEqual(['county', '1.0.0']);
    const r = await vsr(['lint', 'county.yaml', '--locale', 'en'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ county.yaml: county@1.0.0, 166 items');
    expect(r.stdout).toContain('Extends strict@1.0.0 (strict.yaml) → star-rating@1.0.0 (standards/star-rating/1.0.0.yaml); this file changes: levels[four-star] requires[section: con-layout]; levels[three-star] minPercent');
  });

  it('issue 11.5: a component ref given by path follows the roots rule of every path ref', async () => {
    const dir = files({ 'outside.yaml': HEAD('x', 'star-rating@1.1.0') + 'overlay:\n  components:\n    - {id: construction, standard: /etc/passwd.yaml}\n' });
    const [p] = await problemsOf(path.join(dir, 'outside.yaml'));
    expect(p).toMatchObject({ code: 'ref-path-outside-roots', pointer: '/overlay/components/0/standard', line: 8 });
  });

  it('issue 11.5: vsr diff between the base and the shipped example overlay shows just the change', async () => {
    const example = path.join(ROOT, 'examples/schemes/yunxi-star-rating.yaml');
    expect(readFileSync(example, 'utf8')).toMatch(/^example: true$/m);
    const r = await vsr(['diff', 'star-rating@1.1.0', 'examples/schemes/yunxi-star-rating.yaml', '--format', 'json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.fields.map((f: { field: string }) => f.field)).toEqual(['id', 'version', 'title', 'validity.years', 'validity.note']);
    expect(d.components.changed).toEqual([
      { id: 'construction', changes: [{ field: 'weight', from: 40, to: 50 }] },
      { id: 'service', changes: [{ field: 'weight', from: 30, to: 20 }] },
    ]);
    expect(d.levels.changed).toEqual([{ id: 'four-star', changes: [
      { field: 'minPercent', from: 80, to: 85 },
      { field: 'requires[section: con-layout]', from: { section: 'con-layout', minPercent: 80 }, to: { section: 'con-layout', minPercent: 90 } },
    ] }]);
    expect([d.items.added, d.items.removed, d.items.changed, d.sections.added, d.sections.removed, d.levels.added, d.levels.removed]).toEqual([[], [], [], [], [], [], []]);
    const lint = await vsr(['lint', 'examples/schemes/yunxi-star-rating.yaml']);
    expect(lint.code).toBe(0);
    expect(lint.stdout).toContain('覆盖于 star-rating@1.1.0 (standards/star-rating/1.1.0.yaml) 之上');
  });
});
