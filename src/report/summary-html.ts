import { formatCode, formatMessage, type Locale, type MessageArgs, type MessageCode } from '../i18n/messages.js';
import type { BatchSummary, RegionRow, SummaryGroup } from '../types/batch-summary.js';
import { htmlEscape as esc } from './html.js';
import { barChart, levelColour, page, stackedBars, UNRATED_COLOUR } from './svg.js';
import type { Renderer } from './renderer.js';

/** Regions deeper than this (towns) are left out of the HTML tables; the JSON and CSV have them all. */
const HTML_REGION_DEPTH = 3;
const TOP_ITEMS = 20;
const MAX_CHART_ROWS = 40;

function m<C extends MessageCode>(code: C, locale: Locale, ...[params]: MessageArgs<C>): string {
  return esc(formatCode(code, params, locale));
}

function regionName(row: RegionRow, locale: Locale): string {
  return row.depth === 0 ? formatMessage('summary-region-all', undefined, locale) : row.path[row.path.length - 1];
}

function targetCells(group: SummaryGroup, row: RegionRow, locale: Locale): string {
  return row.targets.map((t) => {
    const cls = t.met ? 'met' : 'unmet';
    const word = formatMessage(t.met ? 'summary-target-met' : 'summary-target-unmet', undefined, locale);
    return `<td class="n ${cls}">${esc(t.share)}% · ${esc(word)}</td>`;
  }).join('');
}

