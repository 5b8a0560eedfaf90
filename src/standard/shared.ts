/**
 * The item bank of a rating scheme (`shared` in the scheme): items of different components that ask
 * the same question are answered once, on the item named `answer`, and each linked item takes that
 * answer and is scored by its own component's rule. An inspection that answers a linked item itself
 * keeps its own answer. Pure.
 */
import { problem, type Problem } from '../i18n/problem.js';
import type { Inspection } from '../types/inspection.js';
import type { Check, RatingScheme, Standard } from '../types/standard.js';
import type { Compiled } from './compiled.js';
import { walkItems } from './semantic.js';
import { checkTypes } from '../checks/registry.js';

const linksCache = new WeakMap<Compiled, ReadonlyMap<string, string>>();

/** Linked item → the item whose answer it takes (worked out once per compiled standard). */
export function sharedLinks(compiled: Compiled): ReadonlyMap<string, string> {
  let links = linksCache.get(compiled);
  if (!links) {
    const made = new Map<string, string>();
    for (const q of compiled.scheme?.shared ?? []) {
      const answer = q.answer ?? q.items[0];
      for (const id of q.items) if (id !== answer) made.set(id, answer);
    }
    linksCache.set(compiled, (links = made));
  }
  return links;
}

/** The inspection with each unanswered linked item given the answer of the item it is linked to. */
export function withSharedAnswers(compiled: Compiled, inspection: Inspection): Inspection {
  const links = sharedLinks(compiled);
  if (!links.size) return inspection;
  let answers: Inspection['answers'] | null = null;
  for (const [linked, answer] of links) {
    if (inspection.answers[linked] !== undefined || inspection.answers[answer] === undefined) continue;
    answers ??= { ...inspection.answers };
    answers[linked] = inspection.answers[answer];
  }
  return answers ? { ...inspection, answers } : inspection;
}

/** What an answer to a check can be: two checks with the same shape take the same answers. */
function answerShape(check: Check): string {
  return checkTypes[check.type]?.answerShape?.(check) ?? check.type;
}

/** Checks a scheme's `shared` links: known items, an `answer` among them, checks that take the same answers. */
export function checkShared(scheme: RatingScheme, components: Standard[]): Problem[] {
  const problems: Problem[] = [];
  const checks = new Map<string, Check>();
  for (const std of components) for (const { item } of walkItems(std)) checks.set(item.id, item.check);
  const linked = new Set<string>();
  (scheme.shared ?? []).forEach((q, i) => {
    const at = `/shared/${i}`;
    q.items.forEach((id, k) => {
      if (!checks.has(id)) problems.push(problem('scheme-unknown-item', `${at}/items/${k}`, { id }));
      if (linked.has(id)) problems.push(problem('scheme-shared-twice', `${at}/items/${k}`, { id }));
      linked.add(id);
    });
    const answer = q.answer ?? q.items[0];
    if (!q.items.includes(answer)) problems.push(problem('scheme-shared-answer', `${at}/answer`, { id: answer }));
    const shapes = new Set(q.items.filter((id) => checks.has(id)).map((id) => answerShape(checks.get(id)!)));
    if (shapes.size > 1) problems.push(problem('scheme-shared-mismatch', `${at}/items`, { items: q.items.join(', ') }));
  });
  return problems;
}
