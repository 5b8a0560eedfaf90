import type { Item, Section, Standard } from '../types/standard.js';
import { problem, toHundredths, type Problem } from '../i18n/problem.js';
import { checkTypes } from '../checks/registry.js';

function ref(s: Standard): string {
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
