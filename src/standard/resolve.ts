import type { Item, Section, Standard } from '../types/standard.js';
import type { Condition, ConditionPatch, RatingScheme } from '../types/rating-scheme.js';
import { problem, toHundredths, type Problem } from '../i18n/problem.js';
import { checkTypes } from '../checks/registry.js';

function ref(s: Standard | RatingScheme): string {
  return `${s.id}@${s.version}`;
}

/** Sets a section's declared points to the sum of what it now holds (after an overlay changed it). */
function recomputePoints(section: Section): number {
  let sum = 0;
  for (const sub of section.sections ?? []) sum += recomputePoints(sub);
  for (const item of section.items ?? []) if (!item.bonus) sum += toHundredths(item.points);
  if (section.points !== undefined) section.points = sum / 100;
  return sum;
}

/**
 * Gives an item new points. A deduction's `cap` is rescaled in the same proportion (to the nearest
 * hundredth), so the share of the item that can be lost is kept: a 5-point item capped at 5 raised to
 * 10 can lose 10. `per` (points off per occurrence) is the standard's rule and stays.
 */
function reweightItem(item: Item, points: number): void {
  const old = item.points;
  item.points = points;
  const type = checkTypes[item.check.type];
  if (type?.reweight) item.check = type.reweight(item.check, toHundredths(old), toHundredths(points));
}

function collectIds(sections: Section[], into: Set<string>): Set<string> {
  for (const s of sections) {
    into.add(s.id);
    for (const i of s.items ?? []) into.add(i.id);
    collectIds(s.sections ?? [], into);
  }
  return into;
}

/** Marks every item of a standard with the file it came from (unless an earlier resolution did). */
function stampOrigin(sections: Section[], origin: string): void {
  for (const s of sections) {
    for (const i of s.items ?? []) i.origin ??= origin;
    stampOrigin(s.sections ?? [], origin);
  }
}

/**
 * Applies an overlay (a standard with `extends`) to its resolved base: select, drop, reweight, add.
 * Returns a complete standard without `extends`, every item marked with its `origin`.
 */
export function resolveOverlay(overlay: Standard, base: Standard): { standard: Standard; problems: Problem[] } {
  const problems: Problem[] = [];
  const sections: Section[] = structuredClone(base.sections ?? []);
  stampOrigin(sections, ref(base));
  const known = collectIds(sections, new Set());
  const spec = overlay.overlay ?? {};
  const check = (ids: string[] | undefined, at: string) =>
    (ids ?? []).forEach((id, i) => known.has(id) || problems.push(problem('overlay-unknown-id', `${at}/${i}`, { id })));
  check(spec.select, '/overlay/select');
  check(spec.drop, '/overlay/drop');
  check(Object.keys(spec.reweight ?? {}), '/overlay/reweight');
  check(spec.add?.map((a) => a.section), '/overlay/add');

  const select = spec.select?.length ? new Set(spec.select) : null;
  const drop = new Set(spec.drop ?? []);
  const keep = (list: Section[], inherited: boolean): Section[] =>
    list.flatMap((s) => {
      if (drop.has(s.id)) return [];
      const selected = inherited || !select || select.has(s.id);
      const items = (s.items ?? []).filter((i: Item) => !drop.has(i.id) && (selected || select!.has(i.id)));
      const subs = keep(s.sections ?? [], selected);
      if (!selected && items.length === 0 && subs.length === 0) return [];
      return [{ ...s, ...(s.items ? { items } : {}), ...(s.sections ? { sections: subs } : {}) }];
    });
  const kept = keep(sections, false);

  const bySection = new Map<string, Section>();
  const items = new Map<string, Item>();
  const index = (list: Section[]) =>
    list.forEach((s) => {
      bySection.set(s.id, s);
      (s.items ?? []).forEach((i) => items.set(i.id, i));
      index(s.sections ?? []);
    });
  index(kept);
  for (const [id, points] of Object.entries(spec.reweight ?? {})) {
    const item = items.get(id);
    if (item) reweightItem(item, points);
  }
  (spec.add ?? []).forEach((group, g) => {
    const section = bySection.get(group.section);
    if (!section) {
      if (known.has(group.section)) problems.push(problem('overlay-add-removed', `/overlay/add/${g}/section`, { id: group.section }));
      return;
    }
    section.items = [...(section.items ?? []), ...group.items.map((i) => ({ ...i, origin: ref(overlay) }))];
  });
  const total = kept.reduce((sum, s) => sum + recomputePoints(s), 0) / 100;

  const { extends: _extends, overlay: _overlay, sections: _sections, ...own } = overlay;
  // Items keep citing the base's sources, so the resolved standard carries them beside the overlay's own.
  const sources = new Map([...(base.sources ?? []), ...(base.provenance?.sources ?? []), ...(overlay.sources ?? [])].map((src) => [src.id, src]));
  const standard: Standard = {
    ...base,
    ...own,
    totalPoints: overlay.totalPoints ?? total,
    provenance: overlay.provenance ?? base.provenance,
    ...(sources.size ? { sources: [...sources.values()] } : {}),
    sections: kept,
  };
  delete standard.extends;
  if (!overlay.supersedes) delete standard.supersedes;
  delete standard.overlay;
  return { standard, problems };
}

