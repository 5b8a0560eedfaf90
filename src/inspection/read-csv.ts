/**
 * CSV inspections in the tabular layout of read-table.ts. The bytes may be UTF-8 (with or without a
 * byte-order mark) or GB18030/GBK, as Chinese Excel saves "CSV (逗号分隔)"; commas, semicolons or tabs
 * separate the cells.
 */
import { readFile, stat } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { problem, type Problem } from '../i18n/problem.js';
import { MAX_FILE_BYTES } from '../standard/document.js';
import type { InspectionSource } from './read-document.js';
import { tableSource, type TableRow } from './read-table.js';

/** Decodes CSV bytes: UTF-8 when they are valid UTF-8 (a BOM is dropped), else GB18030. */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

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
  let bytes: Buffer;
  try {
    const size = (await stat(file)).size;
    if (size > MAX_FILE_BYTES) return { problems: [problem('file-too-large', '', { size, limit: MAX_FILE_BYTES }, { file })] };
    bytes = await readFile(file);
  } catch {
    return { problems: [problem('file-not-found', '', { file }, { file })] };
  }
  let rows: TableRow[];
  try {
    rows = csvRows(decodeCsv(bytes));
  } catch (e) {
    const err = e as Error & { lines?: number };
    return { problems: [problem('file-unreadable', '', { detail: err.message }, { file, ...(err.lines ? { line: err.lines } : {}) })] };
  }
  return tableSource(file, rows);
}
