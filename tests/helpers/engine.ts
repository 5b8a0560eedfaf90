import os from 'node:os';
// Shared helpers for the engine tests: in-memory standards, inspections, and loading the fixtures.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { compile, evaluate, loadRatingScheme, loadStandard, validateInspection } from '../../src/index.js';
import type { Compiled, Evaluation, Inspection, Item, Level, RatingScheme, Standard, StationLevel } from '../../src/index.js';
import type { AnswerEntry, Waiver } from '../../src/types/inspection.js';
import type { Check, ChecklistCheck } from '../../src/types/standard.js';
import type { VsrError } from '../../src/i18n/problem.js';
import type { PlannedEvaluation } from '../../src/evaluate.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** Load options letting tests read file-path refs from the repository and the OS temp folder. */
export const TRUSTED = { roots: [path.resolve(FIXTURES, '../..'), os.tmpdir()] };

/** The shipped standard and scheme files, as `id/version.yaml` under standards/, sorted. */
export function shippedFiles(): string[] {
  const standards = path.resolve(FIXTURES, '../../standards');
  return readdirSync(standards)
    .filter((id) => statSync(path.join(standards, id)).isDirectory())
    .flatMap((id) => readdirSync(path.join(standards, id)).filter((f) => f.endsWith('.yaml')).map((f) => `${id}/${f}`))
    .sort();
}

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

const TEXT = { 'zh-CN': '测试', en: 'Test' };

/** An item with a title and the given check; `extra` adds veto, bonus, evidence, effort… */
export function item(id: string, points: number, check: Check, extra: Partial<Item> = {}): Item {
  return { id, title: TEXT, points, check, ...extra };
}

/** Checklist requirements with these ids (labels repeat the id). */
export function requirements(...ids: string[]): ChecklistCheck['requirements'] {
  return ids.map((id) => ({ id, label: { 'zh-CN': id, en: id } })) as ChecklistCheck['requirements'];
}

export function veto(): Item['veto'] {
  return { message: { 'zh-CN': '否决', en: 'Veto' } };
}

/** A standard with one section holding `items` (points and totalPoints left for the engine to sum). */
export function standard(items: Item[], extra: Partial<Standard> = {}): Standard {
  return {
    schema: 'vsr/standard@1',
    id: 'unit',
    version: '1.0.0',
    title: TEXT,
    sections: [{ id: extra.id ? `${extra.id}-sec` : 'sec', title: TEXT, items }],
    ...extra,
  };
}

/** Compiles a one-section in-memory standard. */
export function compileItems(items: Item[], extra: Partial<Standard> = {}): Compiled {
  return compile(standard(items, extra));
}

/** A rating scheme over in-memory standards (each `[standard, weight]`), compiled. */
export function compileScheme(components: [Standard, number][], levels: Level[], extra: Partial<RatingScheme> = {}): Compiled {
  const scheme: RatingScheme = {
    schema: 'vsr/rating-scheme@1',
    id: 'unit-scheme',
    version: '1.0.0',
    title: TEXT,
    components: components.map(([std, weight]) => ({ standard: `${std.id}@${std.version}`, weight })) as RatingScheme['components'],
    levels: levels as RatingScheme['levels'],
    ...extra,
  };
  const byRef = new Map(components.map(([std]) => [`${std.id}@${std.version}`, std]));
  return compile(scheme, { resolve: (ref) => byRef.get(ref)! });
}

/** A level with a label. */
export function level(id: string, minPercent: number, requires: Level['requires'] = []): Level {
  return { id, label: { 'zh-CN': id, en: id }, minPercent, requires };
}

export interface InspectionOptions {
  level?: StationLevel;
  inspectedAt?: string;
  waivers?: Waiver[];
}

/** An inspection of a town station on 2025-06-01 (unless told otherwise). */
export function inspection(answers: Record<string, AnswerEntry>, options: InspectionOptions = {}): Inspection {
  return {
    station: { id: 'S-1', name: '测试站', level: options.level ?? 'town' },
    inspectedAt: options.inspectedAt ?? '2025-06-01',
    answers,
    ...(options.waivers ? { waivers: options.waivers } : {}),
  };
}

/** Validates the inspection (failing loudly if it is invalid) and evaluates it. */
export function evaluateValid(compiled: Compiled, data: Inspection, target?: string): PlannedEvaluation {
  const checked = validateInspection(compiled, data);
  if (!checked.ok) throw new Error(`invalid inspection: ${JSON.stringify(checked.errors.map((e) => [e.code, e.pointer]))}`);
  return evaluate(compiled, checked.inspection, target === undefined ? {} : { target });
}

/** Evaluates answers against a one-section standard for a town station. */
export function scoreItems(items: Item[], answers: Record<string, AnswerEntry>, options: InspectionOptions & { standard?: Partial<Standard> } = {}): PlannedEvaluation {
  return evaluateValid(compileItems(items, options.standard), inspection(answers, options));
}

/** The evaluation's entry for one item. */
export function itemOf(evaluation: Evaluation, id: string): Evaluation['items'][number] {
  const found = evaluation.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id} in the evaluation`);
  return found;
}

/** The evaluation's entry for one section. */
export function sectionOf(evaluation: Evaluation, id: string): Evaluation['sections'][number] {
  const found = evaluation.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id} in the evaluation`);
  return found;
}

export function codes(reasons: { code: string }[] | undefined): string[] {
  return (reasons ?? []).map((r) => r.code);
}

export async function compileFixtureStandard(name: string): Promise<Compiled> {
  return compile(await loadStandard(fixture(name), TRUSTED));
}

export async function compileFixtureScheme(name = 'scheme.yaml'): Promise<Compiled> {
  return compile(await loadRatingScheme(fixture(name), TRUSTED));
}

/** Reads an example inspection from tests/fixtures/inspections/. */
export function readInspection(name: string): Inspection {
  return parse(readFileSync(fixture(`inspections/${name}`), 'utf8')) as Inspection;
}

/** Runs an async loader expected to throw a VsrError and returns its problems. */
export async function loadProblems(load: () => Promise<unknown>): Promise<VsrError['problems']> {
  try {
    await load();
  } catch (e) {
    if (e && typeof e === 'object' && 'problems' in e) return (e as VsrError).problems;
    throw e;
  }
  throw new Error('expected the load to fail');
}

/** Writes every step's answer of a gap plan into the inspection. */
export function applyGap(data: Inspection, steps: { item: string; answer: AnswerEntry }[]): Inspection {
  const answers = { ...data.answers };
  for (const s of steps) answers[s.item] = s.answer;
  return { ...data, answers };
}
