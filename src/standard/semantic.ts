import type { Section, Standard } from '../types/standard.js';
import type { ResolvedScheme } from './resolve.js';
import { problem, problemOfCode, toHundredths, type Problem } from '../i18n/problem.js';
import { checkTypes } from '../checks/registry.js';
import { isMultipleOf } from './schema-validate.js';
import { checkShared } from './shared.js';

type ItemAt = { item: NonNullable<Section['items']>[number]; pointer: string; section: Section };

/** Every item of a standard with its JSON pointer, in document order. */
export function* walkItems(std: Standard): Generator<ItemAt> {
  function* walk(list: Section[], at: string): Generator<ItemAt> {
    for (let s = 0; s < list.length; s++) {
      const section = list[s];
      const items = section.items ?? [];
      for (let i = 0; i < items.length; i++) yield { item: items[i], pointer: `${at}/${s}/items/${i}`, section };
      yield* walk(section.sections ?? [], `${at}/${s}/sections`);
    }
  }
  yield* walk(std.sections ?? [], '/sections');
}

function sourceIds(std: Standard): Set<string> {
  return new Set([...(std.sources ?? []), ...(std.provenance?.sources ?? [])].map((s) => s.id));
}

/**
 * Checks a complete (resolved) standard beyond its JSON Schema: unique ids, point sums, bonus cap,
 * check definitions, cited sources. Returns problems with JSON pointers.
 */
export function checkStandard(std: Standard): Problem[] {
  const problems: Problem[] = [];
  if (std.extends) return problems; // an overlay is checked once resolved
  if (std.overlay) problems.push(problem('overlay-without-extends', '/overlay'));
  if (!std.sections?.length) problems.push(problem('no-sections', '/sections'));
  if (std.supersedes && std.supersedes === `${std.id}@${std.version}`) problems.push(problem('supersedes-self', '/supersedes'));
  const seen = new Map<string, string>();
  const unique = (id: string, pointer: string) => {
    const first = seen.get(id);
    if (first !== undefined) problems.push(problem('duplicate-id', `${pointer}/id`, { id, first }));
    else seen.set(id, pointer);
  };
  const sources = sourceIds(std);
  let hasBonus = false;

  const sectionSum = (section: Section, at: string): number => {
    unique(section.id, at);
    let sum = 0;
    (section.sections ?? []).forEach((sub, i) => (sum += sectionSum(sub, `${at}/sections/${i}`)));
    (section.items ?? []).forEach((item, i) => {
      const pointer = `${at}/items/${i}`;
      unique(item.id, pointer);
      const max = toHundredths(item.points);
      if (!isMultipleOf(item.points, 0.01)) problems.push(problem('bad-points-precision', `${pointer}/points`, { value: item.points }));
      const type = checkTypes[item.check.type];
      if (!type) {
        problems.push(problem('unknown-check-type', `${pointer}/check/type`, { type: item.check.type, known: Object.keys(checkTypes).join(', ') }));
      } else {
        for (const p of type.lint(item.check, max)) problems.push(problemOfCode(p.code, `${pointer}/check${p.at}`, p.params));
      }
      if (item.bonus) {
        hasBonus = true;
        if (item.veto) problems.push(problem('bonus-veto', `${pointer}/veto`, { id: item.id }));
      } else sum += max;
      (item.sources ?? []).forEach((src, k) => sources.has(src) || problems.push(problem('unknown-source', `${pointer}/sources/${k}`, { id: src })));
    });
    if (section.points !== undefined && toHundredths(section.points) !== sum) {
      problems.push(problem('section-points-mismatch', `${at}/points`, { id: section.id, declared: section.points, actual: sum / 100 }));
    }
    return sum;
  };
  let total = 0;
  (std.sections ?? []).forEach((s, i) => (total += sectionSum(s, `/sections/${i}`)));
  if (std.totalPoints !== undefined && toHundredths(std.totalPoints) !== total) {
    problems.push(problem('total-points-mismatch', '/totalPoints', { declared: std.totalPoints, actual: total / 100 }));
  }
  if (hasBonus && std.bonusCap === undefined) problems.push(problem('bonus-cap-missing', '/bonusCap'));
  return problems;
}

/** Every section id of a standard. */
function sectionIds(std: Standard, into = new Set<string>()): Set<string> {
  const walk = (list: Section[]) => list.forEach((s) => (into.add(s.id), walk(s.sections ?? [])));
  walk(std.sections ?? []);
  return into;
}

/**
 * Checks a rating scheme against its (resolved) component standards: item ids unique across them,
 * weights, level order, and that every condition names something that exists.
 */
export function checkScheme(scheme: ResolvedScheme, components: Standard[]): Problem[] {
  const problems: Problem[] = [];
  if (!scheme.components.some((c) => c.weight > 0)) problems.push(problem('scheme-weights-zero', '/components'));
  const owner = new Map<string, string>();
  components.forEach((std, c) => {
    for (const { item } of walkItems(std)) {
      const other = owner.get(item.id);
      if (other) problems.push(problem('scheme-duplicate-item', `/components/${c}/standard`, { id: item.id, a: other, b: std.id }));
      else owner.set(item.id, std.id);
    }
  });
  const sections = new Set<string>();
  const sectionOwner = new Map<string, string>();
  components.forEach((std, c) => {
    for (const id of sectionIds(std)) {
      const other = sectionOwner.get(id);
      if (other) problems.push(problem('scheme-duplicate-section', `/components/${c}/standard`, { id, a: other, b: std.id }));
      else sectionOwner.set(id, std.id);
      sections.add(id);
    }
  });
  const byId = new Map(components.map((std) => [std.id, std]));
  const firstLevel = new Map<string, number>();
  scheme.levels.forEach((level, l) => {
    const first = firstLevel.get(level.id);
    if (first !== undefined) problems.push(problem('scheme-level-duplicate', `/levels/${l}/id`, { id: level.id, first: first + 1 }));
    else firstLevel.set(level.id, l);
    if (l > 0 && level.minPercent < scheme.levels[l - 1].minPercent) problems.push(problem('scheme-level-order', `/levels/${l}/minPercent`, { id: level.id }));
    (level.requires ?? []).forEach((cond, k) => {
      const at = `/levels/${l}/requires/${k}`;
      if ('itemsPassed' in cond) {
        cond.itemsPassed.forEach((id, j) => owner.has(id) || problems.push(problem('scheme-unknown-item', `${at}/itemsPassed/${j}`, { id })));
      } else if ('section' in cond) {
        if (!sections.has(cond.section)) problems.push(problem('scheme-unknown-section', `${at}/section`, { id: cond.section }));
      } else if ('standardMet' in cond) {
        const std = byId.get(cond.standardMet);
        if (!std) problems.push(problem('scheme-unknown-standard', `${at}/standardMet`, { id: cond.standardMet }));
        else if (cond.minPercent === undefined && std.passMark === undefined) problems.push(problem('scheme-no-passmark', at, { id: std.id }));
      }
    });
  });
  problems.push(...checkShared(scheme, components));
  return problems;
}
