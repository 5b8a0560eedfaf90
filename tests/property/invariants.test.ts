// Property tests over random inspections of the fixture standards and scheme (1,000+ cases each):
// scores stay in range, a better answer never lowers the score or the level, a failed veto always
// blocks, a reachable gap plan reaches its target, and evaluation is deterministic and schema-valid.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, planGap, validateInspection } from '../../src/index.js';
import type { Compiled, Evaluation, Inspection } from '../../src/index.js';
import { validateAgainstSchema } from '../../src/standard/schema-validate.js';
import { applyGap, compileFixtureScheme, compileFixtureStandard } from '../helpers/engine.js';
import { improve, inspectionArb } from './arbitraries.js';

const RUNS = { numRuns: 1000 };

const targets: Record<string, Compiled> = {};
beforeAll(async () => {
  targets['fx-build'] = await compileFixtureStandard('construction.yaml');
  targets['fx-serve'] = await compileFixtureStandard('service.yaml');
  targets['fx-serve-county'] = await compileFixtureStandard('service-county.yaml');
  targets['fx-safety'] = await compileFixtureStandard('safety.yaml');
  targets['fx-stars'] = await compileFixtureScheme();
});

const NAMES = ['fx-build', 'fx-serve', 'fx-serve-county', 'fx-safety', 'fx-stars'];

/** Evaluates generated data, which must be valid. */
function evaluated(compiled: Compiled, data: Inspection, target?: string): Evaluation {
  const checked = validateInspection(compiled, data);
  if (!checked.ok) throw new Error(`generated an invalid inspection: ${JSON.stringify(checked.errors.map((p) => [p.code, p.pointer]))}`);
  return evaluate(compiled, checked.inspection, target === undefined ? {} : { target });
}

function levelIndex(compiled: Compiled, e: Evaluation): number {
  return e.rating.level === null ? -1 : compiled.levels.findIndex((l) => l.id === e.rating.level);
}

