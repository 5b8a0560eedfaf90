/** The due list (`vsr due`) as Markdown: a count line, then each region's stations that need attention. */
import type { Locale } from '../i18n/messages.js';
import type { Renderer } from './renderer.js';
import { joinList, local, msg } from './labels.js';
import { mdEscape } from './markdown.js';
import type { DueReport, DueStation } from '../lifecycle/due.js';

function levelName(level: string | null, label: { 'zh-CN': string; en: string } | null, locale: Locale): string {
  return level ? local(label, locale) || level : '';
}

function standingLine(s: DueStation, L: Locale): string {
  const st = s.standing;
  if (!st) return '';
  if (st.state === 'withdrawn' && st.withdrawn) {
    const w = st.withdrawn;
    return msg('due-withdrawn', L, { date: w.on, level: levelName(w.level, w.label, L), reasons: joinList(w.vetoes.map((v) => `${v.item} ${local(v.message, L)}`), L) });
  }
  const a = st.awarded;
  if (!a || !a.validUntil) return '';
  const level = levelName(a.level, a.label, L);
  if (st.state === 'lapsed') return msg('due-lapsed', L, { level, date: a.validUntil, days: -(st.daysLeft ?? 0) });
  if (st.state === 'expiring') return msg('due-expiring', L, { level, date: a.validUntil, days: st.daysLeft ?? 0 });
  return msg('due-current', L, { level, date: a.validUntil });
}

export function renderDueMarkdown(report: DueReport, locale: Locale = 'zh-CN'): string {
  const L = locale;
  const out = [`# ${mdEscape(msg('due-title', L, { on: report.on }))}`, '', mdEscape(msg('due-counts', L, report.counts)), ''];
  if (!report.regions.length) out.push(msg('due-none', L), '');
  for (const region of report.regions) {
    out.push(`## ${mdEscape(region.region.length ? region.region.join(' / ') : msg('due-no-region', L))}`, '');
    for (const s of region.stations) {
      const line = standingLine(s, L);
      out.push(`- **${mdEscape(s.station.name)}** (${mdEscape(s.station.id)})${line ? `: ${mdEscape(line)}` : ''}`);
      if (s.overdue.length) {
        out.push(`  - ${mdEscape(msg('due-overdue', L, { count: s.overdue.length }))}`);
        for (const o of s.overdue) out.push(`    - ${mdEscape(msg('due-overdue-item', L, { item: o.entry.item, title: local(o.entry.title, L), due: o.entry.due, days: o.daysOverdue, owner: o.entry.owner }))}`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}

export const dueMarkdown: Renderer<DueReport> = { format: 'md', extension: '.md', mediaType: 'text/markdown', render: (report, o) => renderDueMarkdown(report, o.locale) };
