// Issue 13.1: marks and percents decided on a float estimate of a share when it is clearly on one side
// (meetsPercentOf, percentFloorOf, percentRoundedOf, compositePercent) give exactly what the exact
// functions give, at hundredth boundaries and around every mark included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetsPercent, meetsPercentOf, percentFloor, percentFloorOf, percentRounded, percentRoundedOf, ratio, type Ratio } from '../../src/scoring/exact.js';
import { componentPercent, componentShare, compositeShare, compositePercent, scoreInspection, sectionPercent, sectionShare, type ScoreState } from '../../src/scoring/score.js';
import type { Compiled } from '../../src/standard/compiled.js';
import { withSharedAnswers } from '../../src/standard/shared.js';
import { forLevel } from '../../src/standard/levels.js';
import { validateInspection } from '../../src/index.js';
import { inspectionArb } from '../property/arbitraries.js';
import { forEachTarget } from '../property/targets.js';

/** The three decisions, estimated and exact, for one share and mark. */
function agree(share: Ratio, min: number): void {
  const estimate = Number(share.num) / Number(share.den);
  const exact = () => share;
  expect(meetsPercentOf(estimate, exact, min)).toBe(meetsPercent(share, min));
  expect(percentFloorOf(estimate, exact)).toBe(percentFloor(share));
  expect(percentRoundedOf(estimate, exact)).toBe(percentRounded(share));
}

describe('decisions on an estimated share (issue 13.1)', () => {
  it('issue 13.1: at and around hundredth boundaries and marks, the estimate decides as the exact share', () => {
    // 79.995 % (half a hundredth), 80 % exactly, and a hair either side
    for (const [num, den] of [[15999, 20000], [4, 5], [7999999, 10000000], [8000001, 10000000], [1, 3], [2, 3], [6667, 10000], [0, 1], [1, 1]]) {
      for (const min of [0, 33.33, 66.67, 79.99, 79.995, 80, 80.01, 100]) agree(ratio(num, den), min);
    }
  });

  it('issue 13.1: on random shares and marks near them, the estimate decides as the exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: -3, max: 3 }), (den, at, nudge) => {
        const num = Math.floor(at * den);
        const share = ratio(num, den);
        // marks at the share's own hundredths and a hundredth either side
        const hundredths = Math.floor((num * 10000) / den) + nudge;
        agree(share, Math.max(0, Math.min(100, hundredths / 100)));
        agree(share, Math.round(at * 100));
      }),
      { numRuns: 20_000 },
    );
  });
});

/** The scoring of a generated inspection, as evaluate scores it (it must be valid). */
function scoredValid(compiled: Compiled, data: unknown): ScoreState {
  const checked = validateInspection(compiled, data);
  if (!checked.ok) throw new Error('generated an invalid inspection');
  const answered = withSharedAnswers(compiled, checked.inspection);
  return scoreInspection(forLevel(compiled, answered.station.level), answered);
}

forEachTarget('issue 13.1: compositePercent (estimated unless too close to call) equals the exact composite percent', (compiled) => {
  fc.assert(
    fc.property(inspectionArb(compiled), (data) => {
      const state = scoredValid(compiled, data);
      expect(compositePercent(state)).toBe(percentRounded(compositeShare(state)));
    }),
    { numRuns: 300 },
  );
});

forEachTarget('issue 13.2: section and component percents (estimated unless too close to call) equal the exact percents', (compiled) => {
  fc.assert(
    fc.property(inspectionArb(compiled), (data) => {
      const state = scoredValid(compiled, data);
      expect(compiled.sections.map((s) => sectionPercent(state, s.index))).toEqual(compiled.sections.map((s) => percentRounded(sectionShare(state, s.index))));
      expect(compiled.components.map((_, c) => componentPercent(state, c))).toEqual(compiled.components.map((_, c) => percentRounded(componentShare(state, c))));
    }),
    { numRuns: 200 },
  );
});
