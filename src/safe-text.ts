/**
 * Text at the edges: decoding input bytes (UTF-8 with or without a byte-order mark, or GB18030/GBK as
 * Chinese Windows saves "ANSI" text), neutralising control and bidirectional characters before text
 * reaches a terminal or a Markdown file, and replacing characters XML cannot hold before text goes
 * into an XLSX file. Pure functions: no I/O.
 */
import { problem, type Problem } from './i18n/problem.js';

export type TextEncoding = 'utf-8' | 'gb18030';

const NEWLINE = 0x0a;

/** The byte ranges of each line (split at \n, which is never part of a multi-byte character in UTF-8 or GB18030). */
function lineRanges(bytes: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) {
    out.push([start, i]);
    start = i + 1;
  }
  out.push([start, bytes.length]);
  return out;
}

function decodes(encoding: TextEncoding, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

/**
 * Decodes the bytes of a text file. UTF-8 when they are valid UTF-8 (a BOM is dropped); else
 * GB18030 (which includes GBK and GB2312). Refused, with the line: UTF-16, binary content (a NUL
 * byte), a UTF-8 file damaged on some line (valid UTF-8 elsewhere, or a UTF-8 BOM), and bytes that are
 * neither encoding. `firstLine` numbers the first line (for a chunk of a longer file).
 */
export function decodeText(bytes: Uint8Array, file?: string, firstLine = 1): { text: string; encoding: TextEncoding } | { problem: Problem } {
  const where = (line: number) => ({ ...(file !== undefined ? { file } : {}), line: firstLine + line });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: problem('text-utf16', '', undefined, where(0)) };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) return { problem: problem('text-binary', '', undefined, where(lineRanges(body.subarray(0, nul)).length - 1)) };
  if (decodes('utf-8', body)) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  const lines = lineRanges(body).map(([s, e]) => body.subarray(s, e));
  const utf8Ok = lines.map((l) => decodes('utf-8', l));
  const firstBadUtf8 = utf8Ok.indexOf(false);
  // More lines of non-ASCII text that are valid UTF-8 than lines that are not: a UTF-8 file with
  // damaged lines, not GB18030 (where a short line is valid UTF-8 by chance now and then).
  const utf8Lines = lines.filter((l, i) => utf8Ok[i] && hasNonAscii(l)).length;
  const otherLines = utf8Ok.filter((ok) => !ok).length;
  if (bom || utf8Lines > otherLines) return { problem: problem('text-invalid', '', { encoding: 'UTF-8' }, where(firstBadUtf8)) };
  const firstBadGb = lines.findIndex((l) => !decodes('gb18030', l));
  if (firstBadGb >= 0) return { problem: problem('text-invalid', '', { encoding: 'UTF-8 / GB18030' }, where(firstBadGb)) };
  return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030' };
}

// C0 controls except tab and newline, DEL and C1 controls, bidirectional embeddings, overrides,
// isolates and marks, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text safe to print on a terminal or to put in Markdown: control characters (escape sequences that
 * clear the screen, set links or write the clipboard), bidirectional overrides and line separators
 * are shown as visible escapes (`\x1b`, `\u202e`). Tab and newline are kept. JSON output keeps text
 * verbatim and does not use this.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

// Characters XML 1.0 cannot hold: C0 controls except tab, newline and carriage return; U+FFFE and
// U+FFFF; unpaired surrogates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text that can go into an XML part of an XLSX file: characters XML cannot hold become U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\ufffd');
}

/** The parts of an exceljs workbook that hold text (structural, so this module needs no exceljs import). */
interface TextCell {
  value: unknown;
}
interface TextSheet {
  name: string;
  eachRow(opts: { includeEmpty: boolean }, fn: (row: { eachCell(opts: { includeEmpty: boolean }, fn: (cell: TextCell) => void): void }) => void): void;
  dataValidations?: { model?: Record<string, { formulae?: unknown[]; prompt?: string; error?: string; promptTitle?: string; errorTitle?: string }> };
  headerFooter?: Record<string, unknown>;
}

/**
 * Makes every text of a workbook XML-safe (xmlSafe) just before it is written: cell values (plain,
 * rich text, link text), drop-down lists and their prompts, headers and footers, sheet names. Without
 * this, a station name holding U+FFFF gives a file Excel refuses to open.
 */
export function xmlSafeWorkbook(workbook: { worksheets: unknown[] }): void {
  const safe = (v: unknown) => (typeof v === 'string' ? xmlSafe(v) : v);
  for (const sheet of workbook.worksheets as TextSheet[]) {
    sheet.name = xmlSafe(sheet.name);
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as { richText?: { text: string }[]; text?: unknown; hyperlink?: string } | string | null;
        if (typeof v === 'string') {
          const s = xmlSafe(v);
          if (s !== v) cell.value = s;
        } else if (v && typeof v === 'object' && Array.isArray(v.richText)) {
          cell.value = { ...v, richText: v.richText.map((r) => ({ ...r, text: xmlSafe(r.text) })) };
        } else if (v && typeof v === 'object' && typeof v.text === 'string' && 'hyperlink' in v) {
          cell.value = { ...v, text: xmlSafe(v.text), hyperlink: xmlSafe(String(v.hyperlink)) };
        }
      }),
    );
    for (const dv of Object.values(sheet.dataValidations?.model ?? {})) {
      if (Array.isArray(dv.formulae)) dv.formulae = dv.formulae.map(safe);
      for (const key of ['prompt', 'error', 'promptTitle', 'errorTitle'] as const) if (typeof dv[key] === 'string') dv[key] = xmlSafe(dv[key]!);
    }
    if (sheet.headerFooter) for (const [k, v] of Object.entries(sheet.headerFooter)) sheet.headerFooter[k] = safe(v);
  }
}
