/** The vetoes a level condition looks at: failed, and unanswered (not assessed). */
import type { ScoreState } from '../scoring/score.js';
import type { Compiled, CompiledItem } from '../standard/compiled.js';

const vetoItemsCache = new WeakMap<Compiled, readonly CompiledItem[]>();

/** The items that carry a veto, in item order (found once per compiled standard). */
function vetoItems(compiled: Compiled): readonly CompiledItem[] {
  let items = vetoItemsCache.get(compiled);
  if (!items) vetoItemsCache.set(compiled, (items = compiled.items.filter((item) => item.veto !== null)));
  return items;
}

/** Indices of the items whose veto fired, in the given component (or all when c is undefined). */
export function failedVetoItems(state: ScoreState, c?: number): number[] {
  const out: number[] = [];
  // the sums count the failed vetoes of each component: most stations have none to look for
  if (c === undefined ? state.compVetoes.every((n) => n === 0) : state.compVetoes[c] === 0) return out;
  for (const item of vetoItems(state.compiled)) {
    if ((c === undefined || item.component === c) && state.items[item.index].vetoFailed) out.push(item.index);
  }
  return out;
}

/** Ids of the items whose veto fired. */
export function failedVetoes(state: ScoreState, c?: number): string[] {
  return failedVetoItems(state, c).map((i) => state.compiled.items[i].id);
}

/**
 * Whether component c's vetoes bear on every level (`noVeto`): a standard that counts towards the
 * composite, or the standard evaluated alone. A scheme's weight-0 prerequisite vetoes only the levels
 * that require it (`standardMet`), issue 12.3.
 */
export function vetoesEveryLevel(state: ScoreState, c: number, scope: 'all' | 'counted' | undefined): boolean {
  return scope !== 'counted' || state.compiled.kind !== 'scheme' || state.compiled.components[c].weight > 0;
}

/** Veto items of component c (or of every component) left unanswered: not assessed, not failed (issue 12.3). */
export function unassessedVetoes(state: ScoreState, c?: number, scope?: 'all' | 'counted'): string[] {
  return vetoItems(state.compiled)
    .filter((item) => (c === undefined ? vetoesEveryLevel(state, item.component, scope) : item.component === c) && state.items[item.index].state === 'unanswered' && !state.items[item.index].vetoFailed)
    .map((item) => item.id);
}
