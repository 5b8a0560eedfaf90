import type { FieldChange, StandardDiff, Changed, Delta } from '../types/standard-diff.js';
import type { Compiled, CompiledItem } from './compiled.js';
import { canonicalJson } from './hash.js';
import { conditionKey } from './resolve.js';
import type { Condition } from '../types/rating-scheme.js';

/**
 * What changed between two compiled standards or schemes (two versions, or a base and a county's
 * overlay): settings, components, levels, sections and items, each added, removed or changed field
 * by field. Pure; compares the resolved content (overlays applied), keyed by id.
 */

/** The diff document and its parts: the generated contract types (schemas/standard-diff.schema.json). */
export type { StandardDiff, FieldChange, Changed, DiffEntry as Entry, Delta } from '../types/standard-diff.js';

function differs(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) !== canonicalJson(b ?? null);
}

function fieldChanges(pairs: [string, unknown, unknown][]): FieldChange[] {
  return pairs.filter(([, a, b]) => differs(a, b)).map(([field, from, to]) => ({ field, from: from ?? null, to: to ?? null }));
}

/** Matches two lists by id: those only in `b`, only in `a`, and the field changes of those in both. */
function delta<A extends { id: string }, E>(a: A[], b: A[], entry: (x: A) => E, compare: (x: A, y: A) => FieldChange[]): { added: E[]; removed: E[]; changed: Changed[] } {
  const inA = new Map(a.map((x) => [x.id, x]));
  const inB = new Map(b.map((x) => [x.id, x]));
  return {
    added: b.filter((x) => !inA.has(x.id)).map(entry),
    removed: a.filter((x) => !inB.has(x.id)).map(entry),
    changed: b.filter((x) => inA.has(x.id)).map((x) => ({ id: x.id, changes: compare(inA.get(x.id)!, x) })).filter((c) => c.changes.length > 0),
  };
}

function sectionOf(c: Compiled, item: CompiledItem): string {
  return c.sections[item.sections[item.sections.length - 1]].id;
}

function totalPoints(c: Compiled, component: number): number {
  return c.items.filter((i) => i.component === component && !i.bonus).reduce((s, i) => s + i.max, 0) / 100;
}

interface ItemView { id: string; c: Compiled; item: CompiledItem }
interface SectionView { id: string; c: Compiled; index: number }

function checkChanges(a: Record<string, unknown>, b: Record<string, unknown>): [string, unknown, unknown][] {
  if (a.type !== b.type) return [['check', a, b]];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== 'type').sort();
  return keys.map((k) => [`check.${k}`, a[k], b[k]]);
}

function itemChanges(x: ItemView, y: ItemView): FieldChange[] {
  const a = x.item;
  const b = y.item;
  return fieldChanges([
    ['component', x.c.components[a.component].id, y.c.components[b.component].id],
    ['section', sectionOf(x.c, a), sectionOf(y.c, b)],
    ['title', a.title, b.title],
    ['text', a.definition.text, b.definition.text],
    ['points', a.max / 100, b.max / 100],
    ['bonus', a.bonus, b.bonus],
    ['veto', a.veto, b.veto],
    ...checkChanges(a.check as unknown as Record<string, unknown>, b.check as unknown as Record<string, unknown>),
    ['appliesTo', a.appliesTo, b.appliesTo],
    ['evidence', a.evidence, b.evidence],
    ['method', a.definition.method, b.definition.method],
    ['effort', a.effort, b.effort],
  ]);
}

/**
 * Compares two compiled standards or schemes. `renames` (old id → new id, e.g. from a crosswalk) pairs
 * items under their new ids: they are listed as renamed, with their other changes.
 */
