/** A station's history as Markdown, and as self-contained HTML with a small SVG trend of the percent. */
import type { Locale } from '../i18n/messages.js';
import { formatPercent, joinList, local, msg, msgText } from '../report/labels.js';
import { htmlEscape as e } from '../report/html.js';
import { mdEscape } from '../report/markdown.js';
import { htmlPage } from '../report/page.js';
import type { HistoryRound, StationHistory } from './history.js';

function rows(h: StationHistory, L: Locale): { headings: string[]; rows: string[][] } {
  const c = (k: string) => msgText(`history-col-${k}`, L);
  const out = h.rounds.map((r) => [
    r.inspectedAt, r.ref + wasVersion(r, L), r.level ? local(r.label, L) || r.level : msg('rectify-no-level', L), formatPercent(r.percent),
    r.fixed.length ? `${r.fixed.length}：${joinList(r.fixed, L)}` : '0',
    r.newlyShort.length ? `${r.newlyShort.length}：${joinList(r.newlyShort, L)}` : '0',
    joinList(r.vetoes, L),
  ]);
  for (const i of h.incidents) out.push([i.on, msg('history-incident', L), '', '', '', '', joinList(i.vetoes.map((v) => `${v.item} ${local(v.message, L)}`), L)]);
  out.sort((a, b) => a[0].localeCompare(b[0]));
  return { headings: [c('date'), c('ref'), c('level'), c('percent'), c('fixed'), c('failed'), c('vetoes')], rows: out };
}

/** After a round's ref, the version the round before was scored on, when it changed: " (was 1.0.0)". */
function wasVersion(r: HistoryRound, L: Locale): string {
  const id = r.ref.slice(0, r.ref.lastIndexOf('@'));
  const before = r.versionChange?.from.find((f) => f.slice(0, f.lastIndexOf('@')) === id);
  return before ? msg('history-version-from', L, { version: before.slice(before.lastIndexOf('@') + 1) }) : '';
}

/**
 * The version changes between rounds, one block per round that changed: what changed, how its items
 * were matched (the crosswalks, or by id), what came under other ids, and what the new version dropped.
 */
function versionLines(h: StationHistory, L: Locale): string[] {
  const out: string[] = [];
  for (const r of h.rounds) {
    const c = r.versionChange;
    if (!c) continue;
    out.push(`- ${msg('history-version-change', L, { date: r.inspectedAt, from: c.from.join(', '), to: c.to.join(', ') })}`);
    if (c.crosswalks.length) out.push(`  - ${msg('history-matched-crosswalk', L, { crosswalks: joinList(c.crosswalks, L) })}`);
    if (c.unmatched.length) out.push(`  - ${msg('history-matched-id', L, { changes: joinList(c.unmatched, L) })}`);
    for (const t of r.through ?? []) out.push(`  - ${msg('history-through', L, { how: msgText(`history-how-${t.how}`, L), from: t.from.join(' + '), to: t.to.join(' + ') })}`);
    const dropped = r.dropped ?? [];
    const short = dropped.filter((d) => SHORT_STATES.has(d.before));
    if (short.length) out.push(`  - ${msg('history-dropped-short', L, { items: joinList(short.map((d) => (d.reason ? `${d.item}（${d.reason}）` : d.item)), L) })}`);
    if (dropped.length > short.length) out.push(`  - ${msg('history-dropped-passing', L, { count: dropped.length - short.length })}`);
  }
  return out;
}

const SHORT_STATES: ReadonlySet<string> = new Set(['fail', 'partial', 'unanswered']);

