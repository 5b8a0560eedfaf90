// compile(): flattening, content hash, and the semantic checks of standards and schemes.
import { describe, expect, it } from 'vitest';
import { compile, loadRatingScheme, VsrError } from '../../src/index.js';
import type { Item, Standard } from '../../src/index.js';
import { compileFixtureScheme, compileFixtureStandard, compileScheme, fixture, item, level, loadProblems, standard, veto, TRUSTED } from '../helpers/engine.js';

const yes: Item['check'] = { type: 'boolean' };

function problemsOf(build: () => unknown): [string, string][] {
  try {
    build();
  } catch (e) {
    if (e instanceof VsrError) return e.problems.map((p) => [p.code, p.pointer]);
    throw e;
  }
  return [];
}

describe('compile', () => {
  it('flattens sections and items in document order, with points in hundredths', async () => {
    const c = await compileFixtureStandard('construction.yaml');
    expect(c.kind).toBe('standard');
    expect(c.sections.map((s) => [s.id, s.parent, s.depth])).toEqual([['b-venue', null, 0], ['b-venue-space', 0, 1], ['b-venue-rooms', 0, 1], ['b-ledger', null, 0]]);
    expect(c.items.map((i) => [i.id, i.max, i.sections])).toEqual([
      ['b-model', 300, [0]], ['b-sign', 400, [0, 1]], ['b-area', 1000, [0, 1]], ['b-rooms', 600, [0, 2]], ['b-lift', 400, [0, 2]],
      ['b-files', 600, [3]], ['b-archive', 1000, [3]],
    ]);
    // appliesTo: item ∩ section ∩ standard
    expect(c.items.find((i) => i.id === 'b-lift')!.appliesTo).toEqual(['county']);
    expect(c.items.find((i) => i.id === 'b-files')!.appliesTo).toEqual(['county', 'town']);
    expect(c.items.find((i) => i.id === 'b-sign')!.appliesTo).toEqual(['county', 'town', 'village']);
    expect(c.levels).toEqual([{ id: 'pass', label: { 'zh-CN': '达标', en: 'Met' }, minPercent: 60, requires: [{ noVeto: true }] }]);
  });

  it('a scheme keeps its components in order with their weights', async () => {
    const c = await compileFixtureScheme();
    expect(c.kind).toBe('scheme');
    expect(c.components.map((k) => [k.id, k.weight, k.passMark, k.missing])).toEqual([
      ['fx-build', 6, 60, 'zero'], ['fx-serve', 4, 70, 'exclude'], ['fx-safety', 0, 80, 'zero'],
    ]);
    expect(c.levels.map((l) => l.id)).toEqual(['three', 'four', 'five']);
  });

  it('the content hash is stable, ignores key order, and changes with the content', () => {
    const a = standard([item('x', 2, yes), item('y', 3, yes)]);
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as unknown as Standard;
    expect(Object.keys(reordered)).not.toEqual(Object.keys(a));
    const changed = standard([item('x', 2, yes), item('y', 4, yes)]);
    expect(compile(a).hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(compile(a).hash).toBe(compile(structuredClone(a)).hash);
    expect(compile(reordered).hash).toBe(compile(a).hash);
    expect(compile(changed).hash).not.toBe(compile(a).hash);
  });
});

describe('semantic checks of a standard', () => {
  it('a bonus item cannot be a veto; bonus items need a bonusCap', () => {
    expect(problemsOf(() => compile(standard([item('b', 1, yes, { bonus: true, veto: veto() })], { bonusCap: 1 })))).toEqual([['bonus-veto', '/sections/0/items/0/veto']]);
    expect(problemsOf(() => compile(standard([item('b', 1, yes, { bonus: true })])))).toEqual([['bonus-cap-missing', '/bonusCap']]);
  });

  it('no sections; supersedes itself; an overlay without extends', () => {
    expect(problemsOf(() => compile(standard([], { sections: [] })))).toEqual([['no-sections', '/sections']]);
    expect(problemsOf(() => compile(standard([item('x', 1, yes)], { supersedes: 'unit@1.0.0' })))).toEqual([['supersedes-self', '/supersedes']]);
    expect(problemsOf(() => compile(standard([item('x', 1, yes)], { overlay: { drop: ['x'] } })))).toEqual([['overlay-without-extends', '/overlay']]);
  });

  it('section ids and item ids share one namespace', () => {
    expect(problemsOf(() => compile(standard([item('sec', 1, yes)])))).toEqual([['duplicate-id', '/sections/0/items/0/id']]);
  });

  it('bonus items are left out of the section and total sums', () => {
    const std = standard([], {
      totalPoints: 3,
      bonusCap: 1,
      sections: [{ id: 's', title: { 'zh-CN': 's', en: 's' }, points: 3, items: [item('a', 3, yes), item('b', 5, yes, { bonus: true })] }],
    });
    expect(problemsOf(() => compile(std))).toEqual([]);
  });
});

describe('semantic checks of a scheme', () => {
  const a = standard([item('a1', 2, yes)], { id: 'std-a', passMark: 50 });
  const b = standard([item('b1', 2, yes)], { id: 'std-b' });

  it('weights must not all be 0', () => {
    expect(problemsOf(() => compileScheme([[a, 0]], [level('one', 10)]))).toEqual([['scheme-weights-zero', '/components']]);
  });

  it('item ids are unique across components', () => {
    const clash = standard([item('a1', 2, yes)], { id: 'std-c' });
    expect(problemsOf(() => compileScheme([[a, 1], [clash, 1]], [level('one', 10)]))).toEqual([['scheme-duplicate-item', '/components/1/standard']]);
  });

  it('levels go from low to high', () => {
    expect(problemsOf(() => compileScheme([[a, 1]], [level('one', 50), level('two', 40)]))).toEqual([['scheme-level-order', '/levels/1/minPercent']]);
  });

  it('conditions name items, sections and component standards that exist; standardMet needs a pass mark', () => {
    const levels = [
      level('one', 10, [{ itemsPassed: ['a1', 'zz'] }, { section: 'nowhere', minPercent: 1 }]),
      level('two', 20, [{ standardMet: 'std-x' }, { standardMet: 'std-b' }, { standardMet: 'std-b', minPercent: 50 }]),
    ];
    expect(problemsOf(() => compileScheme([[a, 1], [b, 1]], levels))).toEqual([
      ['scheme-unknown-item', '/levels/0/requires/0/itemsPassed/1'],
      ['scheme-unknown-section', '/levels/0/requires/1/section'],
      ['scheme-unknown-standard', '/levels/1/requires/0/standardMet'],
      ['scheme-no-passmark', '/levels/1/requires/1'],
    ]);
  });

  it('loading: an unknown component is placed at its reference', async () => {
    const problems = await loadProblems(() => loadRatingScheme(fixture('bad/scheme-unknown-component.yaml'), TRUSTED));
    expect(problems.map((p) => [p.code, p.file, p.line, p.column, p.pointer])).toEqual([
      // line 7 `  - { standard: nowhere@1.0.0, weight: 1 }`: the value starts at column 17
      ['unknown-ref', fixture('bad/scheme-unknown-component.yaml'), 7, 17, '/components/1/standard'],
    ]);
  });

  it('loading: unknown names in conditions are placed in the scheme file', async () => {
    const problems = await loadProblems(() => loadRatingScheme(fixture('bad/scheme-conditions.yaml'), TRUSTED));
    expect(problems.map((p) => [p.code, p.line, p.column, p.pointer])).toEqual([
      // level by level; columns are where the offending value starts
      ['scheme-unknown-item', 12, 33, '/levels/0/requires/0/itemsPassed/1'],
      ['scheme-level-order', 15, 17, '/levels/1/minPercent'],
      ['scheme-unknown-section', 17, 20, '/levels/1/requires/0/section'],
      ['scheme-unknown-standard', 18, 24, '/levels/1/requires/1/standardMet'],
    ]);
    expect(problems.every((p) => p.file === fixture('bad/scheme-conditions.yaml'))).toBe(true);
  });
});

describe('further checks of definitions', () => {
  it('a threshold target outside the answers allowed is refused', () => {
    expect(problemsOf(() => compile(standard([item('t', 2, { type: 'threshold', target: 120, unit: 'percent' })])))).toEqual([['threshold-target-range', '/sections/0/items/0/check/target']]);
    expect(problemsOf(() => compile(standard([item('t', 2, { type: 'threshold', target: 5, min: 10 })])))).toEqual([['threshold-target-range', '/sections/0/items/0/check/target']]);
    expect(problemsOf(() => compile(standard([item('t', 2, { type: 'threshold', target: 90, unit: 'percent' })])))).toEqual([]);
  });

  it('a standard built in code meets the JSON Schema before it compiles', () => {
    const bad = standard([item('g', 2, { type: 'grade', grades: [{ id: 'top', fraction: 1.5 }, { id: 'low', fraction: 0 }] })]);
    expect(problemsOf(() => compile(bad))).toEqual([['schema-range', '/sections/0/items/0/check/grades/0/fraction']]);
  });

  it('section ids are unique across the components of a scheme', () => {
    const a = { ...standard([item('a1', 2, yes)], { id: 'std-a' }), sections: [{ id: 'same', title: { 'zh-CN': '甲', en: 'A' }, items: [item('a1', 2, yes)] }] } as Standard;
    const b = { ...standard([item('b1', 2, yes)], { id: 'std-b' }), sections: [{ id: 'same', title: { 'zh-CN': '乙', en: 'B' }, items: [item('b1', 2, yes)] }] } as Standard;
    expect(problemsOf(() => compileScheme([[a, 1], [b, 1]], [level('one', 50)]))).toEqual([['scheme-duplicate-section', '/components/1/standard']]);
  });

  it('an overlay may not add items to a section its own select or drop removed', () => {
    const base = standard([item('a', 2, yes)], { id: 'base' });
    const overlay: Standard = {
      schema: 'vsr/standard@1', id: 'tailored', version: '1.0.0', title: { 'zh-CN': '定制', en: 'Tailored' }, extends: 'base@1.0.0',
      overlay: { drop: ['base-sec'], add: [{ section: 'base-sec', items: [item('new', 1, yes)] }] },
    };
    expect(problemsOf(() => compile(overlay, { resolve: () => base }))).toContainEqual(['overlay-add-removed', '/overlay/add/0/section']);
  });
});
