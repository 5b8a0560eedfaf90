import { formatCode, formatMessage, type Locale, type MessageArgs, type MessageCode } from '../i18n/messages.js';
import type { Comparison, StationChange } from '../types/comparison.js';
import { htmlEscape as esc } from './html.js';
import { barChart, page } from './svg.js';
import type { Renderer } from './renderer.js';

/** Stations and items listed in text and HTML; JSON has them all. */
const LIST_LIMIT = 30;

function fmtDelta(d: number): string {
  return `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d)}`;
}

function levelName(c: Comparison, level: string | null, locale: Locale): string {
  return level === null ? formatMessage('summary-unrated', undefined, locale) : (c.levelNames.find((l) => l.id === level)?.label?.[locale] ?? level);
}

function stationLine(c: Comparison, s: StationChange, locale: Locale): string {
  return `${s.id}  ${s.name}  ${levelName(c, s.from.level, locale)} → ${levelName(c, s.to.level, locale)}  ${s.from.percent}% → ${s.to.percent}% (${fmtDelta(s.delta)})`;
}

/** The comparison as plain text: counts, stations that went down and up (their newly failed items first), items, score changes. */
export function renderComparisonText(c: Comparison, locale: Locale): string {
  const t = <C extends MessageCode>(code: C, ...[params]: MessageArgs<C>) => formatCode(code, params, locale);
  const lines: string[] = [t('compare-title'), `A: ${c.a.file} (${c.a.evaluations})`, `B: ${c.b.file} (${c.b.evaluations})`];
  if (c.a.standards.join() !== c.b.standards.join()) lines.push(t('compare-different-standards', { a: c.a.standards.join(', '), b: c.b.standards.join(', ') }));
  lines.push(t('compare-matched', { matched: c.matched, onlyA: c.onlyInA.length, onlyB: c.onlyInB.length }));
  lines.push(t('compare-levels', c.levels));
  lines.push(t('compare-score-summary', { ...c.score, mean: fmtDelta(c.score.meanDelta) }));
  const list = (title: string, rows: string[]) => {
    lines.push('', `${title} (${rows.length})`);
    if (rows.length === 0) lines.push(`  ${t('compare-none')}`);
    for (const r of rows.slice(0, LIST_LIMIT)) lines.push(`  ${r}`);
    if (rows.length > LIST_LIMIT) lines.push(`  ${t('compare-more', { count: rows.length - LIST_LIMIT })}`);
  };
  for (const [change, title] of [['down', 'compare-down'], ['up', 'compare-up']] as const) {
    const rows = c.stations.filter((s) => s.change === change).map((s) => {
      const parts = [stationLine(c, s, locale)];
      if (s.newlyFailed.length) parts.push(`    ${t('compare-newly-failed')}: ${s.newlyFailed.join(', ')}`);
      if (s.fixed.length) parts.push(`    ${t('compare-fixed')}: ${s.fixed.join(', ')}`);
      return parts.join('\n');
    });
    list(t(title), rows);
  }
  const stationsWord = (n: number) => t('compare-stations-count', { count: n });
  list(t('compare-newly-failed'), c.items.filter((i) => i.newlyFailed > 0).map((i) => `${i.id.padEnd(16)} ${stationsWord(i.newlyFailed)}`));
  list(t('compare-fixed'), [...c.items].filter((i) => i.fixed > 0).sort((x, y) => y.fixed - x.fixed || (x.id < y.id ? -1 : 1)).map((i) => `${i.id.padEnd(16)} ${stationsWord(i.fixed)}`));
  const changed = c.stations.filter((s) => s.delta !== 0).sort((x, y) => x.delta - y.delta || (x.id < y.id ? -1 : 1));
  list(t('compare-score-changes'), changed.map((s) => stationLine(c, s, locale)));
  return lines.join('\n') + '\n';
}

/** Score changes in bins of 5 percentage points, for the HTML chart. */
function deltaBins(c: Comparison): { label: string; value: number }[] {
  const bins = new Map<number, number>();
  for (const s of c.stations) {
    if (s.delta === 0) continue;
    const b = Math.max(-20, Math.min(15, Math.floor(s.delta / 5) * 5));
    bins.set(b, (bins.get(b) ?? 0) + 1);
  }
  const unchanged = c.matched - c.stations.filter((s) => s.delta !== 0).length;
  const out: { label: string; value: number }[] = [];
  for (let b = -20; b <= 15; b += 5) {
    out.push({ label: b === -20 ? '< −15' : b === 15 ? '≥ +15' : `${fmtDelta(b)} … ${fmtDelta(b + 5)}`, value: bins.get(b) ?? 0 });
    if (b === -5) out.push({ label: '0', value: unchanged });
  }
  return out;
}

