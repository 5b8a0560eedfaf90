import { open } from 'node:fs/promises';
import { LIMITS } from '../limits.js';
import { decodeText, type TextEncoding } from '../safe-text.js';
import { problem, VsrError, type Problem } from '../i18n/problem.js';

/** Whole lines of an NDJSON file, as bytes, with the 1-based number of the first. */
export interface LineChunk {
  kind: 'lines';
  firstLine: number;
  /** How many lines the bytes hold (the last may lack its newline at the end of the file). */
  lineCount: number;
  bytes: Uint8Array;
  /** Byte offset in the input just after these lines. */
  end: number;
}

/** A line longer than the limit: skipped, and reported as a bad record. */
export interface OversizedLine {
  kind: 'oversized';
  line: number;
  size: number;
  /** Byte offset in the input just after the line. */
  end: number;
}

export interface ChunkOptions {
  /** Bytes read at a time; a chunk holds the whole lines of one read (default 512 KiB). */
  chunkBytes?: number;
  /**
   * Most lines in a chunk (default 64): a read of short records (nearly empty inspections, 1 KB each)
   * is cut into several chunks, so that the output of a chunk in flight (a full evaluation is about
   * 100 KB whatever the record's size) stays small and memory flat.
   */
  maxLines?: number;
  /** Longest line accepted (default the file limit for one document, 8 MiB). */
  maxLineBytes?: number;
  /** Where to start in a file (a byte offset at the start of a line; default 0) … */
  start?: number;
  /** … and the number of the line found there (default 1). */
  firstLine?: number;
}

const NEWLINE = 10;

