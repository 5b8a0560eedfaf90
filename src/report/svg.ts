/**
 * Inline SVG charts for the batch pages (summary and comparison): plain markup, no scripts, no
 * external resources, every text escaped, so a page opens and prints offline.
 */

import { htmlEscape as esc } from './html.js';

/** Colours of levels from the lowest up (a station without a level is grey). */
export const LEVEL_COLOURS = ['#f6d365', '#f0a030', '#d9661f', '#a83279', '#5b2a86', '#2a4d8f'];
export const UNRATED_COLOUR = '#c8c8c8';

export function levelColour(i: number): string {
  return LEVEL_COLOURS[Math.min(i, LEVEL_COLOURS.length - 1)];
}

const FONT = 'font-family="sans-serif" font-size="12"';

/** Rough width of a label in pixels (CJK characters are about twice as wide as Latin ones). */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 12 : 7;
  return w;
}

export interface Bar {
  label: string;
  value: number;
  /** Text after the bar (default the value). */
  note?: string;
  colour?: string;
}

/** Horizontal bars, one a row, scaled to `max` (default the largest value). */
export function barChart(bars: Bar[], options: { max?: number; title: string; width?: number }): string {
  const width = options.width ?? 640;
  const labelWidth = Math.min(260, Math.max(60, ...bars.map((b) => textWidth(b.label) + 8)));
  const noteWidth = 110;
  const barArea = width - labelWidth - noteWidth;
  const rowHeight = 22;
  const max = options.max ?? Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * rowHeight + 8;
  const rows = bars.map((b, i) => {
    const y = 4 + i * rowHeight;
    const w = max > 0 ? Math.max(0, Math.round((b.value / max) * barArea)) : 0;
    return `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end" ${FONT}>${esc(b.label)}</text>`
      + `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${rowHeight - 6}" fill="${b.colour ?? '#3b7dd8'}"/>`
      + `<text x="${labelWidth + w + 6}" y="${y + 15}" ${FONT}>${esc(b.note ?? String(b.value))}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${esc(options.title)}</title>${rows.join('')}</svg>`;
}

export interface StackedRow {
  label: string;
  parts: number[];
}

/** Horizontal 100 % stacked bars: each row's parts as shares, with a legend of the part names. */
export function stackedBars(rows: StackedRow[], legend: { label: string; colour: string }[], options: { title: string; width?: number }): string {
  const width = options.width ?? 640;
  const labelWidth = Math.min(260, Math.max(60, ...rows.map((r) => textWidth(r.label) + 8)));
  const barArea = width - labelWidth - 60;
  const rowHeight = 22;
  const legendHeight = 24;
  const height = legendHeight + rows.length * rowHeight + 8;
  let x = 0;
  const keys = legend.map((l) => {
    const item = `<rect x="${x}" y="4" width="12" height="12" fill="${l.colour}"/><text x="${x + 16}" y="15" ${FONT}>${esc(l.label)}</text>`;
    x += 16 + textWidth(l.label) + 14;
    return item;
  });
  const bars = rows.map((r, i) => {
    const y = legendHeight + i * rowHeight;
    const total = r.parts.reduce((a, b) => a + b, 0);
    let at = labelWidth;
    const segs = r.parts.map((p, k) => {
      if (total === 0 || p === 0) return '';
      const w = (p / total) * barArea;
      const seg = `<rect x="${at.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowHeight - 6}" fill="${legend[k].colour}"><title>${esc(`${r.label} · ${legend[k].label}: ${p}`)}</title></rect>`;
      at += w;
      return seg;
    });
    return `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end" ${FONT}>${esc(r.label)}</text>${segs.join('')}<text x="${labelWidth + barArea + 6}" y="${y + 15}" ${FONT}>${total}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${esc(options.title)}</title>${keys.join('')}${bars.join('')}</svg>`;
}

/** The page around the batch pages' content: inline styles only; a Content-Security-Policy forbids scripts and requests. */
export function page(title: string, lang: string, body: string): string {
  const style = [
    'body{font-family:-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}',
    'table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:13px}th,td{border:1px solid #ccc;padding:3px 8px;text-align:left}',
    'td.n,th.n{text-align:right}.met{color:#1a7f37}.unmet{color:#c62828;font-weight:bold}.muted{color:#777}',
    'h2{border-bottom:2px solid #a83232;padding-bottom:.2em}svg{display:block;margin:.5em 0 1em}',
    '@media print{body{margin:0}h2{page-break-before:auto}}',
  ].join('');
  return `<!DOCTYPE html>\n<html lang="${esc(lang)}">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(title)}</title>\n<style>${style}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
