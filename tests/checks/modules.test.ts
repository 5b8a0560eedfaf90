// Issue 10.1: a check type is one module. Everything the readers, the form, the generator and the
// reports need comes from its module through the registry, and the module's parts agree with each other.
import { describe, expect, it } from 'vitest';
import { checkTypes, checkTypeOf } from '../../src/checks/registry.js';
import { bounds } from '../../src/checks/threshold.js';
import type { Check } from '../../src/types/standard.js';
import type { Locale } from '../../src/i18n/messages.js';

const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const CHECKS: Record<string, Check> = {
  boolean: { type: 'boolean' },
  grade: { type: 'grade', grades: [{ id: 'good', fraction: 1, label: label('好', 'Good') }, { id: 'fair', fraction: 0.5, label: label('一般', 'Fair') }, { id: 'poor', fraction: 0 }] },
  threshold: { type: 'threshold', unit: 'percent', target: 80, partialFrom: 50 },
  count: { type: 'count', per: 1.5 },
  checklist: { type: 'checklist', requirements: [{ id: 'hall', label: label('服务大厅', 'Service hall') }, { id: 'archive', label: label('档案室', 'Archive room') }] } as Check,
  deduction: { type: 'deduction', per: 1, cap: 3 },
};
const MAX = 600;

/** A seeded random number generator (mulberry32), so the test is the same every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('check type modules (issue 10.1)', () => {
  it('issue 10.1: every registered type is covered here and has every part', () => {
    expect(Object.keys(checkTypes).sort()).toEqual(Object.keys(CHECKS).sort());
    for (const type of Object.values(checkTypes)) {
      for (const part of ['lint', 'validate', 'score', 'best', 'describe', 'formatAnswer', 'parseCell', 'formInput', 'sample'] as const) {
        expect(typeof type[part], `${type.type}.${part}`).toBe('function');
      }
    }
  });

  for (const [name, check] of Object.entries(CHECKS)) {
    for (const locale of ['zh-CN', 'en'] as Locale[]) {
      it(`issue 10.1: ${name} (${locale}): the best answer, written as a report writes it, reads back from a cell as the same answer`, () => {
        const t = checkTypeOf(check);
        const best = t.best(check, MAX);
        const text = t.formatAnswer(check, best, locale);
        expect(text).not.toBe('');
        const back = t.parseCell(check, text, text);
        expect(back).toEqual(best);
        expect(t.validate(check, back)).toBeNull();
        expect(t.score(check, back, MAX).earned).toBe(MAX);
      });
    }

    it(`issue 10.1: ${name}: generated answers are valid, and one meant to meet the item earns its points`, () => {
      const t = checkTypeOf(check);
      const r = seeded(7);
      for (let k = 0; k < 200; k++) {
        const meets = r() < 0.5;
        const answer = t.sample(check, MAX, { meets, p: r(), random: r });
        expect(t.validate(check, answer), JSON.stringify(answer)).toBeNull();
        if (meets) expect(t.score(check, answer, MAX).earned, JSON.stringify(answer)).toBe(MAX);
      }
    });

    it(`issue 10.1: ${name}: the form's answer cell accepts the best answer and the hint is in both languages`, () => {
      const t = checkTypeOf(check);
      const input = t.formInput(check, 'zh-CN');
      const best = t.best(check, MAX);
      if (input.kind === 'decimal') expect(best as number).toBeGreaterThanOrEqual(input.min), expect(best as number).toBeLessThanOrEqual(input.max);
      if (input.kind === 'whole') expect(Number.isInteger(best) && (best as number) >= input.min).toBe(true);
      if (input.kind === 'choice') expect(input.choices.map((c) => t.parseCell(check, c, c))).toContainEqual(best);
      expect(t.describe(check, 'zh-CN')).not.toBe(t.describe(check, 'en'));
    });
  }

  it('issue 10.1: the threshold bounds are worked out once: lint, validation, the form and the hint agree', () => {
    const cases: [Check & { type: 'threshold' }, [number, number]][] = [
      [{ type: 'threshold', unit: 'percent', target: 80 }, [0, 100]],
      [{ type: 'threshold', target: 3 }, [0, Number.POSITIVE_INFINITY]],
      [{ type: 'threshold', target: 3, min: 1, max: 9 }, [1, 9]],
    ];
    const t = checkTypes.threshold;
    for (const [check, [min, max]] of cases) {
      expect(bounds(check)).toEqual([min, max]);
      expect(t.formInput(check, 'en')).toEqual({ kind: 'decimal', min, max });
      expect(t.validate(check, min)).toBeNull();
      expect(t.validate(check, min - 0.5)).not.toBeNull();
      if (Number.isFinite(max)) expect(t.validate(check, max + 0.5)).not.toBeNull();
      expect(t.describe(check, 'en')).toContain(String(Number.isFinite(max) ? max : '∞'));
      expect(t.lint({ ...check, target: min - 1 }, MAX).map((p) => p.code)).toContain('threshold-target-range');
    }
  });

  it('issue 10.1: a percent given as a fraction is suspected only by a percent threshold', () => {
    expect(checkTypes.threshold.suspect!(CHECKS.threshold, 0.4)?.params).toEqual({ value: 0.4, percent: 40 });
    expect(checkTypes.threshold.suspect!(CHECKS.threshold, 40)).toBeNull();
    expect(checkTypes.threshold.suspect!({ type: 'threshold', target: 3 }, 0.4)).toBeNull();
    expect(checkTypes.count.suspect).toBeUndefined();
  });

  it('issue 10.1: a deduction records the past (not remediable) and re-weighting keeps its cap\'s share', () => {
    expect(checkTypes.deduction.remediable).toBe(false);
    expect(checkTypes.boolean.remediable ?? true).toBe(true);
    expect(checkTypes.deduction.reweight!({ type: 'deduction', per: 1, cap: 5 }, 500, 1000)).toEqual({ type: 'deduction', per: 1, cap: 10 });
  });
});

describe('check type modules: station levels, shared questions, crosswalks (issue 10.1)', () => {
  it('issue 10.1: a threshold with per-level targets gives each level its own, and lints each variant', () => {
    const check = { type: 'threshold', target: 100, levels: { town: { target: 200, partialFrom: 100 }, village: { target: 50 } } } as Check & { type: 'threshold' };
    const t = checkTypes.threshold;
    expect(t.forLevel!(check, 'town')).toEqual({ type: 'threshold', target: 200, partialFrom: 100 });
    expect(t.forLevel!(check, 'county')).toBeNull();
    const bad = { ...check, levels: { town: { target: 200, partialFrom: 300 } } } as typeof check;
    expect(t.lint(bad, MAX)).toEqual([{ code: 'threshold-ramp', at: '/levels/town/partialFrom', params: { from: 300, target: 200 } }]);
  });

  it('issue 10.1: checklist requirements for some levels only; the rest do not vary', () => {
    const check = { type: 'checklist', requirements: [{ id: 'a', label: label('甲', 'A') }, { id: 'b', label: label('乙', 'B'), appliesTo: ['county'] }] } as Check & { type: 'checklist' };
    expect(checkTypes.checklist.forLevel!(check, 'town')).toEqual({ ...check, requirements: [check.requirements[0]] });
    expect(checkTypes.checklist.forLevel!(CHECKS.checklist as typeof check, 'town')).toBeNull();
    expect(checkTypes.boolean.forLevel).toBeUndefined();
  });

  it('issue 10.1: answer shapes and default crosswalk merges come from the modules', () => {
    expect(checkTypes.grade.answerShape!(CHECKS.grade)).toBe('grade:fair,good,poor');
    expect(checkTypes.threshold.answerShape!(CHECKS.threshold)).toBe('threshold:percent');
    expect(Object.fromEntries(Object.values(checkTypes).map((t) => [t.type, t.combine ?? null]))).toEqual({ boolean: 'all', grade: null, threshold: null, count: 'sum', checklist: 'union', deduction: 'sum' });
  });
});
