/**
 * CSV inspections in the tabular layout of read-table.ts. The bytes may be UTF-8 (with or without a
 * byte-order mark) or GB18030/GBK, as Chinese Excel saves "CSV (逗号分隔)"; commas, semicolons or tabs
 * separate the cells.
 */
import { parse } from 'csv-parse/sync';
import { problem, type Problem } from '../i18n/problem.js';
import { LIMITS } from '../limits.js';
import { readInputText } from '../standard/document.js';
import type { InspectionSource } from './read-document.js';
import { tableSource, type TableRow } from './read-table.js';

/** The separator used on the first line: the most frequent of comma, semicolon and tab. */
function delimiterOf(text: string): string {
  const line = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : undefined);
  const counts = [',', ';', '\t'].map((d) => [d, line.split(d).length] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** Parses CSV text into rows with their 1-based line numbers. */
export function csvRows(text: string): TableRow[] {
  const records = parse(text, {
    delimiter: delimiterOf(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return records.map(({ record, info }) => ({ row: info.lines, cells: record }));
}

export async function readCsvSource(file: string): Promise<{ source?: InspectionSource; problems: Problem[] }> {
  const { text, problems } = await readInputText(file);
  if (text === undefined) return { problems };
  return csvSource(text, file);
}

/** A CSV inspection from its decoded text (`file` names it in problems). Never throws for the text's faults. */
export function csvSource(text: string, file: string): { source?: InspectionSource; problems: Problem[] } {
  let rows: TableRow[];
  try {
    rows = csvRows(text);
  } catch (e) {
    const err = e as Error & { lines?: number };
    return { problems: [problem('file-unreadable', '', { detail: err.message }, { file, ...(err.lines ? { line: err.lines } : {}) })] };
  }
  if (rows.length > LIMITS.tableRows) {
    return { problems: [problem('limit-exceeded', '', { what: 'rows / 行数', actual: rows.length, limit: LIMITS.tableRows }, { file, line: rows[LIMITS.tableRows].row })] };
  }
  return tableSource(file, rows);
}
