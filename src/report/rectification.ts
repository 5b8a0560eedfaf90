/**
 * The 整改清单 (rectification list) as Markdown, self-contained HTML (no scripts, a CSP that forbids
 * any request, printable on A4) and XLSX (A4 landscape, fit to width): a status summary on the day
 * given, then the entries, overdue first; items that cannot be fixed within the round are listed apart.
 */
import type { Locale } from '../i18n/messages.js';
import type { Rectification } from '../types/rectification.js';
import type { Renderer, RenderOptions } from './renderer.js';
import { colon, effortLabel, evidenceGivenText, formatPercent, local, msg, msgText, stateLabel } from './labels.js';
import { htmlEscape as e } from './html.js';
import { mdEscape } from './markdown.js';
import { spreadsheetSafe } from './tables.js';
import { htmlPage } from './page.js';
import { planStatus, STATUS_ORDER, type EntryStatusOn } from '../rectify/plan.js';
import { newWorkbook } from '../optional-dependency.js';

export interface RectificationView {
  locale: Locale;
  title: string;
  station: string;
  lines: string[];
  summary: Array<{ status: EntryStatusOn; label: string; count: number }>;
  total: number;
  headings: string[];
  rows: Array<{ status: EntryStatusOn; cells: string[] }>;
  notRemediableHeadings: string[];
  notRemediable: string[][];
  rechecks: string[];
  example: boolean;
}

function levelText(level: string | null, label: { 'zh-CN': string; en: string } | null | undefined, locale: Locale): string {
  return level ? local(label ?? null, locale) || level : msg('rectify-no-level', locale);
}

/** What every format shows, in one language, on the day `asOf`. */
export function rectificationView(plan: Rectification, locale: Locale, asOf: string): RectificationView {
  const L = locale;
  const status = planStatus(plan, asOf);
  const b = plan.basis;
  const ref = b.scheme ?? b.standard;
  const lines = [
    msg('rectify-basis', L, { date: b.inspectedAt, ref: `${ref.id}@${ref.version}`, percent: formatPercent(b.percent), level: levelText(b.level, b.levelLabel, L) }),
    b.mode === 'failed' ? msg('rectify-mode-failed', L) : b.target ? msg(b.reachable === false ? 'rectify-target-unreachable' : 'rectify-target', L, { target: local(b.targetLabel ?? null, L) || b.target }) : '',
    msg('rectify-issued', L, { date: plan.issuedOn }) + (plan.issuedBy ? `${colon(L)}${plan.issuedBy}` : ''),
  ].filter(Boolean);
  const statusLabel = (s: EntryStatusOn) => msg(`rectify-status-${s}`, L);
  const rows = status.entries.map(({ entry, status: s, daysOverdue }) => {
    const notes = [
      entry.veto ? msg('rectify-veto', L) : '',
      entry.addedOn ? msg('rectify-added-on', L, { date: entry.addedOn }) : '',
      entry.verifiedOn ? msg('rectify-verified-on', L, { date: entry.verifiedOn }) : '',
      entry.note ?? '',
    ].filter(Boolean);
    return {
      status: s,
      cells: [
        s === 'overdue' ? msg('rectify-days-overdue', L, { days: daysOverdue }) : statusLabel(s),
        entry.item,
        local(entry.title, L) + (notes.length ? ` [${notes.join('; ')}]` : ''),
        local(entry.section ?? null, L),
        stateLabel(entry.from, L),
        local(entry.action, L),
        effortLabel(entry.effort, L),
        entry.owner,
        entry.due,
        evidenceGivenText(entry.evidence, L),
      ],
    };
  });
  const c = (k: string) => msgText(`rectify-col-${k}`, L);
  return {
    locale: L,
    title: msg('rectify-title', L),
    station: plan.station.name,
    lines,
    summary: STATUS_ORDER.map((s) => ({ status: s, label: statusLabel(s), count: status.counts[s] })),
    total: plan.entries.length,
    headings: [c('status'), c('id'), c('item'), c('section'), c('from'), c('action'), c('effort'), c('owner'), c('due'), c('evidence')],
    rows,
    notRemediableHeadings: [c('id'), c('item'), c('section'), c('from'), c('why')],
    notRemediable: plan.notRemediable.map((n) => [n.item, local(n.title, L) + (n.veto ? ` [${msg('rectify-veto', L)}]` : ''), local(n.section ?? null, L), stateLabel(n.from, L), local(n.why ?? null, L)]),
    rechecks: plan.rechecks.map((r) => msg('rectify-recheck-line', L, {
      date: r.inspectedAt, percent: formatPercent(r.percent), level: levelText(r.level, r.levelLabel, L),
      verified: r.verified.length, reopened: r.reopened.length, added: r.added.length,
    })),
    example: plan.example === true,
  };
}