function regionTable(group: SummaryGroup, locale: Locale): string {
  const head = [
    `<th>${m('summary-region', locale)}</th>`,
    `<th class="n">${m('summary-stations', locale)}</th>`,
    `<th class="n">${m('summary-average', locale)}</th>`,
    ...group.levels.map((l) => `<th class="n">${esc(l.label[locale])}</th>`),
    `<th class="n">${m('summary-unrated', locale)}</th>`,
    ...group.targets.map((t) => `<th class="n">${esc(t.label[locale])} ≥ ${esc(t.minPercent)}%</th>`),
  ].join('');
  const rows = [group.total, ...group.regions.filter((r) => r.depth <= HTML_REGION_DEPTH)].map((r) => {
    const name = `${'&nbsp;&nbsp;&nbsp;'.repeat(r.depth > 0 ? r.depth - 1 : 0)}${esc(regionName(r, locale))}`;
    return `<tr><td>${r.depth === 0 ? `<b>${name}</b>` : name}</td><td class="n">${r.stations}</td><td class="n">${esc(r.averagePercent)}%</td>`
      + group.levels.map((l) => `<td class="n">${r.levels[l.id]}</td>`).join('')
      + `<td class="n">${r.unrated}</td>${targetCells(group, r, locale)}</tr>`;
  });
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** The shallowest region level with more than one region (the natural rows of a chart), at most 3. */
function chartDepth(group: SummaryGroup): number {
  for (let d = 1; d <= HTML_REGION_DEPTH; d++) if (group.regions.filter((r) => r.depth === d).length > 1) return d;
  return 1;
}

function groupSection(group: SummaryGroup, locale: Locale): string {
  const parts: string[] = [];
  const total = group.total;
  parts.push(`<h2>${esc(group.title[locale])} <span class="muted">(${esc(`${group.id}@${group.version}`)})</span></h2>`);
  parts.push(`<p>${m('summary-stations', locale)}: <b>${total.stations}</b> · ${m('summary-average', locale)}: <b>${esc(total.averagePercent)}%</b></p>`);

  const legend = [...group.levels.map((l, i) => ({ label: l.label[locale], colour: levelColour(i) })), { label: formatMessage('summary-unrated', undefined, locale), colour: UNRATED_COLOUR }];
  parts.push(`<h3>${m('summary-levels', locale)}</h3>`);
  parts.push(barChart(
    [...group.levels.map((l, i) => ({ label: l.label[locale], value: total.levels[l.id], colour: levelColour(i) })), { label: legend[legend.length - 1].label, value: total.unrated, colour: UNRATED_COLOUR }]
      .map((b) => ({ ...b, note: `${b.value} (${total.stations ? Math.round((b.value * 1000) / total.stations) / 10 : 0}%)` })),
    { title: formatMessage('summary-levels', undefined, locale) },
  ));

  if (group.targets.length) {
    parts.push(`<h3>${m('summary-targets', locale)}</h3><ul>`);
    for (const [k, t] of group.targets.entries()) {
      const mine = total.targets[k];
      parts.push(`<li>${esc(t.label[locale])}: <span class="${mine.met ? 'met' : 'unmet'}">${m('summary-target-share', locale, { share: mine.share, min: t.minPercent })} — ${m(mine.met ? 'summary-target-met' : 'summary-target-unmet', locale)}</span></li>`);
    }
    parts.push('</ul>');
  }

  parts.push(`<h3>${m('summary-by-region', locale)}</h3>`);
  const depth = chartDepth(group);
  const chartRows = group.regions.filter((r) => r.depth === depth).slice(0, MAX_CHART_ROWS);
  if (chartRows.length) {
    parts.push(stackedBars(
      chartRows.map((r) => ({ label: r.path.slice(depth > 1 ? 1 : 0).join(' / '), parts: [...group.levels.map((l) => r.levels[l.id]), r.unrated] })),
      legend,
      { title: formatMessage('summary-by-region', undefined, locale) },
    ));
  }
  parts.push(regionTable(group, locale));

  const failed = group.items.filter((i) => i.failed > 0).slice(0, TOP_ITEMS);
  parts.push(`<h3>${m('summary-failed-items', locale)}</h3>`);
  if (failed.length) {
    parts.push(barChart(failed.map((i) => ({ label: i.id, value: i.failRate, note: `${i.failRate}% (${i.failed}/${i.assessed})`, colour: '#c62828' })), { max: 100, title: formatMessage('summary-failed-items', undefined, locale) }));
    parts.push(`<table><thead><tr><th>${m('report-item-id', locale)}</th><th>${m('report-item-title', locale)}</th><th class="n">${m('summary-assessed', locale)}</th><th class="n">${m('summary-failed', locale)}</th><th class="n">${m('summary-partial', locale)}</th><th class="n">${m('summary-fail-rate', locale)}</th></tr></thead><tbody>`);
    for (const i of failed) parts.push(`<tr><td>${esc(i.id)}</td><td>${esc(i.title[locale])}</td><td class="n">${i.assessed}</td><td class="n">${i.failed}</td><td class="n">${i.partial}</td><td class="n">${esc(i.failRate)}%</td></tr>`);
    parts.push('</tbody></table>');
  } else parts.push(`<p>${m('compare-none', locale)}</p>`);

  parts.push(`<h3>${m('summary-sections', locale)}</h3>`);
  const sections = group.sections.filter((s) => s.stations > 0);
  for (const component of [...new Set(sections.map((s) => s.component))]) {
    const mine = sections.filter((s) => s.component === component);
    const c = group.components.find((x) => x.id === component)!;
    if (group.kind === 'scheme') parts.push(`<h4>${esc(c.title[locale])} <span class="muted">(${esc(`${c.id}@${c.version}`)})</span></h4>`);
    parts.push(barChart(mine.map((s) => ({ label: `${'  '.repeat(s.depth)}${s.title[locale]}`, value: s.averagePercent, note: `${s.averagePercent}%` })), { max: 100, title: formatMessage('summary-sections', undefined, locale) }));
  }
  return parts.join('\n');
}

/** The summary as one self-contained HTML page with inline SVG charts. */
export function renderSummaryHtml(summary: BatchSummary, locale: Locale): string {
  const title = formatMessage('summary-title', undefined, locale);
  const r = summary.records;
  const body = [
    `<h1>${esc(title)}</h1>`,
    `<p>${m('summary-records', locale, { total: r.total, good: r.good, bad: r.bad })}</p>`,
    ...summary.groups.map((g) => groupSection(g, locale)),
    `<p class="muted">${m('summary-offline-note', locale)}</p>`,
  ].join('\n');
  return page(title, locale, body);
}

export const htmlSummary: Renderer<BatchSummary> = { format: 'html', extension: '.html', mediaType: 'text/html', render: (summary, o) => renderSummaryHtml(summary, o.locale) };