/** Reads blocks of a file from `start`, or of a stream (standard input) as they come. */
async function* blocks(source: string | AsyncIterable<Uint8Array>, chunkBytes: number, start: number): AsyncGenerator<Uint8Array> {
  if (typeof source !== 'string') {
    for await (const b of source) yield typeof b === 'string' ? Buffer.from(b) : b;
    return;
  }
  const handle = await open(source, 'r');
  try {
    let position = start;
    for (;;) {
      const buf = new Uint8Array(chunkBytes);
      const { bytesRead } = await handle.read(buf, 0, chunkBytes, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Reads a file (or standard input) as chunks of whole lines, never holding more than one read plus
 * one unfinished line, so memory stays flat however large the input is. Each chunk owns its bytes
 * (they can be transferred to a worker) and says where in the input it ends. A line longer than
 * `maxLineBytes` is skipped and yielded as `oversized`.
 */
export async function* lineChunks(source: string | AsyncIterable<Uint8Array>, options: ChunkOptions = {}): AsyncGenerator<LineChunk | OversizedLine> {
  const chunkBytes = options.chunkBytes ?? 512 * 1024;
  const maxLines = Math.max(1, options.maxLines ?? 64);
  const maxLineBytes = options.maxLineBytes ?? LIMITS.lineBytes;
  let carry: Uint8Array = new Uint8Array(0);
  let nextLine = options.firstLine ?? 1;
  /** Offset in the input of the first byte of `carry`. */
  let offset = options.start ?? 0;
  /** While skipping an oversized line: its number and the bytes seen so far. */
  let skipping: { line: number; size: number } | null = null;
  for await (const block of blocks(source, chunkBytes, offset)) {
    const buf = new Uint8Array(carry.length + block.length);
    buf.set(carry, 0);
    buf.set(block, carry.length);
    const end = buf.length;
    let start = 0;
    if (skipping) {
      const nl = buf.indexOf(NEWLINE);
      if (nl < 0) {
        skipping.size += end;
        offset += end;
        carry = new Uint8Array(0);
        continue;
      }
      yield { kind: 'oversized', line: skipping.line, size: skipping.size + nl, end: offset + nl + 1 };
      skipping = null;
      nextLine++;
      start = nl + 1;
    }
    const last = buf.lastIndexOf(NEWLINE);
    if (last < start) {
      if (end - start > maxLineBytes) {
        skipping = { line: nextLine, size: end - start };
        offset += end;
        carry = new Uint8Array(0);
      } else {
        offset += start;
        carry = buf.slice(start, end);
      }
      continue;
    }
    // the whole lines of the read, at most maxLines a chunk
    for (let from = start; from <= last;) {
      let to = from;
      let lineCount = 0;
      while (lineCount < maxLines && to <= last) {
        to = buf.indexOf(NEWLINE, to) + 1;
        lineCount++;
      }
      yield { kind: 'lines', firstLine: nextLine, lineCount, bytes: buf.slice(from, to), end: offset + to };
      nextLine += lineCount;
      from = to;
    }
    offset += last + 1;
    carry = buf.slice(last + 1, end);
  }
  if (skipping) yield { kind: 'oversized', line: skipping.line, size: skipping.size, end: offset };
  else if (carry.length > 0) yield { kind: 'lines', firstLine: nextLine, lineCount: 1, bytes: carry, end: offset + carry.length };
}

/** The lines of a chunk's text (a trailing newline does not start another line; `\r\n` is accepted). */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.length > 0 && l.charCodeAt(l.length - 1) === 13) lines[i] = l.slice(0, -1);
  }
  return lines;
}

/**
 * The encoding of an NDJSON input, decided once from its first chunk by `decodeText` (UTF-8, with or
 * without a BOM, or GB18030 as Chinese Windows saves "ANSI" text). A UTF-16 or binary input is refused
 * with the file; a first chunk with a damaged line is read as UTF-8, and that line is refused.
 */
export function inputEncoding(first: Uint8Array, file?: string): TextEncoding {
  const decoded = decodeText(first, file);
  if ('text' in decoded) return decoded.encoding;
  if (decoded.problem.code === 'text-utf16' || decoded.problem.code === 'text-binary') throw new VsrError([decoded.problem]);
  return 'utf-8';
}

const ENCODING_NAMES: Record<TextEncoding, string> = { 'utf-8': 'UTF-8', gb18030: 'GB18030' };

/**
 * The lines of a chunk decoded in the input's encoding: each a string, or a problem (`text-invalid`,
 * with its line) for a line that is not valid text in that encoding; never U+FFFD in place of bytes.
 * The whole chunk is decoded at once (one strict decoder call); only a chunk that fails is decoded
 * line by line to find the bad lines.
 */
export function decodeLines(bytes: Uint8Array, encoding: TextEncoding, firstLine: number): (string | Problem)[] {
  const strict = new TextDecoder(encoding, { fatal: true });
  try {
    return splitLines(strict.decode(bytes));
  } catch {
    // fall through: find the lines that do not decode
  }
  const out: (string | Problem)[] = [];
  let start = 0;
  const end = bytes.length > 0 && bytes[bytes.length - 1] === NEWLINE ? bytes.length - 1 : bytes.length;
  for (;;) {
    const nl = bytes.indexOf(NEWLINE, start);
    const stop = nl < 0 || nl > end ? end : nl;
    const line = bytes.subarray(start, stop);
    try {
      const text = strict.decode(line);
      out.push(text.length > 0 && text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text);
    } catch {
      out.push(problem('text-invalid', '', { encoding: ENCODING_NAMES[encoding] }, { line: firstLine + out.length }));
    }
    if (stop >= end) break;
    start = stop + 1;
  }
  return out;
}

/**
 * Reads a file line by line (1-based numbers), streaming: for NDJSON files of evaluations. The
 * encoding is decided on the first chunk (`inputEncoding`). An oversized line comes as `text: null`
 * with its size; a line that is not valid text as `text: null` with its problem.
 */
export async function* readLines(file: string): AsyncGenerator<{ line: number; text: string | null; size?: number; problem?: Problem }> {
  let encoding: TextEncoding | null = null;
  for await (const chunk of lineChunks(file)) {
    if (chunk.kind === 'oversized') {
      yield { line: chunk.line, text: null, size: chunk.size };
      continue;
    }
    encoding ??= inputEncoding(chunk.bytes, file);
    const lines = decodeLines(chunk.bytes, encoding, chunk.firstLine);
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      yield typeof l === 'string' ? { line: chunk.firstLine + i, text: l } : { line: chunk.firstLine + i, text: null, problem: { ...l, file } };
    }
  }
}