function summaryLine(v: RectificationView, asOf: string): string {
  return `${msg('rectify-summary', v.locale, { asOf, total: v.total })}${colon(v.locale)}${v.summary.map((s) => `${s.label} ${s.count}`).join(v.locale === 'en' ? ', ' : '，')}`;
}

export function renderRectificationMarkdown(plan: Rectification, options: { locale?: Locale; asOf: string }): string {
  const v = rectificationView(plan, options.locale ?? 'zh-CN', options.asOf);
  const row = (cells: string[]) => `| ${cells.map((x) => mdEscape(x).replace(/\n/g, ' ')).join(' | ')} |`;
  const out = [`# ${v.title}${colon(v.locale)}${mdEscape(v.station)}`, '', ...v.lines.map((l) => `- ${mdEscape(l)}`), '', `**${mdEscape(summaryLine(v, options.asOf))}**`, ''];
  if (v.rows.length) out.push(row(v.headings), `|${v.headings.map(() => ' --- ').join('|')}|`, ...v.rows.map((r) => row(r.cells)), '');
  else out.push(msg('rectify-empty', v.locale), '');
  if (v.notRemediable.length) out.push(`## ${mdEscape(msg('rectify-not-remediable', v.locale))}`, '', row(v.notRemediableHeadings), `|${v.notRemediableHeadings.map(() => ' --- ').join('|')}|`, ...v.notRemediable.map(row), '');
  if (v.rechecks.length) out.push(`## ${mdEscape(msg('rectify-rechecks', v.locale))}`, '', ...v.rechecks.map((l) => `- ${mdEscape(l)}`), '');
  out.push(`_${mdEscape(msg('rectify-owner-note', v.locale))}_`, '');
  return out.join('\n');
}

