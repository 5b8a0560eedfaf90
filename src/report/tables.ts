/**
 * The tables reports are made of, as headings and rows of plain values: a summary (one row per
 * station), the items (one row per station and item) and the gap plans (one row per step). Markdown,
 * HTML, CSV and XLSX lay out the same tables, so their columns are defined here once.
 */
import stringWidth from 'string-width';
import type { Locale } from '../i18n/messages.js';
import { msgText } from './labels.js';
import type { ReportModel } from './model.js';

export type TableCell = string | number;

export interface Table {
  headings: string[];
  rows: TableCell[][];
}

function headings(codes: string[], locale: Locale): string[] {
  return codes.map((c) => msgText(c, locale));
}

/** Column of the summary table that holds the percent. */
export const SUMMARY_PERCENT_COLUMN = 5;

/** One row per station: id, name, level, date, standard or scheme, percent, rating, failed vetoes, gap target and steps. */
export function summaryTable(models: ReportModel[], locale: Locale): Table {
  return {
    headings: headings(['report-station-id', 'report-station-name', 'report-station-level', 'report-inspected-at', 'report-standard', 'report-percent', 'report-rating', 'report-vetoes', 'report-gap', 'report-steps'], locale),
    rows: models.map((m) => [m.station.id, m.station.name, m.station.level, m.inspectedAt, (m.scheme ?? m.standard).ref, m.score.percent, m.rating.label, m.vetoes.length, m.gap.targetLabel, m.gap.steps.length]),
  };
}

/** One row per station and item: section, id, title, state, points, max, reasons, answer, evidence. */
export function itemTable(models: ReportModel[], locale: Locale): Table {
  const sep = locale === 'en' ? '; ' : '；';
  return {
    headings: headings(['report-station-id', 'report-station-name', 'report-section', 'report-item-id', 'report-item-title', 'report-item-state', 'report-points', 'report-max', 'report-reasons', 'form-answer', 'form-evidence-given'], locale),
    rows: models.flatMap((m) => m.items.map((i) => [m.station.id, m.station.name, i.section, i.id, i.title, i.stateLabel, i.points, i.max, i.reasons.join(sep), i.answer, i.evidenceGiven])),
  };
}

/** One row per gap step, in planned order. */
export function gapTable(models: ReportModel[], locale: Locale): Table {
  return {
    headings: headings(['report-station-id', 'report-station-name', 'report-order', 'report-item-id', 'report-item-title', 'report-from', 'report-to', 'report-answer', 'report-evidence', 'report-points', 'report-gain', 'report-effort', 'report-step-reason'], locale),
    rows: models.flatMap((m) => m.gap.steps.map((s) => [m.station.id, m.station.name, s.order, s.item, s.title, s.from, s.to, s.answer, s.evidence, s.points, s.gain, s.effort, s.reason])),
  };
}

/**
 * A cell made safe for spreadsheets: text starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return would be read as a formula, so it gets a leading apostrophe. Numbers stay numbers.
 */
export function spreadsheetSafe(value: TableCell): TableCell {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * How many lines a cell's text takes when wrapped in a spreadsheet column `width` characters wide
 * (Chinese and other full-width characters count two). Spreadsheets do not size the wrapped rows a
 * program writes, so workbooks give each row the height of its tallest cell.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(stringWidth(line) / room)), 0);
}

/** Points per wrapped line of 11-point text in a spreadsheet row. */
export const LINE_POINTS = 15;

/**
 * The height in points a spreadsheet row needs so that each cell's wrapped text shows whole when
 * printed: the tallest cell's lines (`wrappedLines`) at `LINE_POINTS` each (`linePoints` for larger
 * type), plus a little padding. `widths[i]` is cell i's column width in characters (default 14).
 */
export function rowHeight(cells: readonly unknown[], widths: readonly number[], linePoints = LINE_POINTS): number {
  return linePoints * Math.max(1, ...cells.map((c, i) => wrappedLines(String(c ?? ''), widths[i] ?? 14))) + 3;
}
