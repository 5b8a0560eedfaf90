/**
 * Whether an item can be fixed within the round. One place, so the rule can change without touching
 * the plan: the standard's own `remediable` decides when it is written (shipped items that record what
 * already happened say `remediable: false`); otherwise its check type does (a `deduction` item, points
 * off per past occurrence: a petition, a complaint, a reprimand, is taken as something that cannot be undone).
 */
import type { CompiledItem } from '../standard/compiled.js';
import { checkTypeOf } from '../checks/registry.js';

export function remediableInRound(item: Pick<CompiledItem, 'definition' | 'check'>): boolean {
  const declared = item.definition.remediable;
  if (typeof declared === 'boolean') return declared;
  return checkTypeOf(item.check).remediable ?? true;
}
