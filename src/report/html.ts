/**
 * The HTML report: one self-contained file (inline CSS and SVG, no scripts, no fonts, no requests;
 * a Content-Security-Policy forbids any), readable on a phone and printable on A4. For several
 * stations a summary comes first and each station starts on a new page. Every text a user supplied
 * (station, inspector, notes, evidence) and every text of the standard is escaped.
 */
import type { Locale } from '../i18n/messages.js';
import { colon, formatPercent, formatPoints, msg, msgText, paren } from './labels.js';
import { buildReport, levelCounts, stationsCount, type ReportInput, type ReportModel, type ReportOptions } from './model.js';
import { SUMMARY_PERCENT_COLUMN, summaryTable } from './tables.js';
import { htmlPage } from './page.js';
import type { Renderer } from './renderer.js';

/** Escapes text for HTML element content and attribute values. */
export function htmlEscape(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const e = htmlEscape;

const CSS = `
:root { --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; --pass:#15803d; --partial:#b45309; --fail:#b91c1c; --na:#6b7280; --accent:#1d4ed8; --bg:#f8fafc; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.5rem; margin: .2em 0 .4em; }
h2 { font-size: 1.3rem; margin: 1.2em 0 .4em; }
h3 { font-size: 1.1rem; margin: 1.2em 0 .4em; border-bottom: 2px solid var(--line); padding-bottom: .2em; }
p { margin: .4em 0; }
.muted { color: var(--muted); }
.notice { border-left: 4px solid var(--partial); background: #fffbeb; padding: .5em .8em; margin: .6em 0; }
.details { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: .5em 0; }
.details dt { color: var(--muted); }
.details dd { margin: 0; overflow-wrap: anywhere; }
.rating { display: flex; flex-wrap: wrap; align-items: center; gap: .4em 1.2em; background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: .8em 1em; }
.rating .level { font-size: 1.6rem; font-weight: 700; }
.rating .stars { font-size: 1.5rem; color: #d97706; letter-spacing: .1em; }
.rating .percent { font-size: 1.3rem; }
.levels { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: .6em; margin: .6em 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .6em .8em; break-inside: avoid; }
.card h4 { margin: 0 0 .3em; font-size: 1rem; }
.card.met { border-color: var(--pass); }
ul.conds { list-style: none; padding: 0; margin: 0; }
ul.conds li { padding-left: 1.4em; text-indent: -1.4em; }
.ok { color: var(--pass); }
.no { color: var(--fail); }
.vetoes { border: 2px solid var(--fail); border-radius: 8px; padding: .5em .9em; background: #fef2f2; list-style: none; }
.vetoes li { margin: .2em 0; }
figure.chart { margin: .5em 0; }
.bars { margin-bottom: .6em; }
.bars.sections { columns: 2 22em; column-gap: 2em; }
.bar-row { display: grid; grid-template-columns: minmax(6em, 15em) 1fr 4.2em; gap: .5em; align-items: center; padding-left: calc(var(--depth, 0) * .8em); break-inside: avoid; font-size: .9rem; line-height: 1.35; margin: .15em 0; }
.bar-row.strong { font-weight: 700; }
.bar-label { overflow-wrap: anywhere; }
svg.bar { width: 100%; height: 12px; display: block; }
.bar-pct { text-align: right; white-space: nowrap; }
ol.gap { padding-left: 0; list-style: none; counter-reset: step; }
ol.gap li { counter-increment: step; border: 1px solid var(--line); border-radius: 8px; padding: .5em .8em; margin: .4em 0; display: grid; grid-template-columns: auto 1fr; gap: 0 .6em; break-inside: avoid; }
ol.gap li::before { content: counter(step) "."; font-weight: 700; grid-row: span 3; }
ol.gap input { margin-right: .3em; }
ol.gap .gain { font-weight: 700; color: var(--pass); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .3em .45em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: var(--bg); }
td.num, th.num { text-align: right; white-space: nowrap; }
td.id, th.id { white-space: nowrap; overflow-wrap: normal; }
table.items { table-layout: fixed; }
col.c-section { width: 9%; } col.c-id { width: 11.5%; } col.c-title { width: 22%; } col.c-state { width: 8.5%; }
col.c-points { width: 8%; } col.c-reasons { width: 23%; } col.c-evidence { width: 18%; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.state { display: inline-block; padding: 0 .45em; border-radius: 4px; color: #fff; font-size: .85em; white-space: nowrap; }
.state-pass { background: var(--pass); } .state-partial { background: var(--partial); } .state-fail { background: var(--fail); }
.state-unanswered { background: #7c3aed; } .state-not-applicable, .state-waived { background: var(--na); }
.tag { font-size: .75em; border: 1px solid currentColor; border-radius: 3px; padding: 0 .25em; margin-left: .3em; white-space: nowrap; }
.tag.veto { color: var(--fail); } .tag.bonus { color: var(--accent); }
td ul { margin: 0; padding-left: 1.1em; }
.station + .station { margin-top: 2em; border-top: 3px double var(--line); }
footer { margin-top: 2em; color: var(--muted); font-size: .85em; }
code { overflow-wrap: anywhere; word-break: break-all; }
@media (max-width: 640px) {
  main { padding: 10px; }
  .bar-row { grid-template-columns: 1fr 4.2em; gap: 0 .5em; }
  .bar-label { grid-column: 1 / -1; }
  table.items thead, table.summary thead { display: none; }
  table.items, table.items tbody, table.items tr, table.items td, table.summary, table.summary tbody, table.summary tr, table.summary td { display: block; width: 100%; }
  table.items tr, table.summary tr { border: 1px solid var(--line); border-radius: 8px; margin: .5em 0; padding: .3em .5em; }
  table.items td, table.summary td { border: 0; padding: .1em 0; text-align: left; }
  table.items td::before, table.summary td::before { content: attr(data-label) "："; color: var(--muted); }
  table.items td:empty, table.summary td:empty { display: none; }
}
@page { size: A4; margin: 12mm 10mm 13mm; }
@media print {
  body { font-size: 10pt; }
  table.items { font-size: 8.5pt; line-height: 1.3; }
  table.items td, table.items th { padding: .15em .3em; }
  table.items td ul { padding-left: .9em; }
  ol.gap { font-size: 9pt; line-height: 1.35; }
  ol.gap li { padding: .2em .5em; margin: .2em 0; }
  .levels { grid-template-columns: repeat(3, 1fr); font-size: 9pt; }
  col.c-section { width: 8%; } col.c-id { width: 10.5%; } col.c-title { width: 17%; } col.c-state { width: 7%; }
  col.c-points { width: 6.5%; } col.c-reasons { width: 26%; } col.c-evidence { width: 25%; }
  main { max-width: none; padding: 0; }
  .station { break-before: page; border-top: 0 !important; margin-top: 0 !important; }
  main > .station:first-of-type { break-before: auto; }
  h2, h3, h4 { break-after: avoid; }
  .rating, .vetoes, .bar-row, .card, ol.gap li { break-inside: avoid; }
  ol.gap input { appearance: none; -webkit-appearance: none; width: 1em; height: 1em; border: 1px solid #000; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** A bar's colour: green from 80 %, amber from 60 %, red below. */
function barColour(percent: number): string {
  return percent >= 80 ? '#15803d' : percent >= 60 ? '#d97706' : '#b91c1c';
}

/**
 * One row of the chart: the label, an inline SVG bar (with tick marks at `marks` percent) and the
 * percent. The SVG stretches to its grid cell, so the chart fits a phone and an A4 page alike.
 */
function barRow(label: string, percent: number, depth: number, strong: boolean, marks: { at: number; title: string }[] = []): string {
  const w = Math.max(0, Math.min(100, percent));
  const ticks = marks.map((k) => `<line x1="${k.at}" x2="${k.at}" y1="0" y2="12" stroke="#111827" stroke-width="2" vector-effect="non-scaling-stroke"><title>${e(k.title)}</title></line>`).join('');
  return `<div class="bar-row${strong ? ' strong' : ''}" style="--depth:${depth}"><span class="bar-label">${e(label)}</span>`
    + `<svg class="bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true"><rect x="0" y="2" width="100" height="8" rx="1" fill="#e5e7eb"/><rect x="0" y="2" width="${w.toFixed(2)}" height="8" rx="1" fill="${barColour(percent)}"/>${ticks}</svg>`
    + `<span class="bar-pct">${e(formatPercent(percent))}</span></div>`;
}

/** The chart: the total (level thresholds marked), the components of a scheme, then every section with a maximum. */
function chart(m: ReportModel): string {
  const L = m.locale;
  const marks = m.rating.levels.map((l) => ({ at: Math.min(100, l.minPercent), title: `${l.label} ≥ ${formatPercent(l.minPercent)}` }));
  const head = [barRow(msg('report-total', L), m.score.percent, 0, true, marks), ...m.components.map((c) => barRow(c.title, c.percent, 0, true))];
  // A section with nothing to score here (bonus items only, or not applicable) has no percent to show.
  const sections = m.sections.filter((s) => s.max > 0).map((s) => barRow(s.title, s.percent, s.depth, false));
  return `<figure class="chart" role="img" aria-label="${e(msg('report-chart', L))}"><div class="bars">${head.join('')}</div><div class="bars sections">${sections.join('')}</div></figure>`;
}

function stars(n: number, max: number): string {
  if (n <= 0 && max <= 0) return '';
  return `<span class="stars" aria-hidden="true">${'★'.repeat(n)}${'☆'.repeat(Math.max(0, max - n))}</span>`;
}

function stateBadge(state: string, label: string): string {
  return `<span class="state state-${e(state)}">${e(label)}</span>`;
}

function gapSection(m: ReportModel): string {
  const L = m.locale;
  if (!m.gap.target) return `<p>${e(msg('report-gap-top', L))}</p>`;
  const out: string[] = [];
  if (!m.gap.reachable) out.push(`<p class="no">${e(msg('report-gap-unreachable', L, { level: m.gap.targetLabel }))}</p><ul>${m.gap.why.map((w) => `<li>${e(w)}</li>`).join('')}</ul>`);
  else out.push(`<p>${e(msg('report-gap-target', L, { level: m.gap.targetLabel, count: m.gap.steps.length }))}</p>`);
  if (m.gap.steps.length) {
    out.push('<ol class="gap">');
    for (const s of m.gap.steps) {
      const evidence = s.evidence ? ` ${msg('report-gap-evidence', L, { evidence: s.evidence })}` : '';
      out.push(
        `<li><div><label><input type="checkbox"> <strong>${e(s.title)}</strong></label> <span class="muted">${e(s.item)}</span></div>`
        + `<div>${e(s.from)} → ${e(s.to)}${e(colon(L))}${e(msg('report-answer', L))} <strong>${e(s.answer)}</strong>${e(evidence)}</div>`
        + `<div><span class="gain">${e(msg('report-gap-gain', L, { points: formatPoints(s.points), gain: formatPoints(s.gain) }))}</span>`
        + ` <span class="muted">· ${e(msg('report-effort', L))} ${e(s.effort)} · ${e(s.reason)}</span></div></li>`,
      );
    }
    out.push('</ol>');
  }
  return out.join('');
}

/** The item table's columns, sized in the CSS (`col.<name>`): room for the title and the reasons. */
const ITEM_COLUMNS = ['c-section', 'c-id', 'c-title', 'c-state', 'c-points', 'c-reasons', 'c-evidence'];

function itemsTable(m: ReportModel): string {
  const L = m.locale;
  const heads = ['report-section', 'report-item-id', 'report-item-title', 'report-item-state', 'report-points', 'report-reasons', 'report-evidence'].map((c) => msgText(c, L));
  const num = new Set([4]);
  // the item id (`con-basic-01`) never wraps: wrapped, it stretched each row over five lines (issue 8.17)
  const cls = (k: number) => (num.has(k) ? ' class="num"' : k === 1 ? ' class="id"' : '');
  const rows = m.items.map((i) => {
    const tags = (i.veto ? `<span class="tag veto">${e(msg('report-veto-item', L))}</span>` : '') + (i.bonus ? `<span class="tag bonus">${e(msg('report-bonus-item', L))}</span>` : '');
    const reasons = [...(i.answer ? [`${msg('form-answer', L)}${colon(L)}${i.answer}`] : []), ...i.reasons, ...(i.note ? [`${msg('form-note', L)}${colon(L)}${i.note}`] : [])];
    const evidence = [
      i.evidenceGiven ? `${msg('report-evidence-given', L)}${colon(L)}${i.evidenceGiven}` : '',
      i.evidenceRequired ? `${msg('report-evidence-required', L)}${colon(L)}${i.evidenceRequired}` : '',
    ].filter(Boolean);
    const cells = [
      e(i.section), e(i.id), `${e(i.title)}${tags}`, stateBadge(i.state, i.stateLabel), `${e(formatPoints(i.points))} / ${e(formatPoints(i.max))}`,
      reasons.length ? `<ul>${reasons.map((r) => `<li>${e(r)}</li>`).join('')}</ul>` : '',
      evidence.length ? `<ul>${evidence.map((r) => `<li>${e(r)}</li>`).join('')}</ul>` : '',
    ];
    return `<tr class="item-${e(i.state)}">${cells.map((c, k) => `<td data-label="${e(heads[k])}"${cls(k)}>${c}</td>`).join('')}</tr>`;
  });
  return `<table class="items"><colgroup>${ITEM_COLUMNS.map((c) => `<col class="${c}">`).join('')}</colgroup><thead><tr>${heads.map((h, k) => `<th${cls(k)}>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** One station's report; `anchor` (its 1-based place) is what the summary links to. */
function stationSection(m: ReportModel, headingLevel: 1 | 2, anchor: number): string {
  const L = m.locale;
  const H = `h${headingLevel}`;
  const maxStars = Math.max(0, ...m.rating.levels.map((l) => l.stars));
  const details: [string, string][] = [
    [msg('report-station-id', L), m.station.id],
    [msg('report-station-level', L), m.station.level],
    [msg('report-region', L), m.station.region],
    [msg('report-inspected-at', L), m.inspectedAt],
    [msg('report-inspector', L), m.inspector],
    [msg(m.scheme ? 'report-scheme' : 'report-standard', L), `${m.standard.title}${paren(m.standard.ref, L)}`],
    [msg('report-source-file', L), m.file],
  ];
  const out: string[] = [];
  out.push(`<section class="station" id="station-${anchor}">`);
  out.push(`<${H}>${e(m.station.name)}</${H}>`);
  if (m.example) out.push(`<p class="notice" role="note">${e(m.example)}</p>`);
  if (m.reconstructed) out.push(`<p class="notice" role="note">⚠ ${e(m.reconstructed)}</p>`);
  out.push(`<dl class="details">${details.filter(([, v]) => v).map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`);

  out.push(`<h3>${e(msg('report-rating', L))}</h3>`);
  out.push(`<div class="rating"><span class="level">${e(m.rating.label)}</span>${stars(m.rating.stars, maxStars)}<span class="percent">${e(msg('report-percent', L))} <strong>${e(formatPercent(m.score.percent))}</strong></span>`
    + `<span class="muted">${m.components.length ? e(msg('report-weighted-points', L, { points: formatPoints(m.score.percent) })) : `${e(msg('report-points', L))} ${e(formatPoints(m.score.points))} / ${e(formatPoints(m.score.max))}`} · ${e(msg('report-bonus', L))} ${e(formatPoints(m.score.bonus))} · ${e(msg('report-deductions', L))} ${e(formatPoints(m.score.deductions))}</span></div>`);
  if (m.rating.levels.length) {
    out.push(`<h4>${e(msg('report-levels', L))}</h4><div class="levels">`);
    for (const l of m.rating.levels) {
      out.push(`<div class="card${l.met ? ' met' : ''}"><h4>${l.met ? '<span class="ok">✔</span>' : '<span class="no">✘</span>'} ${e(l.label)} <span class="muted">${e(msg(l.met ? 'report-level-met' : 'report-level-unmet', L))}</span></h4><ul class="conds">`
        + l.conditions.map((c) => `<li class="${c.holds ? 'ok' : 'no'}">${c.holds ? '✔' : '✘'} <span style="color:var(--ink)">${e(c.text)}</span></li>`).join('')
        + '</ul></div>');
    }
    out.push('</div>');
  }

  out.push(`<h3>${e(msg('report-vetoes', L))}</h3>`);
  if (m.vetoes.length === 0) out.push(`<p class="ok">✔ ${e(msg('report-no-vetoes', L))}</p>`);
  else out.push(`<ul class="vetoes">${m.vetoes.map((v) => `<li><span class="no">✘</span> <strong>${e(v.title)}</strong> <span class="muted">${e(v.item)}</span>${e(colon(L))}${e(v.message)}</li>`).join('')}</ul>`);

  out.push(`<h3>${e(msg('report-score', L))}</h3>`, chart(m));

  out.push(`<h3>${e(msg('report-gap', L))}</h3>`, gapSection(m));

  out.push(`<h3>${e(msg('report-items', L))}</h3>`, itemsTable(m));
  if (m.warnings.length) out.push(`<h3>${e(msg('report-warnings', L))}</h3><ul>${m.warnings.map((w) => `<li>${e(w)}</li>`).join('')}</ul>`);
  out.push(`<p class="muted">${e(msg('report-hash', L))}${e(colon(L))}<code>${e(m.standard.hash)}</code></p>`);
  out.push('</section>');
  return out.join('\n');
}

function summarySection(models: ReportModel[], locale: Locale): string {
  const t = summaryTable(models, locale);
  const rows = t.rows.map((r, i) => `<tr>${r.map((c, k) => `<td data-label="${e(t.headings[k])}"${typeof c === 'number' ? ' class="num"' : ''}>${k === 1 ? `<a href="#station-${i + 1}">${e(c)}</a>` : e(k === SUMMARY_PERCENT_COLUMN ? formatPercent(c as number) : c)}</td>`).join('')}</tr>`);
  return `<section class="summary-block"><h2>${e(msg('report-summary', locale))}</h2>`
    + `<p>${e(stationsCount(models, locale))}${e(colon(locale))}${e(levelCounts(models, locale).join(locale === 'en' ? '; ' : '；'))}</p>`
    + `<table class="summary"><thead><tr>${t.headings.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** The HTML report for one station, or a combined report (summary first) for several. */
export function renderHtml(inputs: ReportInput | ReportInput[], options: ReportOptions = {}): string {
  const locale: Locale = options.locale ?? 'zh-CN';
  const list = Array.isArray(inputs) ? inputs : [inputs];
  const models = list.map((i) => buildReport(i, { locale }));
  const title = models.length === 1 ? `${msg('report-title', locale)} · ${models[0].station.name}` : msg('report-title', locale);
  const body: string[] = [];
  if (models.length === 0) body.push(`<h1>${e(msg('report-title', locale))}</h1><p>${e(msg('report-empty', locale))}</p>`);
  else if (models.length === 1) body.push(`<p class="muted">${e(msg('report-title', locale))}</p>`, stationSection(models[0], 1, 1));
  else body.push(`<h1>${e(msg('report-title', locale))}</h1>`, summarySection(models, locale), ...models.map((m, i) => stationSection(m, 2, i + 1)));
  return htmlPage({ locale, title, css: CSS, body: `${body.join('\n')}\n<footer>${e(msg('report-generated', locale))}</footer>` });
}

export const htmlReport: Renderer<ReportInput[]> = { format: 'html', extension: '.html', mediaType: 'text/html', render: (inputs, o) => renderHtml(inputs, o) };
