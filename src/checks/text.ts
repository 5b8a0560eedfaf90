/**
 * Text helpers the check types share to read and write answers: normalising what people type, finding
 * a choice (grade or requirement) by id or label, reading a number, and an answer in words.
 */
import type { Locale } from '../i18n/messages.js';
import { formatPoints, joinList, msg } from '../i18n/format.js';
import type { Answer, AnswerEntry } from '../types/inspection.js';

/** Case, width and spacing folded: "Ｙｅｓ " and "yes" compare equal. */
export function normalise(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s*:：_]+/g, '');
}

/** A number as typed, with an optional percent sign ("85", "85%", "８５％"), or null. */
export function numberValue(s: string): number | null {
  const t = s.normalize('NFKC').replace(/[%％\s]/g, '');
  return t !== '' && /^[-+]?\d*\.?\d+(?:e[-+]?\d+)?$/i.test(t) ? Number(t) : null;
}

/** A cell read as a number when it holds one; else its text (the validator explains). */
export function numericCell(text: string, cell: string | number): Answer {
  return typeof cell === 'number' ? cell : (numberValue(text) ?? text);
}

/** A choice (grade or requirement) by id, label in either language, or "id label". */
export function choiceId(s: string, choices: { id: string; label?: { 'zh-CN': string; en: string } }[]): string {
  const n = normalise(s);
  for (const c of choices) if (normalise(c.id) === n) return c.id;
  for (const c of choices) if (c.label && (normalise(c.label['zh-CN']) === n || normalise(c.label.en) === n)) return c.id;
  const first = s.split(/[\s（(]/)[0];
  for (const c of choices) if (c.id === first) return c.id;
  const inParens = /[（(]([^（()）]+)[)）]\s*$/.exec(s);
  if (inParens) for (const c of choices) if (c.id === inParens[1].trim()) return c.id;
  return s;
}

/**
 * An answer in words whatever its shape: 是/否 for a boolean, the choices' labels for a list (无 when
 * empty), `number` for a number, `label` for a string. Check types pass their own labels and units.
 */
export function answerWords(value: Answer, locale: Locale, label: (id: string) => string = (id) => id, number: (n: number) => string = formatPoints): string {
  if (typeof value === 'boolean') return msg(value ? 'answer-yes' : 'answer-no', locale);
  if (Array.isArray(value)) return value.length ? joinList(value.map(label), locale) : msg('answer-none', locale);
  if (typeof value === 'number') return number(value);
  return label(value);
}

/** The value of an answer entry. */
export function answerValue(entry: AnswerEntry): Answer {
  return typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? entry.value : entry;
}