export function diffStandards(a: Compiled, b: Compiled, renames?: ReadonlyMap<string, string>): StandardDiff {
  const items = (c: Compiled): ItemView[] => c.items.map((item) => ({ id: item.id, c, item }));
  const sections = (c: Compiled): SectionView[] => c.sections.map((s) => ({ id: s.id, c, index: s.index }));
  const parentOf = (s: SectionView) => {
    const p = s.c.sections[s.index].parent;
    return p === null ? null : s.c.sections[p].id;
  };
  const components = (c: Compiled) => c.components.map((x, i) => ({ ...x, index: i, c }));
  return {
    schema: 'vsr/standard-diff@1',
    from: { kind: a.kind, id: a.id, version: a.version, hash: a.hash },
    to: { kind: b.kind, id: b.id, version: b.version, hash: b.hash },
    same: a.hash === b.hash,
    fields: fieldChanges([
      ['kind', a.kind, b.kind],
      ['id', a.id, b.id],
      ['version', a.version, b.version],
      ['title', a.title, b.title],
      ['appliesTo', a.appliesTo, b.appliesTo],
      ['validity.years', a.scheme?.validity?.years, b.scheme?.validity?.years],
      ['validity.note', a.scheme?.validity?.note, b.scheme?.validity?.note],
    ]),
    components: delta(components(a), components(b), (x) => ({ id: x.id, version: x.version, weight: x.weight, title: x.title }), (x, y) => fieldChanges([
      ['version', x.version, y.version],
      ['weight', x.weight, y.weight],
      ['totalPoints', totalPoints(x.c, x.index), totalPoints(y.c, y.index)],
      ['passMark', x.passMark, y.passMark],
      ['bonusCap', x.bonusCap / 100, y.bonusCap / 100],
      ['missing', x.missing, y.missing],
      ['appliesTo', x.appliesTo, y.appliesTo],
      ['years', x.years, y.years],
    ])),
    levels: delta(a.levels, b.levels, (l) => ({ id: l.id, label: l.label, minPercent: l.minPercent }), (x, y) => fieldChanges([
      ['label', x.label, y.label],
      ['minPercent', x.minPercent, y.minPercent],
      ...conditionChanges(x.requires, y.requires),
    ])),
    sections: delta(sections(a), sections(b), (s) => ({ id: s.id, title: s.c.sections[s.index].title, component: s.c.components[s.c.sections[s.index].component].id, section: parentOf(s) }), (x, y) => fieldChanges([
      ['component', x.c.components[x.c.sections[x.index].component].id, y.c.components[y.c.sections[y.index].component].id],
      ['parent', parentOf(x), parentOf(y)],
      ['title', x.c.sections[x.index].title, y.c.sections[y.index].title],
    ])),
    items: renamedItems(delta(items(a), items(b), (x) => ({ id: x.id, title: x.item.title, component: x.c.components[x.item.component].id, section: sectionOf(x.c, x.item), points: x.item.max / 100, type: x.item.check.type }), itemChanges), a, b, renames),
  };
}

/**
 * A level's conditions compared one by one, matched by what each is about (`requires[section: con-layout]`,
 * the key a scheme overlay names them by), so a changed mark shows as that condition's change; the
 * whole list when a key repeats in a level.
 */
function conditionChanges(a: Condition[], b: Condition[]): [string, unknown, unknown][] {
  const keyed = (list: Condition[]) => new Map(list.map((c) => [conditionKey(c), c]));
  const x = keyed(a), y = keyed(b);
  if (x.size < a.length || y.size < b.length) return [['requires', a, b]];
  return [...new Set([...x.keys(), ...y.keys()])].map((k) => [`requires[${k}]`, x.get(k), y.get(k)]);
}

/** Takes the renamed pairs out of the added and removed items. */
function renamedItems(d: Delta, a: Compiled, b: Compiled, renames?: ReadonlyMap<string, string>): StandardDiff['items'] {
  if (!renames?.size) return d;
  const renamed: NonNullable<StandardDiff['items']['renamed']> = [];
  for (const [from, to] of renames) {
    const x = a.items[a.itemIndex.get(from) ?? -1];
    const y = b.items[b.itemIndex.get(to) ?? -1];
    if (!x || !y || from === to || b.itemIndex.has(from) || a.itemIndex.has(to)) continue;
    renamed.push({ from, to, changes: itemChanges({ id: from, c: a, item: x }, { id: to, c: b, item: y }) });
  }
  const gone = new Set(renamed.map((r) => r.from));
  const come = new Set(renamed.map((r) => r.to));
  return { added: d.added.filter((e) => !come.has(e.id)), removed: d.removed.filter((e) => !gone.has(e.id)), changed: d.changed, renamed };
}