describe.each(NAMES)('%s', (name) => {
  it('0 ≤ points ≤ max for every item, section, component and the total; 0 ≤ percent ≤ 100', () => {
    const compiled = targets[name];
    fc.assert(
      fc.property(inspectionArb(compiled), (data) => {
        const e = evaluated(compiled, data);
        for (const i of e.items) {
          expect(i.points).toBeGreaterThanOrEqual(0);
          expect(i.points).toBeLessThanOrEqual(i.max);
          if (i.state === 'pass') expect(i.points).toBe(i.max);
          if (i.state === 'fail' || i.state === 'unanswered' || i.state === 'waived' || i.state === 'not-applicable') expect(i.points).toBe(0);
        }
        for (const s of [...e.sections, e.score, ...(e.score.components ?? [])]) {
          expect(s.points).toBeGreaterThanOrEqual(0);
          expect(s.points).toBeLessThanOrEqual(s.max);
          expect(s.percent).toBeGreaterThanOrEqual(0);
          expect(s.percent).toBeLessThanOrEqual(100);
          expect(Math.round(s.points * 100)).toBeCloseTo(s.points * 100, 6); // whole hundredths
        }
        expect(e.score.bonus).toBeGreaterThanOrEqual(0);
        expect(e.score.deductions).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('a better answer never lowers the total points, the percent or the level', () => {
    const compiled = targets[name];
    const arb = inspectionArb(compiled).chain((data) =>
      fc.record({
        data: fc.constant(data),
        index: fc.nat({ max: compiled.items.length - 1 }),
        pick: fc.double({ min: 0, max: 1, noNaN: true }),
        addEvidence: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(arb, ({ data, index, pick, addEvidence }) => {
        const item = compiled.items[index];
        const better = improve(item, data.answers[item.id], data.inspectedAt, pick, addEvidence);
        const before = evaluated(compiled, data);
        const after = evaluated(compiled, { ...data, answers: { ...data.answers, [item.id]: better } });
        expect(after.score.points + after.score.bonus).toBeGreaterThanOrEqual(before.score.points + before.score.bonus);
        expect(after.score.percent).toBeGreaterThanOrEqual(before.score.percent);
        expect(levelIndex(compiled, after)).toBeGreaterThanOrEqual(levelIndex(compiled, before));
        const afterItem = after.items[index];
        const beforeItem = before.items[index];
        if (beforeItem.state !== 'unanswered') expect(afterItem.points).toBeGreaterThanOrEqual(beforeItem.points);
      }),
      RUNS,
    );
  });

  it('a failed veto always blocks every level that requires noVeto, and standardMet on its standard', () => {
    const compiled = targets[name];
    fc.assert(
      fc.property(inspectionArb(compiled), (data) => {
        const e = evaluated(compiled, data);
        const vetoed = new Set(e.vetoes.map((v) => v.item));
        expect(e.items.filter((i) => i.reasons.some((r) => r.code === 'veto-failed')).map((i) => i.id)).toEqual([...vetoed]);
        if (vetoed.size === 0) return;
        const owner = new Map(compiled.items.map((i) => [i.id, compiled.components[i.component].id]));
        const vetoedStandards = new Set([...vetoed].map((id) => owner.get(id)));
        compiled.levels.forEach((level, k) => {
          const blocks = level.requires.some((c) =>
            (!c.appliesTo || c.appliesTo.includes(data.station.level)) && ('noVeto' in c || ('standardMet' in c && vetoedStandards.has(c.standardMet))),
          );
          if (!blocks) return;
          expect(e.rating.levels[k].met).toBe(false);
          expect(e.rating.level).not.toBe(level.id);
          expect(e.rating.levels[k].unmet.some((r) => r.code === 'level-veto' || r.code === 'level-standard')).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('a reachable gap plan, written into the inspection, reaches its target (every level and the default)', () => {
    const compiled = targets[name];
    const levelIds = compiled.levels.map((l) => l.id);
    fc.assert(
      fc.property(inspectionArb(compiled), fc.constantFrom<(string | undefined)[]>(undefined, ...levelIds), (data, target) => {
        const before = evaluated(compiled, data, target);
        const gap = before.gap;
        expect(planGap(compiled, data, target)).toEqual(gap);
        if (target === undefined && gap.target === null) {
          expect(levelIndex(compiled, before)).toBe(compiled.levels.length - 1);
          return;
        }
        expect(gap.target).toBe(target ?? levelIds[levelIndex(compiled, before) + 1]);
        if (!gap.reachable) {
          expect(gap.why?.length).toBeGreaterThan(0);
          return;
        }
        expect(new Set(gap.steps.map((s) => s.item)).size).toBe(gap.steps.length);
        const fixed = applyGap(data, gap.steps);
        const after = evaluated(compiled, fixed);
        const reached = after.rating.levels.find((l) => l.id === gap.target)!;
        expect(reached.unmet).toEqual([]);
        expect(reached.met).toBe(true);
        for (const s of gap.steps) expect(after.items.find((i) => i.id === s.item)!.state).toBe(s.to);
        // the gains add up to the change in the percent
        const sum = gap.steps.reduce((t, s) => t + s.gain, 0);
        expect(Math.abs(sum - (after.score.percent - before.score.percent))).toBeLessThan(1e-6);
      }),
      RUNS,
    );
  });

  it('evaluating twice gives byte-identical JSON that fits schemas/evaluation.schema.json', () => {
    const compiled = targets[name];
    fc.assert(
      fc.property(inspectionArb(compiled), (data) => {
        const first = JSON.stringify(evaluated(compiled, data));
        const second = JSON.stringify(evaluated(compiled, structuredClone(data)));
        expect(second).toBe(first);
        expect(validateAgainstSchema('evaluation', JSON.parse(first))).toEqual([]);
      }),
      RUNS,
    );
  });
});
