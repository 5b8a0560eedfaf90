// Overlays: select, drop, reweight, add; where each item came from; recomputed points.
import { describe, expect, it } from 'vitest';
import { compile, loadStandard, VsrError } from '../../src/index.js';
import type { Section, Standard } from '../../src/index.js';
import { evaluateValid, fixture, inspection, item, itemOf, loadProblems, sectionOf, TRUSTED } from '../helpers/engine.js';

const T = (s: string) => ({ 'zh-CN': s, en: s });
const yes = { type: 'boolean' as const };

/** A base with two top sections; `hall` has a subsection `hall-signs`. */
const base: Standard = {
  schema: 'vsr/standard@1',
  id: 'base',
  version: '2.0.0',
  title: T('Base'),
  totalPoints: 20,
  passMark: 60,
  sources: [{ id: 'src-base', title: 'Base source' }],
  sections: [
    {
      id: 'hall',
      title: T('Hall'),
      points: 12,
      items: [item('h1', 4, yes, { sources: ['src-base'] }), item('h2', 2, yes)],
      sections: [{ id: 'hall-signs', title: T('Signs'), points: 6, items: [item('h3', 6, yes)] }],
    },
    { id: 'desk', title: T('Desk'), points: 8, items: [item('d1', 5, yes), item('d2', 3, yes)] },
  ],
};

function overlayOf(spec: Standard['overlay'], extra: Partial<Standard> = {}): Standard {
  return { schema: 'vsr/standard@1', id: 'tailored', version: '1.0.0', title: T('Tailored'), extends: 'base@2.0.0', overlay: spec, ...extra };
}

function resolved(overlay: Standard, known: Record<string, Standard> = { 'base@2.0.0': base }): Standard {
  return compile(overlay, { resolve: (ref) => known[ref] }).components[0].standard;
}

/** id → points of every section, and the item ids in order. */
function shape(std: Standard): { sections: Record<string, number | undefined>; items: string[] } {
  const sections: Record<string, number | undefined> = {};
  const items: string[] = [];
  const walk = (list: Section[]) =>
    list.forEach((s) => {
      sections[s.id] = s.points;
      (s.items ?? []).forEach((i) => items.push(i.id));
      walk(s.sections ?? []);
    });
  walk(std.sections ?? []);
  return { sections, items };
}

function problemsOf(overlay: Standard): [string, string][] {
  try {
    resolved(overlay);
  } catch (e) {
    if (e instanceof VsrError) return e.problems.map((p) => [p.code, p.pointer]);
    throw e;
  }
  return [];
}

