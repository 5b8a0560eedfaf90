import { describe, expect, it } from 'vitest';
import { compile, evaluate, validateInspection } from '../../src/index.js';
import { loadDocument } from '../../src/standard/load.js';
import { generateLines, stationKind } from '../../src/batch/generate.js';
import { REGIONS } from '../../src/batch/regions.js';

const compiled = compile((await loadDocument('star-rating')).doc);

describe('inspection generator', () => {
  it('gives the same records for the same seed, and others for another seed', () => {
    const a = [...generateLines(compiled, { count: 50, seed: 42 })];
    const b = [...generateLines(compiled, { count: 50, seed: 42 })];
    const c = [...generateLines(compiled, { count: 50, seed: 43 })];
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(new Set(a).size).toBe(50);
  });

  it('writes valid inspections of the scheme across the made-up cities and counties, with evidence and waivers', () => {
    const records = [...generateLines(compiled, { count: 400, seed: 5 })].map((l) => JSON.parse(l));
    const counties = new Set(REGIONS.cities.flatMap((c) => c.counties.map((k) => `${c.name}/${k.name}`)));
    const levels = new Map<string | null, number>();
    for (const r of records) {
      const checked = validateInspection(compiled, r);
      expect(checked.ok, JSON.stringify(!checked.ok && checked.errors)).toBe(true);
      expect(r.scheme).toBe(`${compiled.id}@${compiled.version}`); // the newest shipped version (1.1.0 since issue 12)
      expect(r.station.region[0]).toBe('示例省');
      expect(r.example).toBe(true); // generated stations are fiction
      expect(counties.has(`${r.station.region[1]}/${r.station.region[2]}`)).toBe(true);
      const level = evaluate(compiled, r).rating.level;
      levels.set(level, (levels.get(level) ?? 0) + 1);
    }
    expect(new Set(records.map((r) => r.station.region[1])).size).toBeGreaterThanOrEqual(8);
    expect(records.some((r) => r.waivers?.length)).toBe(true);
    expect(records.some((r) => Object.values(r.answers).some((a: any) => Array.isArray(a?.evidence)))).toBe(true);
    // scores spread across the levels: some stations at each star, some unrated
    for (const level of [null, ...compiled.levels.map((l) => l.id)]) expect(levels.get(level) ?? 0, String(level)).toBeGreaterThan(0);
  });

  it('inspects the same stations in a later round, a year on, with different answers', () => {
    const one = [...generateLines(compiled, { count: 30, seed: 9, round: 1 })].map((l) => JSON.parse(l));
    const two = [...generateLines(compiled, { count: 30, seed: 9, round: 2 })].map((l) => JSON.parse(l));
    expect(two.map((r) => r.station)).toEqual(one.map((r) => r.station));
    expect(two[0].inspectedAt > one[0].inspectedAt).toBe(true);
    expect(two.map((r) => r.answers)).not.toEqual(one.map((r) => r.answers));
  });

  it('spoils records only when asked, deterministically', () => {
    const bad = (lines: string[]) => lines.filter((l) => {
      try {
        return !validateInspection(compiled, JSON.parse(l)).ok;
      } catch {
        return true;
      }
    }).length;
    expect(bad([...generateLines(compiled, { count: 300, seed: 2 })])).toBe(0);
    const spoiled = [...generateLines(compiled, { count: 300, seed: 2, badRate: 0.1 })];
    expect(bad(spoiled)).toBeGreaterThan(10);
    expect(bad(spoiled)).toBeLessThan(60);
    expect([...generateLines(compiled, { count: 300, seed: 2, badRate: 0.1 })]).toEqual(spoiled);
  });

  it('issue 13.1: the mixed profile adds stations failing about a third of their items and nearly empty ones, all valid', () => {
    const lines = [...generateLines(compiled, { count: 300, seed: 3, profile: 'mixed' })];
    const shortOf: Record<string, number[]> = { good: [], failing: [], sparse: [] };
    const steps: Record<string, number[]> = { good: [], failing: [], sparse: [] };
    lines.forEach((l, k) => {
      const checked = validateInspection(compiled, JSON.parse(l));
      expect(checked.ok).toBe(true);
      if (!checked.ok) return;
      const e = evaluate(compiled, checked.inspection);
      const applicable = e.items.filter((i) => i.state !== 'not-applicable' && !i.bonus);
      const kind = stationKind('mixed', 3, k);
      shortOf[kind].push(applicable.filter((i) => i.state !== 'pass' && i.state !== 'waived').length / applicable.length);
      steps[kind].push(e.gap?.steps.length ?? 0);
    });
    const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
    expect(shortOf.failing.length).toBeGreaterThan(40);
    expect(shortOf.sparse.length).toBeGreaterThan(20);
    expect(mean(shortOf.failing)).toBeGreaterThan(0.3);
    expect(mean(shortOf.good)).toBeLessThan(mean(shortOf.failing));
    expect(mean(shortOf.sparse)).toBeGreaterThan(0.85);
    expect(mean(steps.sparse)).toBeGreaterThan(20); // a long gap plan: the expensive records
    // the default profile is unchanged: the same records as before the option existed
    expect([...generateLines(compiled, { count: 20, seed: 3, profile: 'good' })]).toEqual([...generateLines(compiled, { count: 20, seed: 3 })]);
  });
});
