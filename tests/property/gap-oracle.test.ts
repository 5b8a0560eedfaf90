// Property (issue 13.1): the incremental gap planner (src/gap/plan.ts: a step re-checks only the
// conditions it touches, candidates are measured a group at a time) gives exactly the plan of the
// full re-scoring planner it replaced (tests/helpers/gap-oracle.ts), on random inspections of every
// shipped standard and scheme, the fixtures, and star-rating with its item bank linked: nearly empty
// ones, failed vetoes, waivers, remediable: false items and shared items included; for the default
// target, every level, and every level above the one held (gap: all).
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile, evaluate, validateInspection, type Compiled, type Inspection } from '../../src/index.js';
import { loadDocument } from '../../src/standard/load.js';
import { scoreInspection } from '../../src/scoring/score.js';
import { withSharedAnswers, sharedLinks } from '../../src/standard/shared.js';
import { forLevel } from '../../src/standard/levels.js';
import { planGapFrom } from '../../src/gap/plan.js';
import { oraclePlanGapFrom } from '../helpers/gap-oracle.js';
import { shippedFiles, TRUSTED } from '../helpers/engine.js';
import { inspectionArb } from './arbitraries.js';
import { loadTargets, NAMES } from './targets.js';

const ROOT = path.resolve('.');
const STANDARDS = path.join(ROOT, 'standards');
const SHIPPED = shippedFiles();

// star-rating@1.0.0 with repeated questions linked (as tests/import/item-bank.test.ts does)
const SHARED = `shared:
  - items: [con-basic-01, fq-org-01]
  - items: [con-layout-01, fq-venue-01]
  - items: [kt-visit-01, fq-honour-03]
  - items: [kt-legal-01, fq-rights-03]
`;

async function loadAll(): Promise<Record<string, Compiled>> {
  const out: Record<string, Compiled> = {};
  for (const file of SHIPPED) out[file] = compile((await loadDocument(path.join(STANDARDS, file), undefined, TRUSTED)).doc);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vsr-gap-oracle-'));
  const shared = path.join(dir, 'star-rating-shared.yaml');
  writeFileSync(shared, readFileSync(path.join(STANDARDS, 'star-rating/1.0.0.yaml'), 'utf8').replace('\nlevels:\n', `\n${SHARED}\nlevels:\n`));
  out['star-rating/1.0.0 + shared'] = compile((await loadDocument(shared, undefined, { roots: [...TRUSTED.roots, dir] })).doc);
  return { ...out, ...(await loadTargets()) };
}

/**
 * Random inspections: as the other properties draw them (any quality, whole standards left blank,
 * waivers), or nearly empty (a few answers, sometimes the veto items), or with linked items left for
 * their shared answer.
 */
function inspections(compiled: Compiled): fc.Arbitrary<Inspection> {
  const base = inspectionArb(compiled);
  const links = [...sharedLinks(compiled).keys()];
  const vetoIds = new Set(compiled.items.filter((i) => i.veto !== null).map((i) => i.id));
  const sparse = base.chain((data) => {
    const ids = Object.keys(data.answers);
    return fc.tuple(fc.subarray(ids, { maxLength: Math.min(ids.length, Math.max(1, Math.ceil(compiled.items.length / 20))) }), fc.boolean()).map(([keep, vetoes]): Inspection => ({
      ...data,
      answers: Object.fromEntries(Object.entries(data.answers).filter(([id]) => keep.includes(id) || (vetoes && vetoIds.has(id)))),
    }));
  });
  const linked = base.map((data): Inspection => ({ ...data, answers: Object.fromEntries(Object.entries(data.answers).filter(([id]) => !links.includes(id))) }));
  return fc.oneof({ weight: 3, arbitrary: base }, { weight: 2, arbitrary: sparse }, ...(links.length ? [{ weight: 2, arbitrary: linked }] : []));
}

let all: Record<string, Compiled>;
beforeAll(async () => {
  all = await loadAll();
}, 120_000);

describe.each([...SHIPPED, 'star-rating/1.0.0 + shared', ...NAMES])('%s', (name) => {
  it('issue 13.1: the incremental gap planner gives exactly the plan of the full re-scoring planner (default target, every level, gap: all)', () => {
    const compiled = all[name];
    const levelIds = compiled.levels.map((l) => l.id);
    const runs = NAMES.includes(name) ? 150 : 40;
    let planned = 0;
    fc.assert(
      fc.property(inspections(compiled), (data) => {
        const checked = validateInspection(compiled, data);
        if (!checked.ok) throw new Error(`generated an invalid inspection: ${JSON.stringify(checked.errors.map((p) => [p.code, p.pointer]))}`);
        const answered = withSharedAnswers(compiled, checked.inspection);
        const state = scoreInspection(forLevel(compiled, answered.station.level), answered);
        for (const target of [undefined, ...levelIds]) {
          const plan = planGapFrom(state, answered, target);
          expect(plan).toStrictEqual(oraclePlanGapFrom(state, answered, target));
          planned += plan.steps.length;
        }
        // gap: all plans to each level above the one held, as the old planner does level by level
        const e = evaluate(compiled, checked.inspection, { gap: 'all' });
        const held = e.rating.level === null ? -1 : levelIds.indexOf(e.rating.level);
        expect(e.gaps).toStrictEqual(levelIds.slice(held + 1).map((id) => oraclePlanGapFrom(state, answered, id)));
        expect(e.gap).toStrictEqual(oraclePlanGapFrom(state, answered));
      }),
      { numRuns: runs },
    );
    // the plans had steps to compare (not only empty ones)
    expect(planned).toBeGreaterThan(0);
  }, 300_000);
});
