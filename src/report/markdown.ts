/**
 * Markdown: one report per station (details, rating and why, vetoes, sections, gap checklist, items),
 * or for several stations a summary table first and then each station. Everything a user wrote is
 * escaped, so a station name cannot inject markup.
 */
import type { Locale } from '../i18n/messages.js';
import { colon, formatPercent, formatPoints, msg, msgText, paren } from './labels.js';
import { buildReport, levelCounts, stationsCount, type ReportInput, type ReportModel, type ReportOptions } from './model.js';
import { SUMMARY_PERCENT_COLUMN, summaryTable, type Table } from './tables.js';
import type { Renderer } from './renderer.js';

/**
 * Escapes text for Markdown (and the HTML a Markdown viewer would pass through). Escaped text never
 * starts a line here, so only the characters that act mid-line need it.
 */
export function mdEscape(text: string | number): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

function table(t: Table): string[] {
  return [
    `| ${t.headings.map(mdEscape).join(' | ')} |`,
    `| ${t.headings.map(() => '---').join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map(mdEscape).join(' | ')} |`),
  ];
}

/** A text bar for a percentage: "██████░░░░". */
function bar(percent: number, width = 10): string {
  const full = Math.max(0, Math.min(width, Math.round((percent / 100) * width)));
  return '█'.repeat(full) + '░'.repeat(width - full);
}

const check = (ok: boolean) => (ok ? '✅' : '❌');

/** The gap plan as a Markdown checklist, in planned order. */
export function gapMarkdown(m: ReportModel): string[] {
  const L = m.locale;
  const lines: string[] = [];
  if (!m.gap.target) return [msg('report-gap-top', L)];
  if (!m.gap.reachable) {
    lines.push(mdEscape(msg('report-gap-unreachable', L, { level: m.gap.targetLabel })), '', ...m.gap.why.map((w) => `- ${mdEscape(w)}`));
    if (m.gap.steps.length) lines.push('');
  } else lines.push(mdEscape(msg('report-gap-target', L, { level: m.gap.targetLabel, count: m.gap.steps.length })), '');
  for (const s of m.gap.steps) {
    const what = msg('report-gap-step', L, { title: s.title, from: s.from, to: s.to, answer: s.answer });
    const evidence = s.evidence ? ` ${msg('report-gap-evidence', L, { evidence: s.evidence })}` : '';
    const gain = msg('report-gap-gain', L, { points: formatPoints(s.points), gain: formatPoints(s.gain) });
    lines.push(`${s.order}. [ ] ${mdEscape(what + evidence)} — **${mdEscape(gain)}** (${mdEscape(`${s.item}; ${msg('report-effort', L)} ${s.effort}; ${s.reason}`)})`);
  }
  return lines;
}