describe('overlays in memory', () => {
  it('select keeps the named items and sections (with what they contain)', () => {
    const std = resolved(overlayOf({ select: ['hall-signs', 'd2'] }));
    // hall keeps only its subsection (6); desk keeps d2 (3)
    expect(shape(std)).toEqual({ sections: { hall: 6, 'hall-signs': 6, desk: 3 }, items: ['h3', 'd2'] });
    expect(std.totalPoints).toBe(9);
  });

  it('select of a whole section keeps its subsections and drops other sections', () => {
    const std = resolved(overlayOf({ select: ['hall'] }));
    expect(shape(std)).toEqual({ sections: { hall: 12, 'hall-signs': 6 }, items: ['h1', 'h2', 'h3'] });
    expect(std.totalPoints).toBe(12);
  });

  it('drop removes items and whole sections', () => {
    const std = resolved(overlayOf({ drop: ['h2', 'hall-signs'] }));
    expect(shape(std)).toEqual({ sections: { hall: 4, desk: 8 }, items: ['h1', 'd1', 'd2'] });
    expect(std.totalPoints).toBe(12);
  });

  it('reweight sets new points; section points and totalPoints follow', () => {
    const std = resolved(overlayOf({ reweight: { h3: 1.5, d1: 0.25 } }));
    // hall 4 + 2 + 1.5 = 7.5; desk 0.25 + 3 = 3.25; total 10.75
    expect(shape(std).sections).toEqual({ hall: 7.5, 'hall-signs': 1.5, desk: 3.25 });
    expect(std.totalPoints).toBe(10.75);
  });

  it('add puts new items into a section, marked as the overlay’s', () => {
    const std = resolved(overlayOf({ add: [{ section: 'hall-signs', items: [item('n1', 2, yes)] }] }));
    expect(shape(std)).toEqual({ sections: { hall: 14, 'hall-signs': 8, desk: 8 }, items: ['h1', 'h2', 'h3', 'n1', 'd1', 'd2'] });
    const origins = Object.fromEntries(compile(std).items.map((i) => [i.id, i.definition.origin]));
    expect(origins).toEqual({ h1: 'base@2.0.0', h2: 'base@2.0.0', h3: 'base@2.0.0', n1: 'tailored@1.0.0', d1: 'base@2.0.0', d2: 'base@2.0.0' });
  });

  it('the result is a plain standard: the overlay’s identity, the base’s scoring rules, no extends', () => {
    const std = resolved(overlayOf({ drop: ['d2'] }));
    expect(std.id).toBe('tailored');
    expect(std.version).toBe('1.0.0');
    expect(std.title).toEqual(T('Tailored'));
    expect(std.passMark).toBe(60);
    expect(std.extends).toBeUndefined();
    expect(std.overlay).toBeUndefined();
  });

  it('does not change the base', () => {
    const before = JSON.stringify(base);
    resolved(overlayOf({ drop: ['h1'], reweight: { d1: 1 }, add: [{ section: 'desk', items: [item('n2', 1, yes)] }] }));
    expect(JSON.stringify(base)).toBe(before);
  });

  it('an overlay of an overlay keeps where each item first came from', () => {
    const middle = overlayOf({ add: [{ section: 'desk', items: [item('m1', 1, yes)] }] }, { id: 'middle' });
    const top = overlayOf({ add: [{ section: 'desk', items: [item('t1', 1, yes)] }], drop: ['h1'] }, { id: 'top', extends: 'middle@1.0.0' });
    const std = resolved(top, { 'base@2.0.0': base, 'middle@1.0.0': middle });
    const origins = Object.fromEntries(compile(std).items.map((i) => [i.id, i.definition.origin]));
    expect(origins).toEqual({ h2: 'base@2.0.0', h3: 'base@2.0.0', d1: 'base@2.0.0', d2: 'base@2.0.0', m1: 'middle@1.0.0', t1: 'top@1.0.0' });
    expect(std.totalPoints).toBe(18); // 20 − 4 + 1 + 1
  });

  it('an overlay with sources of its own keeps the base’s for the items it keeps', () => {
    const own = overlayOf(
      { add: [{ section: 'desk', items: [item('n3', 1, yes, { sources: ['src-county'] })] }] },
      { sources: [{ id: 'src-county', title: 'County notice' }] },
    );
    const std = resolved(own);
    expect((std.sources ?? []).map((s) => s.id).sort()).toEqual(['src-base', 'src-county']);
  });

  it('names that the base does not have are problems', () => {
    expect(problemsOf(overlayOf({ select: ['nope', 'hall'], drop: ['h1', 'gone'], reweight: { ghost: 1 }, add: [{ section: 'attic', items: [item('n4', 1, yes)] }] }))).toEqual([
      ['overlay-unknown-id', '/overlay/select/0'],
      ['overlay-unknown-id', '/overlay/drop/1'],
      ['overlay-unknown-id', '/overlay/reweight/0'],
      ['overlay-unknown-id', '/overlay/add/0'],
    ]);
  });

  it('an added item that repeats an id, or a declared total that does not match, is a problem', () => {
    expect(problemsOf(overlayOf({ add: [{ section: 'desk', items: [item('h1', 1, yes)] }] })).map(([code]) => code)).toEqual(['duplicate-id']);
    expect(problemsOf(overlayOf({ drop: ['d1'] }, { totalPoints: 20 }))).toEqual([['total-points-mismatch', '/totalPoints']]);
  });

  it('an overlay whose base cannot be found', () => {
    expect(() => compile(overlayOf({ drop: ['h1'] }))).toThrow(VsrError);
  });
});

describe('problems in an overlay file are placed in it', () => {
  it('an added item repeating an id, and a re-weight below a count’s per', async () => {
    const file = fixture('bad/overlay-problems.yaml');
    const problems = await loadProblems(() => loadStandard(file, TRUSTED));
    expect(problems.map((p) => [p.code, p.file, p.line, p.column, p.pointer])).toEqual([
      // s-visits: count per 0.5 re-weighted to 0.25 points (line 7 `  reweight: { s-visits: 0.25 }`, at the value)
      ['count-per', file, 7, 25, '/overlay/reweight/s-visits'],
      // the second added item (line 15 `        - id: s-five`) repeats a base id
      ['duplicate-id', file, 15, 15, '/overlay/add/0/items/1/id'],
    ]);
  });
});

