// The compiled fixture standards and schemes the property tests run over, and shared checks.
import { beforeAll, describe, it } from 'vitest';
import { evaluate, validateInspection } from '../../src/index.js';
import type { Compiled, Evaluation, Inspection } from '../../src/index.js';
import { compileFixtureScheme, compileFixtureStandard } from '../helpers/engine.js';
import type { PlannedEvaluation } from '../../src/evaluate.js';

export const RUNS = { numRuns: 1000 };

export const NAMES = ['fx-build', 'fx-serve', 'fx-serve-county', 'fx-safety', 'fx-edge', 'fx-stars', 'fx-prereq'];

const FILES: Record<string, string> = {
  'fx-build': 'construction.yaml',
  'fx-serve': 'service.yaml',
  'fx-serve-county': 'service-county.yaml',
  'fx-safety': 'safety.yaml',
  'fx-edge': 'edge.yaml',
  'fx-stars': 'scheme.yaml',
  'fx-prereq': 'scheme-prereq.yaml',
};

/** Compiles every target once. */
export async function loadTargets(): Promise<Record<string, Compiled>> {
  const out: Record<string, Compiled> = {};
  for (const name of NAMES) {
    const file = FILES[name];
    out[name] = file.startsWith('scheme') ? await compileFixtureScheme(file) : await compileFixtureStandard(file);
  }
  return out;
}

/** Evaluates generated data, which must be valid. */
export function evaluated(compiled: Compiled, data: Inspection, target?: string): PlannedEvaluation {
  const checked = validateInspection(compiled, data);
  if (!checked.ok) throw new Error(`generated an invalid inspection: ${JSON.stringify(checked.errors.map((p) => [p.code, p.pointer]))}`);
  return evaluate(compiled, checked.inspection, target === undefined ? {} : { target });
}

/** The index of the level held (−1: none). */
export function levelIndex(compiled: Compiled, e: Evaluation): number {
  return e.rating.level === null ? -1 : compiled.levels.findIndex((l) => l.id === e.rating.level);
}

/** Declares one property test per target: `check` gets the compiled standard or scheme. */
export function forEachTarget(title: string, check: (compiled: Compiled) => void): void {
  let targets: Record<string, Compiled>;
  beforeAll(async () => {
    targets = await loadTargets();
  });
  describe.each(NAMES)('%s', (name) => {
    it(title, () => check(targets[name]));
  });
}
