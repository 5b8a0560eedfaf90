/**
 * Labels and formats shared by every renderer, the form and the readers: states, station levels,
 * evidence kinds, methods, points, percents, answers and reasons in zh-CN or en. One place for each
 * so the renderers never disagree. All text comes from the message catalog or the standard itself.
 */
import { stationLevelNames, type Locale, type Params } from '../i18n/messages.js';
import { colon, EVIDENCE_KINDS, evidenceKindLabel, evidenceRequiredText, formatPercent, formatPoints, joinList, local, msg, msgText, paren } from '../i18n/format.js';
import { reconstructedParts, reconstructedSources, type Compiled, type CompiledItem, type ReconstructedPart } from '../standard/compiled.js';
import { checkTypeOf } from '../checks/registry.js';
import { answerValue, answerWords } from '../checks/text.js';
import type { Text, Check } from '../types/standard.js';
import type { Answer, Evidence } from '../types/inspection.js';
import type { ItemState, Reason } from '../types/evaluation.js';

export { colon, EVIDENCE_KINDS, evidenceKindLabel, evidenceRequiredText, formatPercent, formatPoints, joinList, local, msg, msgText, paren };
export { answerValue };

export { STATION_LEVELS } from '../i18n/station-levels.js';

export function stateLabel(state: ItemState, locale: Locale): string {
  return msg(`state-${state}`, locale);
}

export function stationLevelLabel(level: string, locale: Locale): string {
  return stationLevelNames[level]?.[locale] ?? level;
}

export function methodLabel(method: string | undefined, locale: Locale): string {
  return method ? msgText(`method-${method}`, locale) : '';
}

export function effortLabel(effort: string, locale: Locale): string {
  return msgText(`effort-${effort}`, locale);
}

/** `id@version`. */
export function refOf(x: { id: string; version: string }): string {
  return `${x.id}@${x.version}`;
}

/** The number of stars a level stands for, when its id or label says so ("5-star", "five", "五星"); else 0. */
export function starCount(levelId: string, label: Text | null): number {
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };
  for (const s of [levelId, label?.en ?? '', label?.['zh-CN'] ?? '']) {
    const digit = /([1-5])\s*[-_ ]?\s*(?:star|星)/i.exec(s) ?? /^(?:star[-_ ]?)?([1-5])$/i.exec(s);
    if (digit) return Number(digit[1]);
    const word = /(one|two|three|four|five|[一二三四五])\s*[-_ ]?\s*(?:star|星)/i.exec(s);
    if (word) return words[word[1].toLowerCase()];
  }
  return 0;
}

/**
 * The sentence every report and form carries when the standard, the scheme or any of its standards
 * is a reconstruction (provenance `reconstructed`), naming them; '' when none is.
 */
export function reconstructionNote(compiled: Compiled, locale: Locale): string {
  return reconstructionNoteOf(reconstructedSources(compiled), locale);
}

/** The reconstruction sentence for the titles of the reconstructed sources (an evaluation's `reconstructedSources`); '' for none. */
export function reconstructionNoteOf(titles: readonly Text[], locale: Locale): string {
  const quoted = titles.map((t) => (locale === 'en' ? `"${local(t, locale)}"` : `“${local(t, locale)}”`));
  return quoted.length ? msg('report-reconstructed', locale, { titles: joinList(quoted, locale) }) : '';
}

/**
 * "（重构：措辞、分值、尺度）" after an item's title when its `basis` marks parts of it as the project's
 * reconstruction (issue 12.1); '' when it has no basis or every part is sourced.
 */
export function basisNote(item: CompiledItem, locale: Locale): string {
  return basisNoteOf(reconstructedParts(item), locale);
}

/** The basis note for the reconstructed parts of an item (an evaluation item's `reconstructed`). */
export function basisNoteOf(parts: readonly ReconstructedPart[], locale: Locale): string {
  if (parts.length === 0) return '';
  return msg('basis-reconstructed', locale, { parts: joinList(parts.map((k) => msg(`basis-${k}`, locale)), locale) });
}

/**
 * What the parameters of a reason are worded with: the titles of items, sections and component
 * standards by id, and an item's check (for grade and requirement labels). A report takes them from
 * the evaluation (`namesOfEvaluation` in model.ts); a form or plan from the compiled standard.
 */
