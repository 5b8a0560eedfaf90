/**
 * The HTML report: one self-contained file (inline CSS and SVG, no scripts, no fonts, no requests;
 * a Content-Security-Policy forbids any), readable on a phone and printable on A4. For several
 * stations a summary comes first and each station starts on a new page. Every text a user supplied
 * (station, inspector, notes, evidence) and every text of the standard is escaped.
 */
import type { Locale } from '../i18n/messages.js';
import { colon, formatPercent, formatPoints, msg, paren } from './labels.js';
import { buildReport, levelCounts, type ReportInput, type ReportModel, type ReportOptions } from './model.js';
import { SUMMARY_PERCENT_COLUMN, summaryTable } from './tables.js';

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
svg.chart { width: 100%; height: auto; display: block; max-width: 500px; }
svg.chart text { font-family: inherit; fill: var(--ink); }
ol.gap { padding-left: 0; list-style: none; counter-reset: step; }
ol.gap li { counter-increment: step; border: 1px solid var(--line); border-radius: 8px; padding: .5em .8em; margin: .4em 0; display: grid; grid-template-columns: auto 1fr; gap: 0 .6em; break-inside: avoid; }
ol.gap li::before { content: counter(step) "."; font-weight: 700; grid-row: span 3; }
ol.gap input { margin-right: .3em; }
ol.gap .gain { font-weight: 700; color: var(--pass); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .3em .45em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: var(--bg); }
td.num, th.num { text-align: right; white-space: nowrap; }
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
  table.items thead, table.summary thead { display: none; }
  table.items, table.items tbody, table.items tr, table.items td, table.summary, table.summary tbody, table.summary tr, table.summary td { display: block; width: 100%; }
  table.items tr, table.summary tr { border: 1px solid var(--line); border-radius: 8px; margin: .5em 0; padding: .3em .5em; }
  table.items td, table.summary td { border: 0; padding: .1em 0; text-align: left; }
  table.items td::before, table.summary td::before { content: attr(data-label) "："; color: var(--muted); }
  table.items td:empty, table.summary td:empty { display: none; }
}
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .station { break-before: page; border-top: 0 !important; margin-top: 0 !important; }
  main > .station:first-of-type { break-before: auto; }
  h2, h3, h4 { break-after: avoid; }
  .rating, .vetoes, svg.chart, .card, ol.gap li { break-inside: avoid; }
  ol.gap input { appearance: none; -webkit-appearance: none; width: 1em; height: 1em; border: 1px solid #000; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

const STATE_COLOURS: Record<string, string> = { high: '#15803d', mid: '#d97706', low: '#b91c1c' };

/** An inline SVG bar chart: the total, the components of a scheme, and every section (indented by depth). */
function chart(m: ReportModel): string {
  const L = m.locale;
  const rows = [
    { label: msg('report-total', L), percent: m.score.percent, depth: 0, strong: true },
    ...m.components.map((c) => ({ label: c.title, percent: c.percent, depth: 0, strong: true })),
    ...m.sections.map((s) => ({ label: s.title, percent: s.percent, depth: s.depth, strong: false })),
  ];
  const width = 400;
  const rowH = 34;
  const left = 4;
  const barW = width - left - 52;
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = i * rowH + 4;
    const indent = r.depth * 10;
    const label = r.label.length > 26 ? `${r.label.slice(0, 25)}…` : r.label;
    const w = Math.max(0, Math.min(100, r.percent)) / 100 * (barW - indent);
    const colour = r.percent >= 80 ? STATE_COLOURS.high : r.percent >= 60 ? STATE_COLOURS.mid : STATE_COLOURS.low;
    parts.push(
      `<g><title>${e(r.label)}: ${e(formatPercent(r.percent))}</title>`
      + `<text x="${left + indent}" y="${y + 12}" font-size="12"${r.strong ? ' font-weight="700"' : ''}>${e(label)}</text>`
      + `<rect x="${left + indent}" y="${y + 17}" width="${barW - indent}" height="10" rx="2" fill="#e5e7eb"/>`
      + `<rect x="${left + indent}" y="${y + 17}" width="${w.toFixed(1)}" height="10" rx="2" fill="${colour}"/>`
      + `<text x="${width - 4}" y="${y + 26}" font-size="12" text-anchor="end">${e(formatPercent(r.percent))}</text></g>`,
    );
  });
  // Each level's minimum percent, marked on the total's bar.
  for (const l of m.rating.levels) {
    const x = left + (Math.min(100, l.minPercent) / 100) * barW;
    parts.push(`<g><title>${e(l.label)} ≥ ${e(formatPercent(l.minPercent))}</title><line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="19" y2="33" stroke="#111827" stroke-width="1.5"/></g>`);
  }
  const height = rows.length * rowH + 8;
  return `<svg class="chart" role="img" aria-label="${e(msg('report-chart', L))}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
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

function itemsTable(m: ReportModel): string {
  const L = m.locale;
  const heads = ['report-section', 'report-item-id', 'report-item-title', 'report-item-state', 'report-points', 'report-reasons', 'report-evidence'].map((c) => msg(c, L));
  const num = new Set([4]);
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
    return `<tr class="item-${e(i.state)}">${cells.map((c, k) => `<td data-label="${e(heads[k])}"${num.has(k) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`;
  });
  return `<table class="items"><thead><tr>${heads.map((h, k) => `<th${num.has(k) ? ' class="num"' : ''}>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function stationSection(m: ReportModel, headingLevel: 1 | 2): string {
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
  out.push(`<section class="station" id="station-${e(m.station.id)}">`);
  out.push(`<${H}>${e(m.station.name)}</${H}>`);
  if (m.reconstructed) out.push(`<p class="notice" role="note">⚠ ${e(m.reconstructed)}</p>`);
  out.push(`<dl class="details">${details.filter(([, v]) => v).map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`);

  out.push(`<h3>${e(msg('report-rating', L))}</h3>`);
  out.push(`<div class="rating"><span class="level">${e(m.rating.label)}</span>${stars(m.rating.stars, maxStars)}<span class="percent">${e(msg('report-percent', L))} <strong>${e(formatPercent(m.score.percent))}</strong></span>`
    + `<span class="muted">${e(msg('report-points', L))} ${e(formatPoints(m.score.points))} / ${e(formatPoints(m.score.max))} · ${e(msg('report-bonus', L))} ${e(formatPoints(m.score.bonus))} · ${e(msg('report-deductions', L))} ${e(formatPoints(m.score.deductions))}</span></div>`);
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
  const rows = t.rows.map((r, i) => `<tr>${r.map((c, k) => `<td data-label="${e(t.headings[k])}"${typeof c === 'number' ? ' class="num"' : ''}>${k === 1 ? `<a href="#station-${e(models[i].station.id)}">${e(c)}</a>` : e(k === SUMMARY_PERCENT_COLUMN ? formatPercent(c as number) : c)}</td>`).join('')}</tr>`);
  return `<section class="summary-block"><h2>${e(msg('report-summary', locale))}</h2>`
    + `<p>${e(msg('report-stations-count', locale, { count: models.length }))}${e(colon(locale))}${e(levelCounts(models, locale).join(locale === 'en' ? '; ' : '；'))}</p>`
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
  else if (models.length === 1) body.push(`<p class="muted">${e(msg('report-title', locale))}</p>`, stationSection(models[0], 1));
  else body.push(`<h1>${e(msg('report-title', locale))}</h1>`, summarySection(models, locale), ...models.map((m) => stationSection(m, 2)));
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="veteran-station-rating">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body.join('\n')}
<footer>${e(msg('report-generated', locale))}</footer>
</main>
</body>
</html>
`;
}
