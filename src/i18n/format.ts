/**
 * Small formatters every layer shares: a catalogue message, a `{zh-CN, en}` text in one language,
 * points and percents, lists. Pure, so the check types (the ground floor) and the renderers use the
 * same ones; `report/labels.ts` re-exports them for the renderers.
 */
import { formatMessage, type Locale, type Params } from './messages.js';

/** A message from the catalog. */
export function msg(code: string, locale: Locale, params?: Params): string {
  return formatMessage(code, params, locale);
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