function stationMarkdown(m: ReportModel, h: string): string[] {
  const L = m.locale;
  const out: string[] = [];
  out.push(`${h} ${mdEscape(m.station.name)}${paren(mdEscape(m.station.id), L)}`, '');
  if (m.example) out.push(`> ${mdEscape(m.example)}`, '');
  if (m.reconstructed) out.push(`> ⚠️ ${mdEscape(m.reconstructed)}`, '');
  const details: [string, string][] = [
    [msg('report-station-level', L), m.station.level],
    [msg('report-region', L), m.station.region],
    [msg('report-inspected-at', L), m.inspectedAt],
    [msg('report-inspector', L), m.inspector],
    [msg(m.scheme ? 'report-scheme' : 'report-standard', L), `${m.standard.title}${paren(m.standard.ref, L)}`],
    [msg('report-hash', L), m.standard.hash],
    [msg('report-source-file', L), m.file],
  ];
  out.push(...table({ headings: [msg('report-station', L), `${m.station.name}`], rows: details.filter(([, v]) => v) }), '');

  out.push(`${h}# ${mdEscape(msg('report-rating', L))}${colon(L)}${mdEscape(m.rating.label)}${paren(formatPercent(m.score.percent), L)}`, '');
  for (const l of m.rating.levels) {
    out.push(`- ${check(l.met)} **${mdEscape(l.label)}** — ${msg(l.met ? 'report-level-met' : 'report-level-unmet', L)}`);
    for (const c of l.conditions) out.push(`  - ${check(c.holds)} ${mdEscape(c.text)}`);
  }
  out.push('');

  out.push(`${h}# ${mdEscape(msg('report-vetoes', L))}`, '');
  if (m.vetoes.length === 0) out.push(msg('report-no-vetoes', L));
  for (const v of m.vetoes) out.push(`- ❌ **${mdEscape(v.title)}**${paren(mdEscape(v.item), L)}${colon(L)}${mdEscape(v.message)}`);
  out.push('');

  out.push(`${h}# ${mdEscape(msg('report-score', L))}`, '');
  // A scheme's total is weighted: its raw points sum is not what the percent is taken of (issue 12.8).
  const total = m.components.length ? [`${msg('report-total', L)}${paren(msg('report-weighted', L), L)}`, formatPoints(m.score.percent), '100'] : [msg('report-total', L), formatPoints(m.score.points), formatPoints(m.score.max)];
  const rows: (string | number)[][] = [[...total, formatPercent(m.score.percent), bar(m.score.percent)]];
  for (const c of m.components) rows.push([`${c.title}${paren(`${msg('report-weight', L)} ${c.weight}`, L)}`, formatPoints(c.points), formatPoints(c.max), formatPercent(c.percent), bar(c.percent)]);
  for (const s of m.sections) rows.push([`${'· '.repeat(s.depth)}${s.title}`, formatPoints(s.points), formatPoints(s.max), s.max > 0 ? formatPercent(s.percent) : '—', s.max > 0 ? bar(s.percent) : '']);
  out.push(...table({ headings: [msg('report-section', L), msg('report-points', L), msg('report-max', L), msg('report-percent', L), ''], rows }));
  out.push('', `${msg('report-bonus', L)} ${formatPoints(m.score.bonus)} · ${msg('report-deductions', L)} ${formatPoints(m.score.deductions)}`, '');

  out.push(`${h}# ${mdEscape(msg('report-gap', L))}`, '', ...gapMarkdown(m), '');

  out.push(`${h}# ${mdEscape(msg('report-items', L))}`, '');
  out.push(...table({
    headings: ['report-section', 'report-item-id', 'report-item-title', 'report-item-state', 'report-points', 'report-max', 'report-reasons', 'form-answer', 'report-evidence'].map((c) => msgText(c, L)),
    rows: m.items.map((i) => [i.section, i.id, i.title + (i.veto ? ` [${msg('report-veto-item', L)}]` : '') + (i.bonus ? ` [${msg('report-bonus-item', L)}]` : ''), i.stateLabel, formatPoints(i.points), formatPoints(i.max), i.reasons.join(L === 'en' ? '; ' : '；'), i.answer, [i.evidenceGiven && `${msg('report-evidence-given', L)}: ${i.evidenceGiven}`, i.evidenceRequired && `${msg('report-evidence-required', L)}: ${i.evidenceRequired}`].filter(Boolean).join(' · ')]),
  }));
  out.push('');
  if (m.warnings.length) out.push(`${h}# ${mdEscape(msg('report-warnings', L))}`, '', ...m.warnings.map((w) => `- ${mdEscape(w)}`), '');
  return out;
}

/** Markdown for one station, or a combined document (summary first) for several. */
export function renderMarkdown(inputs: ReportInput | ReportInput[], options: ReportOptions = {}): string {
  const locale: Locale = options.locale ?? 'zh-CN';
  const list = Array.isArray(inputs) ? inputs : [inputs];
  const models = list.map((i) => buildReport(i, { locale }));
  const out: string[] = [`# ${msg('report-title', locale)}`, ''];
  if (models.length === 0) out.push(msg('report-empty', locale), '');
  else if (models.length === 1) out.push(...stationMarkdown(models[0], '##'));
  else {
    out.push(`## ${msg('report-summary', locale)}`, '', `${stationsCount(models, locale)}${colon(locale)}${levelCounts(models, locale).map(mdEscape).join(locale === 'en' ? '; ' : '；')}`, '');
    const summary = summaryTable(models, locale);
    summary.rows = summary.rows.map((r) => r.map((c, k) => (k === SUMMARY_PERCENT_COLUMN ? formatPercent(c as number) : c)));
    out.push(...table(summary), '');
    for (const m of models) out.push('---', '', ...stationMarkdown(m, '##'));
  }
  out.push(`*${msg('report-generated', locale)}*`, '');
  return out.join('\n');
}

export const markdownReport: Renderer<ReportInput[]> = { format: 'md', extension: '.md', mediaType: 'text/markdown', render: (inputs, o) => renderMarkdown(inputs, o) };
