/**
 * What an evaluation carries so that a renderer needs no standard (issue 10.2): the titles of the
 * standard, scheme, components and sections, the section tree, each item's section, check (to word an
 * answer), evidence asked for and the parts marked as reconstruction, whether it is a veto item, each
 * level's label and minimum, and each condition in words. Taken from the compiled standard, once per
 * compiled standard. `evaluate` adds them to every evaluation; the reading edge (src/io/stored.ts)
 * fills them into an evaluation stored before they existed, from the standard it names. Additive
 * within vsr/evaluation@1 (docs/versioning.md). Pure.
 */
import type { Compiled, CompiledLevel } from './standard/compiled.js';
import { reconstructedParts, reconstructedSources } from './standard/compiled.js';
import type { ConditionResult, Evaluation, LevelResult, Reason } from './types/evaluation.js';
import type { Text } from './types/standard.js';
import { conditionType, levelConditions } from './rating/conditions/registry.js';

type Item = Evaluation['items'][number];
type Section = Evaluation['sections'][number];
/** The renderer's fields of one item (issue 10.2). */
export type ItemReportFields = Pick<Item, 'title' | 'section' | 'component' | 'veto' | 'reconstructed' | 'check' | 'evidenceRequired'>;

interface Fields {
  title: Text;
  reconstructedSources: Text[];
  components: Map<string, Text>;
  sections: Map<string, Pick<Section, 'title' | 'depth' | 'component'>>;
  items: Map<string, ItemReportFields>;
  levels: Map<string, { level: CompiledLevel; descriptions: Reason[] }>;
}

const memo = new WeakMap<Compiled, Fields>();

function fieldsOf(compiled: Compiled): Fields {
  let fields = memo.get(compiled);
  if (fields) return fields;
  const scheme = compiled.kind === 'scheme';
  fields = {
    title: compiled.title,
    reconstructedSources: reconstructedSources(compiled),
    components: new Map(compiled.components.map((c) => [c.id, c.title])),
    sections: new Map(compiled.sections.map((s) => [s.id, { title: s.title, depth: s.depth, ...(scheme ? { component: compiled.components[s.component].id } : {}) }])),
    items: new Map(compiled.items.map((item) => {
      const parts = reconstructedParts(item);
      return [item.id, {
        title: item.title,
        section: compiled.sections[item.sections[item.sections.length - 1]].id,
        ...(scheme ? { component: compiled.components[item.component].id } : {}),
        ...(item.veto ? { veto: true } : {}),
        ...(parts.length ? { reconstructed: parts } : {}),
        check: item.check,
        ...(item.evidence.length ? { evidenceRequired: [...item.evidence] } : {}),
      }];
    })),
    levels: new Map(compiled.levels.map((level) => [level.id, { level, descriptions: levelConditions(compiled, level).map((c) => conditionType(c).describe(c)) }])),
  };
  memo.set(compiled, fields);
  return fields;
}

/** Sets each field of `from` that `on` lacks (a stored evaluation keeps what it has). */
function fill<T extends object>(on: T, from: Partial<T>): void {
  for (const [k, v] of Object.entries(from)) if (v !== undefined && (on as Record<string, unknown>)[k] === undefined) (on as Record<string, unknown>)[k] = v;
}

/**
 * The conditions of a level stored before the evaluation carried them: each condition of the level,
 * holding unless the next unmet reason is its own (`unmet` lists reasons in condition order), as the
 * report model paired them before. Undefined when a reason is no condition's (an unassessed veto that
 * `owns` cannot place): the report then lists the unmet reasons alone.
 */
function conditionsFromUnmet(compiled: Compiled, level: CompiledLevel, result: LevelResult): ConditionResult[] | undefined {
  const stated: ConditionResult['condition'][] = [{ minPercent: level.minPercent }, ...level.requires];
  let j = 0;
  const conditions = levelConditions(compiled, level).map((cond, i): ConditionResult => {
    const reason = result.unmet[j];
    if (reason && conditionType(cond).owns(cond, reason)) {
      j++;
      return { condition: stated[i], holds: false, reason };
    }
    return { condition: stated[i], holds: true };
  });
  return j === result.unmet.length ? conditions : undefined;
}

/**
 * The renderer's fields of each item of a compiled standard, by item id (the same objects every
 * evaluation made with it receives): what batch's full line writes as one encoded fragment per item.
 */
export function itemReportFields(compiled: Compiled): ReadonlyMap<string, Readonly<ItemReportFields>> {
  return fieldsOf(compiled).items;
}

/**
 * Adds to an evaluation (in place) the fields a renderer needs from the standard or scheme it was
 * made with, where it lacks them, and returns it. A field the evaluation has is kept. With
 * `items: false` the items are left as they are (their fields are `itemReportFields`).
 */
export function addReportFields<E extends Evaluation>(evaluation: E, compiled: Compiled, options: { items?: boolean } = {}): E {
  const f = fieldsOf(compiled);
  if (f.reconstructedSources.length) fill<Evaluation>(evaluation, { reconstructedSources: f.reconstructedSources });
  fill(evaluation.standard, { title: f.title });
  if (evaluation.scheme) fill(evaluation.scheme, { title: f.title });
  for (const c of evaluation.score.components ?? []) fill(c, { title: f.components.get(c.id) });
  for (const s of evaluation.sections) {
    const known = f.sections.get(s.id);
    if (known) fill(s, known);
  }
  if (options.items !== false) {
    for (const item of evaluation.items) {
      const known = f.items.get(item.id);
      if (known) fill(item, known);
    }
  }
  for (const result of evaluation.rating.levels) {
    const known = f.levels.get(result.id);
    if (!known) continue;
    fill(result, { label: known.level.label, minPercent: known.level.minPercent });
    if (!result.conditions) {
      const rebuilt = conditionsFromUnmet(compiled, known.level, result);
      if (rebuilt) result.conditions = rebuilt;
    }
    // a condition's words, by its place in the level (the minimum percent first, then `requires`)
    if (result.conditions?.length === known.descriptions.length) result.conditions.forEach((c, i) => fill(c, { description: known.descriptions[i] }));
  }
  return evaluation;
}