describe('the county overlay fixture (service-county.yaml)', () => {
  it('resolves select, drop, reweight and add with origins and recomputed points', async () => {
    const compiled = compile(await loadStandard(fixture('service-county.yaml'), TRUSTED));
    const std = compiled.components[0].standard;
    // s-care: 3 + 6 (reweighted) + 3 + 4 + 2 = 18 (s-complaints dropped); s-org: 5 + 4 + 2 (added) = 11
    expect(shape(std)).toEqual({
      sections: { 's-care': 18, 's-org': 11 },
      items: ['s-visits', 's-satisfaction', 's-response', 's-petitions', 's-policy', 's-five', 's-duty', 'c-hotline'],
    });
    expect(std.totalPoints).toBe(29);
    expect(compiled.items.map((i) => i.definition.origin)).toEqual([...Array(7).fill('fx-serve@1.0.0'), 'fx-serve-county@1.0.0']);
    expect(compiled.components[0].missing).toBe('exclude');
    expect(compiled.components[0].passMark).toBe(70);
    expect(compiled.id).toBe('fx-serve-county');
  });

  it('scores against the tailored points and hashes the resolved text', async () => {
    const county = compile(await loadStandard(fixture('service-county.yaml'), TRUSTED));
    const serve = compile(await loadStandard(fixture('service.yaml'), TRUSTED));
    const answers = { 's-satisfaction': 80, 'c-hotline': true };
    const e = evaluateValid(county, inspection(answers));
    // missing: exclude — only the two answered items count: satisfaction (80−70)/20 × 6 = 3, hotline 2 → 5 of 8
    expect(itemOf(e, 's-satisfaction')).toMatchObject({ state: 'partial', points: 3, max: 6 });
    expect(sectionOf(e, 's-org')).toMatchObject({ id: 's-org', title: { 'zh-CN': '组织', en: 'Organisation' }, points: 2, max: 2, percent: 100 });
    expect(e.score).toEqual({ points: 5, max: 8, percent: 62.5, bonus: 0, deductions: 0 });
    expect(e.standard.id).toBe('fx-serve-county');
    expect(e.standard.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(e.standard.hash).not.toBe(serve.hash);
  });
});

describe('reweighting a deduction item (issue 8.5)', () => {
  it('issue 8.5: kt-neg-01 raised from 5 to 10 points in an overlay can deduct 10 (its cap is rescaled with it)', async () => {
    const keyTasks = await loadStandard('key-tasks@1.0.0');
    const overlay: Standard = { schema: 'vsr/standard@1', id: 'county-tasks', version: '1.0.0', title: T('County'), extends: 'key-tasks@1.0.0', overlay: { reweight: { 'kt-neg-01': 10 } } };
    const compiled = compile(overlay, { resolve: () => keyTasks });
    const neg = compiled.items.find((i) => i.id === 'kt-neg-01')!;
    expect(neg.max).toBe(1000);
    expect(neg.check).toMatchObject({ type: 'deduction', per: 1, cap: 10 });
    const e = evaluateValid(compiled, inspection({ 'kt-neg-01': 12 }));
    expect(itemOf(e, 'kt-neg-01')).toMatchObject({ points: 0, max: 10, state: 'fail' });
    expect(itemOf(e, 'kt-neg-01').reasons).toEqual([{ code: 'deduction-taken', params: { count: 12, deducted: 10 } }]);
  });

  it('issue 8.5: a partial cap keeps its share of the item (cap 2 of 4 → 3 of 6); per is unchanged', () => {
    const withCap: Standard = { ...base, sections: [{ id: 'desk', title: T('Desk'), items: [item('d1', 4, { type: 'deduction', per: 0.5, cap: 2 })] }], totalPoints: 4 };
    const std = compile(overlayOf({ reweight: { d1: 6 } }, { totalPoints: undefined }), { resolve: () => withCap }).components[0].standard;
    expect(std.sections![0].items![0].check).toEqual({ type: 'deduction', per: 0.5, cap: 3 });
    // the base itself is untouched
    expect(withCap.sections![0].items![0].check).toEqual({ type: 'deduction', per: 0.5, cap: 2 });
  });
});