export function renderHistoryMarkdown(h: StationHistory, locale: Locale = 'zh-CN'): string {
  const L = locale;
  const t = rows(h, L);
  const line = (cells: string[]) => `| ${cells.map((x) => mdEscape(x)).join(' | ')} |`;
  const out = [`# ${mdEscape(msg('history-title', L, { station: `${h.station.name} (${h.station.id})` }))}`, '', line(t.headings), `|${t.headings.map(() => ' --- ').join('|')}|`, ...t.rows.map(line), ''];
  const ids = [...new Set(h.rounds.flatMap((r) => r.sections.map((s) => s.id)))];
  if (ids.length && h.rounds.length) {
    out.push(`## ${mdEscape(msg('history-sections', L))}`, '', line(['', ...h.rounds.map((r) => r.inspectedAt)]), `|${['', ...h.rounds].map(() => ' --- ').join('|')}|`);
    for (const id of ids) {
      const title = h.rounds.map((r) => r.sections.find((s) => s.id === id)?.title).find(Boolean);
      out.push(line([local(title ?? null, L) || id, ...h.rounds.map((r) => { const s = r.sections.find((x) => x.id === id); return s ? formatPercent(s.percent) : ''; })]));
    }
    out.push('');
  }
  const versions = versionLines(h, L);
  if (versions.length) out.push(`## ${mdEscape(msg('history-versions', L))}`, '', ...versions.map((x) => mdEscape(x)), '');
  return out.join('\n');
}

/** The trend of the percent over the rounds: a polyline on a 0–100 scale with each round's value. */
export function historyTrendSvg(h: StationHistory, L: Locale): string {
  const n = h.rounds.length;
  const W = 600, H = 200, pad = 30;
  const x = (i: number) => (n <= 1 ? W / 2 : pad + (i * (W - 2 * pad)) / (n - 1));
  const y = (p: number) => H - pad - (Math.max(0, Math.min(100, p)) * (H - 2 * pad)) / 100;
  const points = h.rounds.map((r, i) => `${x(i).toFixed(1)},${y(r.percent).toFixed(1)}`).join(' ');
  const grid = [0, 50, 100].map((p) => `<line x1="${pad}" x2="${W - pad}" y1="${y(p)}" y2="${y(p)}" stroke="#e5e7eb"/><text x="4" y="${y(p) + 4}" font-size="11" fill="#6b7280">${p}%</text>`).join('');
  const dots = h.rounds.map((r, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(r.percent).toFixed(1)}" r="4" fill="#1d4ed8"><title>${e(`${r.inspectedAt} ${formatPercent(r.percent)}`)}</title></circle><text x="${x(i).toFixed(1)}" y="${(y(r.percent) - 8).toFixed(1)}" font-size="11" text-anchor="middle">${e(formatPercent(r.percent))}</text><text x="${x(i).toFixed(1)}" y="${H - 8}" font-size="11" text-anchor="middle" fill="#6b7280">${e(r.inspectedAt)}</text>`).join('');
  return `<svg class="trend" viewBox="0 0 ${W} ${H}" role="img" aria-label="${e(msg('history-chart', L))}">${grid}<polyline fill="none" stroke="#1d4ed8" stroke-width="2" points="${points}"/>${dots}</svg>`;
}

const HISTORY_CSS = `
body { margin: 0; color: #1f2937; font: 14px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; } li.sub { margin-left: 1.5em; } svg.trend { width: 100%; max-width: 600px; height: auto; display: block; margin: .5em 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; } th, td { border: 1px solid #e5e7eb; padding: .3em .45em; text-align: left; vertical-align: top; overflow-wrap: anywhere; } th { background: #f8fafc; }
@page { size: A4; margin: 14mm 12mm; } @media print { main { max-width: none; padding: 0; } tr { break-inside: avoid; } }
`;

export function renderHistoryHtml(h: StationHistory, locale: Locale = 'zh-CN'): string {
  const L = locale;
  const t = rows(h, L);
  const title = msg('history-title', L, { station: `${h.station.name} (${h.station.id})` });
  const table = `<table><thead><tr>${t.headings.map((x) => `<th>${e(x)}</th>`).join('')}</tr></thead><tbody>${t.rows.map((r) => `<tr>${r.map((x) => `<td>${e(x)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const lines = versionLines(h, L);
  const versions = lines.length ? `\n<h2>${e(msg('history-versions', L))}</h2>\n<ul>${lines.map((x) => `<li${x.startsWith('  ') ? ' class="sub"' : ''}>${e(x.replace(/^\s*- /, ''))}</li>`).join('')}</ul>` : '';
  return htmlPage({ locale: L, title, css: HISTORY_CSS, body: `<h1>${e(title)}</h1>\n<figure>${historyTrendSvg(h, L)}</figure>\n${table}${versions}` });
}