export interface ReasonNames {
  itemTitle(id: string): Text | undefined;
  /** Undefined when there is no such section (the id is shown). */
  sectionTitle(id: string): Text | undefined;
  /** Undefined when there is no such component standard (the id is shown). */
  componentTitle(id: string): Text | undefined;
  check(itemId: string): Check | undefined;
}

/** The names of a compiled standard or scheme. */
export function namesOfCompiled(compiled: Compiled): ReasonNames {
  const item = (id: string) => {
    const i = compiled.itemIndex.get(id);
    return i === undefined ? undefined : compiled.items[i];
  };
  return {
    itemTitle: (id) => item(id)?.title,
    sectionTitle: (id) => compiled.sections[compiled.sectionIndex.get(id) ?? -1]?.title,
    componentTitle: (id) => compiled.components[compiled.componentIndex.get(id) ?? -1]?.title,
    check: (id) => item(id)?.check,
  };
}

/** "m-org-1 有机构, m-org-2 场所": ids with their titles. */
function itemsWithTitles(names: ReasonNames, ids: string, locale: Locale): string {
  return joinList(ids.split(/,\s*/).filter(Boolean).map((id) => `${id} ${local(names.itemTitle(id), locale) || id}`), locale);
}

/** A title by id, or the id when there is nothing by that id. */
function titleOr(id: string, title: Text | undefined, locale: Locale): string {
  return title === undefined ? id : local(title, locale);
}

/**
 * A reason (item reason, level condition, warning) as text. Parameters that name things are turned
 * into words first: item ids get their titles, sections and standards their titles, evidence kinds
 * and grades their labels.
 */
export function reasonText(reason: Reason, locale: Locale, names?: ReasonNames, itemId?: string): string {
  const params: Params = { ...(reason.params ?? {}) };
  const check = names && itemId ? names.check(itemId) : undefined;
  if (typeof params.kind === 'string') params.kind = evidenceKindLabel(params.kind, locale);
  if (names) {
    if (typeof params.items === 'string') params.items = itemsWithTitles(names, params.items, locale);
    if (typeof params.item === 'string') params.item = `${params.item} ${local(names.itemTitle(params.item), locale) || params.item}`;
    if (typeof params.section === 'string') params.section = titleOr(params.section, names.sectionTitle(params.section), locale);
    if (typeof params.standard === 'string') params.standard = titleOr(params.standard, names.componentTitle(params.standard), locale);
  }
  if (typeof params.grade === 'string') params.grade = answerWordsOf(check, params.grade, locale);
  if (typeof params.missing === 'string') params.missing = answerWordsOf(check, params.missing.split(/,\s*/), locale);
  if (typeof params.fraction === 'number') params.fraction = formatPercent(params.fraction * 100);
  if (reason.code === 'invalid-answer' && typeof params.detail === 'string') params.detail = msgText(params.detail, locale, { allowed: '', min: '', max: '' }).replace(/[:：]\s*$/, '');
  return msgText(reason.code, locale, params);
}

/** "照片 2024-03-01 (IMG_01.jpg)、台账 2024-04-10 ×2": the evidence an answer carries, repeats counted. */
export function evidenceGivenText(evidence: readonly Evidence[] | undefined, locale: Locale): string {
  const counts = new Map<string, number>();
  for (const e of evidence ?? []) {
    const text = [evidenceKindLabel(e.kind, locale), e.date, e.ref ? `(${e.ref})` : ''].filter(Boolean).join(' ');
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return joinList([...counts].map(([text, n]) => (n > 1 ? `${text} ×${n}` : text)), locale);
}

/** An answer value in words: 是/否, a grade's label, a number with its unit, the requirements met (its check type says). */
export function answerText(value: Answer, item: CompiledItem | undefined, locale: Locale): string {
  return answerWordsOf(item?.check, value, locale);
}

/** An answer value in words, by the item's check (an evaluation item's `check`); plain words without one. */
export function answerWordsOf(check: Check | undefined, value: Answer, locale: Locale): string {
  return check ? checkTypeOf(check).formatAnswer(check, value, locale) : answerWords(value, locale);
}
