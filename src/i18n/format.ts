/**
 * Small formatters every layer shares: a catalogue message, a `{zh-CN, en}` text in one language,
 * points and percents, lists. Pure, so the check types (the ground floor) and the renderers use the
 * same ones; `report/labels.ts` re-exports them for the renderers.
 */
import { formatCode, type Locale, type MessageArgs, type MessageCode, type Params } from './messages.js';
import type { EvidenceRequirement } from '../types/standard.js';

/** A catalogue message in one language, its parameters checked against its placeholders. */
export function msg<C extends MessageCode>(code: C, locale: Locale, ...[params]: MessageArgs<C>): string {
  return formatCode(code, params, locale);
}

/** A message whose code is built at run time (`effort-${effort}`, a stored reason's code): not checked by the compiler; prefer `msg`. */
export function msgText(code: string, locale: Locale, params?: Params): string {
  return formatCode(code, params, locale);
}

/** A `{zh-CN, en}` text in one language (falling back to the other when one is empty). */
export function local(text: { 'zh-CN': string; en: string } | null | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] || text[locale === 'en' ? 'zh-CN' : 'en'] || '';
}

/** Points as written in a standard: at most two decimals, no trailing zeros ("4", "0.5", "3.25"). */
export function formatPoints(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export function formatPercent(n: number): string {
  return `${formatPoints(n)}%`;
}

/** A list joined the way each language writes lists. */
export function joinList(parts: string[], locale: Locale): string {
  return parts.join(locale === 'en' ? ', ' : '、');
}

/** "（x）" in Chinese, " (x)" in English. */
export function paren(text: string, locale: Locale): string {
  return locale === 'en' ? ` (${text})` : `（${text}）`;
}

/** The kinds of evidence the catalogue has words for. */
export const EVIDENCE_KINDS = ['photo', 'document', 'ledger', 'interview', 'record', 'video', 'certificate'] as const;

/** An evidence kind in words (a kind the catalogue lacks is shown as it is). */
export function evidenceKindLabel(kind: string, locale: Locale): string {
  return (EVIDENCE_KINDS as readonly string[]).includes(kind) ? msgText(`evidence-kind-${kind}`, locale) : kind;
}

/** "：" in Chinese, ": " in English. */
export function colon(locale: Locale): string {
  return locale === 'en' ? ': ' : '：';
}

/** "照片 1 份（365 天内）、文件 2 份": what evidence an item asks for. */
export function evidenceRequiredText(required: readonly EvidenceRequirement[], locale: Locale): string {
  return joinList(required.map((r) => {
    const what = msg('evidence-need', locale, { kind: evidenceKindLabel(r.kind, locale), min: r.min ?? 1 });
    const fresh = r.maxAgeDays !== undefined ? msg('evidence-fresh', locale, { days: r.maxAgeDays }) : '';
    const desc = r.description ? `${colon(locale)}${local(r.description, locale)}` : '';
    return `${what}${fresh}${desc}`;
  }), locale);
}
