/**
 * Whether an item can be fixed within the round. One place, so the rule can change without touching
 * the plan: the standard's own `remediable: false` (being added to the standard schema) decides when
 * it is written; until every standard says so, a `deduction` item (points off per past occurrence: a
 * petition, a complaint, a reprimand) is taken as an incident that already happened and cannot be undone.
 */
import type { CompiledItem } from '../standard/compiled.js';

export function remediableInRound(item: Pick<CompiledItem, 'definition' | 'check'>): boolean {
  const declared = (item.definition as { remediable?: unknown }).remediable;
  if (typeof declared === 'boolean') return declared;
  return item.check.type !== 'deduction';
}