/** The comparison as a self-contained HTML page with inline SVG charts. */
export function renderComparisonHtml(c: Comparison, locale: Locale): string {
  const t = <C extends MessageCode>(code: C, ...[params]: MessageArgs<C>) => esc(formatCode(code, params, locale));
  const title = formatMessage('compare-title', undefined, locale);
  const parts: string[] = [`<h1>${esc(title)}</h1>`, `<p>A: ${esc(c.a.file)} (${c.a.evaluations}) · B: ${esc(c.b.file)} (${c.b.evaluations})</p>`];
  if (c.a.standards.join() !== c.b.standards.join()) parts.push(`<p class="unmet">${t('compare-different-standards', { a: c.a.standards.join(', '), b: c.b.standards.join(', ') })}</p>`);
  parts.push(`<p>${t('compare-matched', { matched: c.matched, onlyA: c.onlyInA.length, onlyB: c.onlyInB.length })}<br>${t('compare-levels', c.levels)}<br>${t('compare-score-summary', { ...c.score, mean: fmtDelta(c.score.meanDelta) })}</p>`);

  const levelIds = [null, ...c.levelNames.map((l) => l.id)];
  const name = (l: string | null) => esc(levelName(c, l, locale));
  parts.push(`<h2>${t('summary-levels')}</h2><table><thead><tr><th>A \\ B</th>${levelIds.map((l) => `<th class="n">${name(l)}</th>`).join('')}</tr></thead><tbody>`);
  for (const from of levelIds) {
    parts.push(`<tr><th>${name(from)}</th>${levelIds.map((to) => `<td class="n">${c.transitions.find((x) => x.from === from && x.to === to)?.stations ?? 0}</td>`).join('')}</tr>`);
  }
  parts.push('</tbody></table>');

  const stationTable = (change: 'down' | 'up', code: string) => {
    const rows = c.stations.filter((s) => s.change === change);
    parts.push(`<h2>${esc(formatCode(code, undefined, locale))} (${rows.length})</h2>`);
    if (!rows.length) return parts.push(`<p>${t('compare-none')}</p>`);
    parts.push(`<table><thead><tr><th>${t('report-station-id')}</th><th>${t('report-station-name')}</th><th>A</th><th>B</th><th class="n">Δ</th><th>${t('compare-newly-failed')}</th><th>${t('compare-fixed')}</th></tr></thead><tbody>`);
    for (const s of rows.slice(0, LIST_LIMIT * 10)) {
      parts.push(`<tr><td>${esc(s.id)}</td><td>${esc(s.name)}</td><td>${name(s.from.level)} · ${s.from.percent}%</td><td>${name(s.to.level)} · ${s.to.percent}%</td><td class="n">${esc(fmtDelta(s.delta))}</td><td class="unmet">${esc(s.newlyFailed.join(', '))}</td><td class="met">${esc(s.fixed.join(', '))}</td></tr>`);
    }
    parts.push('</tbody></table>');
    if (rows.length > LIST_LIMIT * 10) parts.push(`<p>${t('compare-more', { count: rows.length - LIST_LIMIT * 10 })}</p>`);
  };
  stationTable('down', 'compare-down');
  stationTable('up', 'compare-up');

  const newly = c.items.filter((i) => i.newlyFailed > 0).slice(0, LIST_LIMIT);
  parts.push(`<h2>${t('compare-newly-failed')}</h2>`);
  parts.push(newly.length ? barChart(newly.map((i) => ({ label: i.id, value: i.newlyFailed, colour: '#c62828' })), { title: formatMessage('compare-newly-failed', undefined, locale) }) : `<p>${t('compare-none')}</p>`);
  const fixed = [...c.items].filter((i) => i.fixed > 0).sort((x, y) => y.fixed - x.fixed || (x.id < y.id ? -1 : 1)).slice(0, LIST_LIMIT);
  parts.push(`<h2>${t('compare-fixed')}</h2>`);
  parts.push(fixed.length ? barChart(fixed.map((i) => ({ label: i.id, value: i.fixed, colour: '#1a7f37' })), { title: formatMessage('compare-fixed', undefined, locale) }) : `<p>${t('compare-none')}</p>`);
  parts.push(`<h2>${t('compare-score-changes')}</h2>`);
  parts.push(barChart(deltaBins(c), { title: formatMessage('compare-score-changes', undefined, locale) }));
  parts.push(`<p class="muted">${t('summary-offline-note')}</p>`);
  return page(title, locale, parts.join('\n'));
}

export const textComparison: Renderer<Comparison> = { format: 'text', extension: '.txt', mediaType: 'text/plain', render: (c, o) => renderComparisonText(c, o.locale) };
export const htmlComparison: Renderer<Comparison> = { format: 'html', extension: '.html', mediaType: 'text/html', render: (c, o) => renderComparisonHtml(c, o.locale) };