/**
 * Where a problem found in a resolved overlay (a pointer into the resolved standard) sits in the
 * overlay file: an item the overlay added → its place under `/overlay/add`; an item it re-weighted →
 * `/overlay/reweight/<id>`; anything else came with the base → `/extends`. Other pointers are kept.
 */
export function overlayPointer(overlay: Standard, resolved: Standard, pointer: string): string {
  const m = /^((?:\/sections\/\d+)+)(?:\/items\/(\d+)(.*))?/.exec(pointer);
  if (!m) return pointer;
  if (m[2] === undefined) return '/extends';
  let list = resolved.sections ?? [];
  let section: Section | undefined;
  for (const i of m[1].split('/sections/').slice(1)) {
    section = list[Number(i)];
    list = section?.sections ?? [];
  }
  const item = section?.items?.[Number(m[2])];
  const spec = overlay.overlay ?? {};
  if (item && item.origin === ref(overlay)) {
    for (const [g, group] of (spec.add ?? []).entries()) {
      const k = group.items.findIndex((i) => i.id === item.id);
      if (k >= 0) return `/overlay/add/${g}/items/${k}${m[3]}`;
    }
  }
  if (item && spec.reweight && Object.hasOwn(spec.reweight, item.id)) return `/overlay/reweight/${item.id.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return '/extends';
}

/** A rating scheme with its components and levels: a scheme file without `extends`, or an overlay resolved. */
export type ResolvedScheme = RatingScheme & Required<Pick<RatingScheme, 'components' | 'levels'>>;

/**
 * What a condition is about, the key an overlay names it by: `noVeto`, `section: ID`,
 * `standardMet: ID`, or `itemsPassed` (a level's one itemsPassed condition).
 */
export function conditionKey(c: Condition | ConditionPatch): string {
  if ('noVeto' in c) return 'noVeto';
  if ('section' in c) return `section: ${c.section}`;
  if ('standardMet' in c) return `standardMet: ${c.standardMet}`;
  return 'itemsPassed';
}

/**
 * Pairs the entries of an overlay list (`overlay.components`, `overlay.levels`) with the base's entries
 * of the same id: base index → entry index. An id the base lacks, or one named twice, is a problem at
 * the entry's `id`.
 */
function matchById(
  entries: readonly { id: string }[] | undefined,
  ids: readonly string[],
  list: 'components' | 'levels',
  unknown: 'scheme-overlay-unknown-component' | 'scheme-overlay-unknown-level',
  base: string,
  problems: Problem[],
): Map<number, number> {
  const found = new Map<number, number>();
  (entries ?? []).forEach((entry, k) => {
    const at = `/overlay/${list}/${k}/id`;
    const i = ids.indexOf(entry.id);
    if (i < 0) problems.push(problem(unknown, at, { id: entry.id, base, known: ids.join(', ') }));
    else if (found.has(i)) problems.push(problem('scheme-overlay-repeated', at, { id: entry.id, first: found.get(i)! + 1 }));
    else found.set(i, k);
  });
  return found;
}

/** The resolved overlay scheme, its component standards, the problems, and where a problem of the result sits in the overlay. */
export interface ResolvedSchemeOverlay {
  scheme: ResolvedScheme;
  components: Standard[];
  problems: Problem[];
  /** Where a problem found in the resolved scheme (a pointer into it) sits in the overlay file. */
  place(pointer: string): string;
}

/**
 * Applies a scheme overlay (a scheme with `extends`) to its resolved base. The overlay's own
 * top-level fields replace the base's (as a standard overlay's do); `overlay.components` and
 * `overlay.levels` change components and levels named by key (a component by the id of its
 * standard in the base, a level by its id, a condition by {@link conditionKey}): only the fields
 * stated change; `add` appends conditions to a level. A key the base does not have is a problem at
 * its place. `componentOf` supplies the (resolved) standard of a component ref the overlay states.
 */
export function resolveSchemeOverlay(
  overlay: RatingScheme,
  base: ResolvedScheme,
  baseComponents: readonly Standard[],
  componentOf: (ref: string) => Standard | undefined,
): ResolvedSchemeOverlay {
  const problems: Problem[] = [];
  const spec = overlay.overlay ?? {};
  // an overlay states changes, not a copy: its own lists would silently replace the base's
  for (const own of ['components', 'levels'] as const) if (overlay[own]) problems.push(problem('scheme-overlay-own-list', `/${own}`, { field: own }));
  const components = structuredClone(base.components);
  const standards = [...baseComponents];
  const componentIds = baseComponents.map((s) => s.id);
  const patchOfComponent = matchById(spec.components, componentIds, 'components', 'scheme-overlay-unknown-component', ref(base), problems);
  for (const [i, k] of patchOfComponent) {
    const patch = spec.components![k];
    const { id: _id, ...fields } = patch;
    if (patch.standard !== undefined) {
      const std = componentOf(patch.standard);
      if (!std) {
        problems.push(problem('unknown-ref', `/overlay/components/${k}/standard`, { ref: patch.standard, known: '—' }));
        continue;
      }
      standards[i] = std;
    }
    Object.assign(components[i], fields);
  }

  const levels = structuredClone(base.levels);
  const levelIds = levels.map((l) => l.id);
  const patchOfLevel = matchById(spec.levels, levelIds, 'levels', 'scheme-overlay-unknown-level', ref(base), problems);
  /** For each level patched: which patch of `requires` changed each base condition. */
  const conditionPatch = new Map<number, Map<number, number>>();
  for (const [l, k] of patchOfLevel) {
    const patch = spec.levels![k];
    const at = `/overlay/levels/${k}`;
    const level = levels[l];
    if (patch.label !== undefined) level.label = patch.label;
    if (patch.minPercent !== undefined) level.minPercent = patch.minPercent;
    const requires = level.requires ?? [];
    const keys = requires.map(conditionKey);
    const changed = new Map<number, number>();
    (patch.requires ?? []).forEach((c, j) => {
      const key = conditionKey(c);
      const found = keys.flatMap((x, n) => (x === key ? [n] : []));
      const where = `${at}/requires/${j}`;
      if (found.length === 0) return void problems.push(problem('scheme-overlay-unknown-condition', where, { level: patch.id, condition: key, known: keys.join('; ') || '—' }));
      if (found.length > 1) return void problems.push(problem('scheme-overlay-ambiguous-condition', where, { level: patch.id, condition: key, count: found.length }));
      if (changed.has(found[0])) return void problems.push(problem('scheme-overlay-repeated', where, { id: `${patch.id} / ${key}`, first: changed.get(found[0])! + 1 }));
      changed.set(found[0], j);
      Object.assign(requires[found[0]], c);
    });
    conditionPatch.set(l, changed);
    if (patch.add?.length || patch.requires?.length) level.requires = [...requires, ...structuredClone(patch.add ?? [])];
  }

  const { extends: _extends, overlay: _overlay, components: _components, levels: _levels, ...own } = overlay;
  const scheme: ResolvedScheme = { ...base, ...own, provenance: overlay.provenance ?? base.provenance, components, levels };
  if (scheme.provenance === undefined) delete scheme.provenance;
  if (!overlay.supersedes) delete scheme.supersedes;

  const place = (pointer: string): string => {
    const lv = /^\/levels\/(\d+)(?:\/requires\/(\d+))?(\/[^/]+)?(.*)$/.exec(pointer);
    if (lv) {
      const l = Number(lv[1]);
      const k = patchOfLevel.get(l);
      if (k === undefined) return '/extends';
      const patch = spec.levels![k];
      const at = `/overlay/levels/${k}`;
      if (lv[2] === undefined) return lv[3] && Object.hasOwn(patch, lv[3].slice(1)) ? `${at}${lv[3]}${lv[4]}` : at;
      const c = Number(lv[2]);
      const baseCount = (levels[l].requires?.length ?? 0) - (patch.add?.length ?? 0);
      if (c >= baseCount) return `${at}/add/${c - baseCount}${lv[3] ?? ''}${lv[4]}`;
      const j = conditionPatch.get(l)?.get(c);
      if (j === undefined) return '/extends';
      return lv[3] && Object.hasOwn(patch.requires![j], lv[3].slice(1)) ? `${at}/requires/${j}${lv[3]}${lv[4]}` : `${at}/requires/${j}`;
    }
    const cp = /^\/components\/(\d+)(.*)$/.exec(pointer);
    if (cp) {
      const k = patchOfComponent.get(Number(cp[1]));
      if (k === undefined) return '/extends';
      const field = cp[2].split('/')[1];
      return field && Object.hasOwn(spec.components![k], field) ? `/overlay/components/${k}${cp[2]}` : `/overlay/components/${k}`;
    }
    if (pointer === '/components') return spec.components ? '/overlay/components' : '/extends';
    if (/^\/shared(\/|$)/.test(pointer)) return overlay.shared ? pointer : '/extends';
    return pointer;
  };
  return { scheme, components: standards, problems, place };
}
