import { formatMessage, type Locale } from '../i18n/messages.js';
import type { Changed, Delta, FieldChange, StandardDiff } from '../standard/diff.js';
import type { Text } from '../types/standard.js';

function isText(v: unknown): v is Text {
  return !!v && typeof v === 'object' && typeof (v as Text)['zh-CN'] === 'string' && typeof (v as Text).en === 'string';
}

/** A value in one line: prose in the chosen language, everything else as compact JSON. */
function show(v: unknown, locale: Locale): string {
  if (v === null || v === undefined) return '—';
  if (isText(v)) return `“${v[locale]}”`;
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

function changeLines(changes: FieldChange[], locale: Locale, indent: string): string[] {
  return changes.map((c) => `${indent}${c.field}: ${show(c.from, locale)} → ${show(c.to, locale)}`);
}

/** The diff of two standards or schemes as text: `+` added, `−` removed, `~` changed, field by field. */
export function renderDiffText(d: StandardDiff, locale: Locale): string {
  const t = (code: string, params?: Record<string, string | number>) => formatMessage(code, params, locale);
  const lines = [t('diff-title', { a: `${d.from.id}@${d.from.version}`, b: `${d.to.id}@${d.to.version}` })];
  if (d.same) return lines.concat(t('diff-same')).join('\n') + '\n';
  if (d.fields.length) lines.push('', t('diff-fields'), ...changeLines(d.fields, locale, '  ~ '));
  const block = <E extends { id: string }>(code: string, delta: Delta<E>, describe: (e: E) => string) => {
    if (!delta.added.length && !delta.removed.length && !delta.changed.length) return;
    lines.push('', `${t(code)} (${t('diff-added')} ${delta.added.length} · ${t('diff-removed')} ${delta.removed.length} · ${t('diff-changed')} ${delta.changed.length})`);
    for (const e of delta.added) lines.push(`  + ${describe(e)}`);
    for (const e of delta.removed) lines.push(`  − ${describe(e)}`);
    for (const c of delta.changed as Changed[]) lines.push(`  ~ ${c.id}`, ...changeLines(c.changes, locale, '      '));
  };
  block('diff-components', d.components, (c) => `${c.id}@${c.version}  ${c.title[locale]}  (${formatMessage('report-weight', undefined, locale)} ${c.weight})`);
  block('diff-levels', d.levels, (l) => `${l.id}  ${l.label[locale]}  ≥ ${l.minPercent}%`);
  block('diff-sections', d.sections, (s) => `${s.id}  ${s.title[locale]}  [${s.component}${s.section ? ` / ${s.section}` : ''}]`);
  block('diff-items', d.items, (i) => `${i.id}  ${i.title[locale]}  (${i.points}, ${i.type})  [${i.component} / ${i.section}]`);
  for (const r of d.items.renamed ?? []) lines.push(`  ⇒ ${r.from} → ${r.to}  (${t('diff-renamed')})`, ...changeLines(r.changes, locale, '      '));
  lines.push('', t('diff-counts', { added: d.items.added.length, removed: d.items.removed.length, changed: d.items.changed.length }));
  return lines.join('\n') + '\n';
}
