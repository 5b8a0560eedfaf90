import { problemOfCode, VsrError } from '../i18n/problem.js';
import { formatMessage, localText, type LocalText, type Params } from '../i18n/messages.js';

/**
 * A target a bureau sets for a region: at least `minPercent` % of its stations at `level` or above.
 * `level` is a level id of the scheme, `any` (the lowest level: "has a star") or `top` (the highest).
 */
export interface Target {
  id: string;
  label?: LocalText;
  level: string;
  minPercent: number;
}

/** Guangdong's 2020 city targets: at least 60 % of stations starred, at least 30 % at the top level. */
export const DEFAULT_TARGETS: readonly Target[] = [
  { id: 'starred', level: 'any', minPercent: 60 },
  { id: 'top-level', level: 'top', minPercent: 30 },
];

/** Index of the lowest level a target counts (stations at it or above), or -1 when the levels lack it. */
export function targetLevelIndex(target: Target, levelIds: readonly string[]): number {
  if (levelIds.length === 0) return -1;
  if (target.level === 'any') return 0;
  if (target.level === 'top') return levelIds.length - 1;
  return levelIds.indexOf(target.level);
}

/** The label of a target: its own, or one made from the level it counts. */
export function targetLabel(target: Target, levels: readonly { id: string; label: LocalText }[]): LocalText {
  if (target.label) return target.label;
  if (target.level === 'any') return localText('target-any-level');
  const i = targetLevelIndex(target, levels.map((l) => l.id));
  const level = levels[i];
  if (!level) return { 'zh-CN': target.id, en: target.id };
  const code = i === levels.length - 1 ? 'target-top-level' : 'target-at-least';
  return { 'zh-CN': formatMessage(code, { label: level.label['zh-CN'] }, 'zh-CN'), en: formatMessage(code, { label: level.label.en }, 'en') };
}

function isText(v: unknown): v is LocalText {
  return !!v && typeof v === 'object' && typeof (v as LocalText)['zh-CN'] === 'string' && typeof (v as LocalText).en === 'string';
}

/**
 * Reads targets from a YAML or JSON file: `{ targets: [{ id, level, minPercent, label? }] }` (or the
 * bare list). Throws VsrError naming the file and the entry at fault.
 */
export async function loadTargets(file: string): Promise<Target[]> {
  // the YAML reader loads here, not with the summary code every batch worker runs (issue 13.1)
  const { readSource } = await import('../standard/document.js');
  const { doc, problems } = await readSource(file);
  if (!doc) throw new VsrError(problems);
  const data = doc.data as { targets?: unknown } | unknown[];
  const list = Array.isArray(data) ? data : (data as { targets?: unknown })?.targets;
  const base = Array.isArray(data) ? '' : '/targets';
  const fail = (code: string, pointer: string, params?: Params) => new VsrError([problemOfCode(code, pointer, params, { file, ...doc.locate(pointer) })]);
  if (!Array.isArray(list) || list.length === 0) throw fail('targets-not-list', base);
  const seen = new Set<string>();
  return list.map((t, i) => {
    const at = `${base}/${i}`;
    if (!t || typeof t !== 'object' || Array.isArray(t)) throw fail('targets-entry', at);
    const { id, level, minPercent, label, ...rest } = t as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length) throw fail('schema-additional', `${at}/${extra[0]}`, { property: extra[0] });
    if (typeof id !== 'string' || id === '' || seen.has(id)) throw fail('targets-id', `${at}/id`);
    seen.add(id);
    if (typeof level !== 'string' || level === '') throw fail('targets-level', `${at}/level`);
    if (typeof minPercent !== 'number' || !(minPercent >= 0 && minPercent <= 100)) throw fail('targets-min-percent', `${at}/minPercent`);
    if (label !== undefined && !isText(label)) throw fail('targets-label', `${at}/label`);
    return { id, level, minPercent, ...(label ? { label } : {}) };
  });
}
