/**
 * Carries an inspection's answers from one version of a standard (or scheme) to another, following a
 * crosswalk (`vsr/crosswalk@1`): same, renamed, rescaled threshold, split, merged, dropped. An old
 * item the crosswalk does not list carries over when the new version has the same id. Nothing is
 * guessed: an answer that cannot be carried, or does not fit the new item's check, leaves the new
 * item unanswered and is listed with the reason. Pure.
 */
import type { Compiled, CompiledItem } from '../standard/compiled.js';
import { isDetailed } from '../scoring/score.js';
import { checkTypeOf } from '../checks/registry.js';
import type { Params } from '../i18n/messages.js';
import type { Answer, AnswerEntry, Inspection, Waiver } from '../types/inspection.js';
import type { Crosswalk, ItemMapping } from '../types/crosswalk.js';

export interface NotCarried {
  /** The old item (or, for a merge, the new item) it concerns. */
  item: string;
  /** A message code (migrate-*) and its parameters. */
  code: string;
  params: Params;
}

export interface Migration {
  inspection: Inspection;
  carried: { from: string[]; to: string; how: ItemMapping['how'] }[];
  notCarried: NotCarried[];
}

const list = (x: string | string[] | undefined): string[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** The crosswalk that maps every item to the item of the same id. */
function implicitMapping(id: string, to: Compiled): ItemMapping | null {
  return to.itemIndex.has(id) ? { from: id, to: id, how: 'same' } : null;
}

function renamed(value: Answer, m: ItemMapping): Answer {
  if (typeof value === 'string' && m.grades?.[value]) return m.grades[value];
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' && m.requirements?.[v]) || v);
  return value;
}

function combine(values: Answer[], how: NonNullable<ItemMapping['combine']>): Answer | null {
  switch (how) {
    case 'all':
      return values.every((v) => typeof v === 'boolean') ? values.every(Boolean) : null;
    case 'any':
      return values.every((v) => typeof v === 'boolean') ? values.some(Boolean) : null;
    case 'sum':
      return values.every((v) => typeof v === 'number') ? (values as number[]).reduce((a, b) => a + b, 0) : null;
    case 'union':
      return values.every(Array.isArray) ? [...new Set((values as string[][]).flat())] : null;
  }
}

function defaultCombine(item: CompiledItem): NonNullable<ItemMapping['combine']> | null {
  return checkTypeOf(item.check).combine ?? null;
}

/** Migrates `inspection` (valid for the old version) to the new version `to`. */
export function migrateInspection(inspection: Inspection, to: Compiled, crosswalk: Crosswalk | null): Migration {
  const notCarried: NotCarried[] = [];
  const carried: Migration['carried'] = [];
  const answers: Record<string, AnswerEntry> = {};
  const target = `${to.id}@${to.version}`;
  const byOld = new Map<string, ItemMapping>();
  for (const m of crosswalk?.items ?? []) for (const id of list(m.from)) byOld.set(id, m);
  const entryOf = (id: string) => inspection.answers[id];
  const valueOf = (e: AnswerEntry): Answer => (isDetailed(e) ? e.value : e);
  const withValue = (e: AnswerEntry, value: Answer): AnswerEntry => (isDetailed(e) ? { ...e, value } : value);
  const newItem = (id: string) => to.items[to.itemIndex.get(id) ?? -1] as CompiledItem | undefined;

  /** Puts a value on a new item when its check accepts it; says why not otherwise. */
  const put = (fromIds: string[], toId: string, entry: AnswerEntry, how: ItemMapping['how']) => {
    const item = newItem(toId);
    if (!item) {
      notCarried.push({ item: fromIds.join('+'), code: 'migrate-unknown-target', params: { item: fromIds.join(', '), to: toId, target } });
      return;
    }
    if (answers[toId] !== undefined) {
      notCarried.push({ item: fromIds.join('+'), code: 'migrate-conflict', params: { item: fromIds.join(', '), to: toId } });
      delete answers[toId];
      return;
    }
    const bad = item.checkType.validate(item.check, valueOf(entry));
    if (bad) {
      notCarried.push({ item: fromIds.join('+'), code: 'migrate-invalid', params: { item: fromIds.join(', '), to: toId, value: JSON.stringify(valueOf(entry)), type: item.check.type } });
      return;
    }
    answers[toId] = entry;
    carried.push({ from: fromIds, to: toId, how });
  };

  const mergesDone = new Set<ItemMapping>();
  for (const oldId of Object.keys(inspection.answers)) {
    const entry = entryOf(oldId);
    const m = byOld.get(oldId) ?? implicitMapping(oldId, to);
    if (!m) {
      notCarried.push({ item: oldId, code: 'migrate-no-successor', params: { item: oldId, target } });
      continue;
    }
    const value = renamed(valueOf(entry), m);
    switch (m.how) {
      case 'same':
      case 'renamed':
        put([oldId], list(m.to)[0], withValue(entry, value), m.how);
        break;
      case 'rescaled':
        if (typeof value !== 'number') notCarried.push({ item: oldId, code: 'migrate-invalid', params: { item: oldId, to: list(m.to)[0], value: JSON.stringify(value), type: 'threshold' } });
        else put([oldId], list(m.to)[0], withValue(entry, Math.round(value * m.factor! * 1e6) / 1e6), m.how);
        break;
      case 'split':
        for (const toId of list(m.to)) {
          const item = newItem(toId);
          // a checklist answer keeps the requirements the new item has
          const part = Array.isArray(value) && item?.check.type === 'checklist' ? value.filter((r) => item.check.type === 'checklist' && item.check.requirements.some((q) => q.id === r)) : value;
          put([oldId], toId, withValue(entry, part), m.how);
        }
        break;
      case 'merged': {
        if (mergesDone.has(m)) break;
        mergesDone.add(m);
        const toId = list(m.to)[0];
        const item = newItem(toId);
        const missing = list(m.from).filter((id) => entryOf(id) === undefined);
        if (missing.length) {
          notCarried.push({ item: toId, code: 'migrate-merge-incomplete', params: { to: toId, from: list(m.from).join(', '), missing: missing.join(', ') } });
          break;
        }
        const how = m.combine ?? (item ? defaultCombine(item) : null);
        const parts = list(m.from).map((id) => renamed(valueOf(entryOf(id)), m));
        const merged = how ? combine(parts, how) : null;
        if (merged === null) {
          notCarried.push({ item: toId, code: 'migrate-merge-type', params: { to: toId, from: list(m.from).join(', ') } });
          break;
        }
        const evidence = list(m.from).flatMap((id) => {
          const e = entryOf(id);
          return isDetailed(e) ? (e.evidence ?? []) : [];
        });
        put(list(m.from), toId, evidence.length ? { value: merged, evidence } : merged, m.how);
        break;
      }
      case 'dropped':
        notCarried.push({ item: oldId, code: 'migrate-dropped', params: { item: oldId, reason: m.reason ?? '' } });
        break;
    }
  }
  // waivers follow items that carried one to one
  const waivers: Waiver[] = [];
  for (const w of inspection.waivers ?? []) {
    const m = byOld.get(w.item) ?? implicitMapping(w.item, to);
    const toIds = m ? list(m.to) : [];
    if (m && ['same', 'renamed', 'rescaled'].includes(m.how) && newItem(toIds[0])) waivers.push({ ...w, item: toIds[0] });
    else notCarried.push({ item: w.item, code: 'migrate-waiver', params: { item: w.item } });
  }
  const { standard: _s, scheme: _c, answers: _a, waivers: _w, ...rest } = inspection;
  void _s; void _c; void _a; void _w;
  const out = {
    ...(to.kind === 'scheme' ? { scheme: target } : { standard: target }),
    ...rest,
    answers,
    ...(waivers.length ? { waivers } : {}),
  } as Inspection;
  // keep the schema line first, as inspections are written
  const ordered = { ...(inspection.schema ? { schema: inspection.schema } : {}), ...out } as Inspection;
  return { inspection: ordered, carried, notCarried };
}

/** Problems with a crosswalk against the two versions it joins: unknown ids on either side. */
export function crosswalkProblems(crosswalk: Crosswalk, from: Compiled, to: Compiled): { pointer: string; code: string; params: Params }[] {
  const out: { pointer: string; code: string; params: Params }[] = [];
  crosswalk.items.forEach((m, i) => {
    for (const id of list(m.from)) if (!from.itemIndex.has(id)) out.push({ pointer: `/items/${i}/from`, code: 'crosswalk-unknown-item', params: { id, ref: `${from.id}@${from.version}` } });
    for (const id of list(m.to)) if (!to.itemIndex.has(id)) out.push({ pointer: `/items/${i}/to`, code: 'crosswalk-unknown-item', params: { id, ref: `${to.id}@${to.version}` } });
  });
  return out;
}

/** The crosswalk's one-to-one mappings under a new id (renamed, rescaled): old id → new id. */
export function oneToOne(crosswalk: Crosswalk): Map<string, string> {
  return new Map(crosswalk.items.filter((m) => ['same', 'renamed', 'rescaled'].includes(m.how) && typeof m.from === 'string' && typeof m.to === 'string' && m.from !== m.to).map((m) => [m.from as string, m.to as string]));
}
