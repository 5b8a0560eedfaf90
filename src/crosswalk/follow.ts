/**
 * Following crosswalks from one version to another, possibly through versions between
 * (1.0.0 → 1.1.0 → 2.0.0): which crosswalks lead there, and where each old item ends up. Pure.
 */
import type { Crosswalk, ItemMapping } from '../types/crosswalk.js';

/** Where an old item ends up: its successors (none when dropped) and how it got there. */
export interface Succession {
  to: string[];
  how: ItemMapping['how'];
  /** Why it was dropped, as the crosswalk says. */
  reason?: string;
}

const list = (x: string | string[] | undefined): string[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/**
 * The crosswalks that lead from `from` to `to` (`id@version` each), in order: the shortest chain, the
 * first given winning among equals; null when none does. An empty chain when they are the same.
 */
export function crosswalkChain(crosswalks: readonly Crosswalk[], from: string, to: string): Crosswalk[] | null {
  const via = new Map<string, Crosswalk[]>([[from, []]]);
  const queue = [from];
  while (queue.length) {
    const at = queue.shift()!;
    if (at === to) return via.get(at)!;
    for (const c of crosswalks) {
      if (c.from !== at || via.has(c.to)) continue;
      via.set(c.to, [...via.get(at)!, c]);
      queue.push(c.to);
    }
  }
  return null;
}

/** How split and merge outrank a rename: the succession reports the most telling step. */
const RANK: Record<ItemMapping['how'], number> = { same: 0, renamed: 1, rescaled: 2, split: 3, merged: 3, dropped: 0 };

/**
 * Where each old item ends up after a chain of crosswalks. An item a crosswalk does not list keeps
 * its id (as `vsr migrate` carries it); whether the new version has it is for the caller to see.
 */
export function successionThrough(chain: readonly Crosswalk[]): (oldId: string) => Succession {
  const steps = chain.map((c) => {
    const byOld = new Map<string, ItemMapping>();
    for (const m of c.items) for (const id of list(m.from)) byOld.set(id, m);
    return byOld;
  });
  return (oldId) => {
    let ids = [oldId];
    let how: ItemMapping['how'] = 'same';
    let reason: string | undefined;
    for (const byOld of steps) {
      const next: string[] = [];
      for (const id of ids) {
        const m = byOld.get(id);
        if (!m) next.push(id);
        else if (m.how === 'dropped') reason ??= m.reason;
        else {
          if (RANK[m.how] > RANK[how]) how = m.how;
          next.push(...list(m.to));
        }
      }
      ids = [...new Set(next)];
      // dropped once every branch is (a part of a split may be dropped later, the rest carries on)
      if (ids.length === 0) return { to: [], how: 'dropped', ...(reason ? { reason } : {}) };
    }
    return { to: ids, how };
  };
}