const CSS = `
:root { --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; --bg:#f8fafc; --fail:#b91c1c; --pass:#15803d; --partial:#b45309; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.4rem; margin: .2em 0 .4em; } h2 { font-size: 1.15rem; margin: 1.2em 0 .4em; }
p { margin: .3em 0; } .muted { color: var(--muted); }
.summary { display: flex; flex-wrap: wrap; gap: .4em .8em; background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: .6em 1em; font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; }
th, td { border: 1px solid var(--line); padding: .3em .45em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: var(--bg); } thead { display: table-header-group; } tr { break-inside: avoid; }
tr.overdue td { background: #fef2f2; } tr.overdue td:first-child { color: var(--fail); font-weight: 700; }
tr.verified td:first-child { color: var(--pass); font-weight: 700; }
.notice { border-left: 4px solid var(--partial); background: #fffbeb; padding: .4em .8em; margin: .6em 0; }
@page { size: A4 landscape; margin: 12mm; }
@media print { body { font-size: 9pt; } main { max-width: none; padding: 0; } * { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

export function renderRectificationHtml(plan: Rectification, options: { locale?: Locale; asOf: string }): string {
  const v = rectificationView(plan, options.locale ?? 'zh-CN', options.asOf);
  const table = (headings: string[], rows: Array<{ cls: string; cells: string[] }>) =>
    `<table><thead><tr>${headings.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr class="${e(r.cls)}">${r.cells.map((x) => `<td>${e(x)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const body = [
    `<h1>${e(v.title)}${e(colon(v.locale))}${e(v.station)}</h1>`,
    ...(v.example ? [`<p class="notice">${e(v.locale === 'en' ? 'Example: fictional data.' : '示例：数据虚构。')}</p>`] : []),
    ...v.lines.map((l) => `<p class="muted">${e(l)}</p>`),
    `<p class="summary">${e(summaryLine(v, options.asOf))}</p>`,
    v.rows.length ? table(v.headings, v.rows.map((r) => ({ cls: r.status, cells: r.cells }))) : `<p>${e(msg('rectify-empty', v.locale))}</p>`,
    ...(v.notRemediable.length ? [`<h2>${e(msg('rectify-not-remediable', v.locale))}</h2>`, table(v.notRemediableHeadings, v.notRemediable.map((cells) => ({ cls: 'not-remediable', cells })))] : []),
    ...(v.rechecks.length ? [`<h2>${e(msg('rectify-rechecks', v.locale))}</h2><ul>${v.rechecks.map((l) => `<li>${e(l)}</li>`).join('')}</ul>`] : []),
    `<p class="muted">${e(msg('rectify-owner-note', v.locale))}</p>`,
  ];
  return htmlPage({ locale: v.locale, title: `${v.title} ${v.station}`, css: CSS, body: body.join('\n') });
}

export async function renderRectificationXlsx(plan: Rectification, options: { locale?: Locale; asOf: string }): Promise<Buffer> {
  const v = rectificationView(plan, options.locale ?? 'zh-CN', options.asOf);
  // exceljs loads on first use, so the package's main entry stays light (issue 10.5)
  const workbook = await newWorkbook();
  workbook.creator = 'veteran-station-rating';
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet(v.title, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' },
  });
  sheet.addRow([`${v.title}${colon(v.locale)}${v.station}`]).font = { bold: true, size: 14 };
  sheet.addRow([v.lines.join('；')]);
  sheet.addRow([summaryLine(v, options.asOf)]).font = { bold: true };
  sheet.addRow(v.headings).font = { bold: true };
  for (const r of v.rows) {
    const row = sheet.addRow(r.cells.map(spreadsheetSafe));
    if (r.status === 'overdue') row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFEE2E2' } };
  }
  const widths = [14, 12, 30, 18, 10, 44, 8, 10, 12, 24];
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
    sheet.getColumn(i + 1).alignment = { vertical: 'top', wrapText: true };
  });
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  if (v.notRemediable.length) {
    const other = workbook.addWorksheet(msg('rectify-not-remediable', v.locale).slice(0, 31), { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    other.addRow(v.notRemediableHeadings).font = { bold: true };
    for (const r of v.notRemediable) other.addRow(r.map(spreadsheetSafe));
    [12, 30, 18, 10, 50].forEach((w, i) => { other.getColumn(i + 1).width = w; other.getColumn(i + 1).alignment = { vertical: 'top', wrapText: true }; });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const asOf = (plan: Rectification, o: RenderOptions) => ({ locale: o.locale, asOf: o.asOf ?? plan.issuedOn });

/** The plan file itself, as YAML (what `vsr rectify` writes by default; read back by `vsr rectify PLAN`). */
export const rectificationYaml: Renderer<Rectification> = { format: 'yaml', extension: '.yaml', mediaType: 'text/yaml', render: async (plan) => (await import('yaml')).default.stringify(plan, { lineWidth: 0 }) };
// (yaml loads on first use: the main entry imports no other package's file, issue 10.5)
export const rectificationMarkdown: Renderer<Rectification> = { format: 'md', extension: '.md', mediaType: 'text/markdown', render: (plan, o) => renderRectificationMarkdown(plan, asOf(plan, o)) };
export const rectificationHtml: Renderer<Rectification> = { format: 'html', extension: '.html', mediaType: 'text/html', render: (plan, o) => renderRectificationHtml(plan, asOf(plan, o)) };
export const rectificationXlsx: Renderer<Rectification> = { format: 'xlsx', extension: '.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: (plan, o) => renderRectificationXlsx(plan, asOf(plan, o)) };
