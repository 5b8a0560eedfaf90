import { open } from 'node:fs/promises';
import { LIMITS } from '../limits.js';

/** Whole lines of an NDJSON file, as bytes, with the 1-based number of the first. */
export interface LineChunk {
  kind: 'lines';
  firstLine: number;
  /** How many lines the bytes hold (the last may lack its newline at the end of the file). */
  lineCount: number;
  bytes: Uint8Array;
}

/** A line longer than the limit: skipped, and reported as a bad record. */
export interface OversizedLine {
  kind: 'oversized';
  line: number;
  size: number;
}

export interface ChunkOptions {
  /** Bytes read at a time; a chunk holds the whole lines of one read (default 512 KiB). */
  chunkBytes?: number;
  /** Longest line accepted (default the file limit for one document, 8 MiB). */
  maxLineBytes?: number;
}

const NEWLINE = 10;

function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

/**
 * Reads a file as chunks of whole lines, never holding more than one read plus one unfinished line,
 * so memory stays flat however large the file is. Each chunk owns its bytes (they can be transferred
 * to a worker). A line longer than `maxLineBytes` is skipped and yielded as `oversized`.
 */
export async function* lineChunks(file: string, options: ChunkOptions = {}): AsyncGenerator<LineChunk | OversizedLine> {
  const chunkBytes = options.chunkBytes ?? 512 * 1024;
  const maxLineBytes = options.maxLineBytes ?? LIMITS.lineBytes;
  const handle = await open(file, 'r');
  try {
    let carry: Uint8Array = new Uint8Array(0);
    let nextLine = 1;
    /** While skipping an oversized line: its number and the bytes seen so far. */
    let skipping: { line: number; size: number } | null = null;
    for (;;) {
      const buf = new Uint8Array(carry.length + chunkBytes);
      buf.set(carry, 0);
      const { bytesRead } = await handle.read(buf, carry.length, chunkBytes, null);
      const end = carry.length + bytesRead;
      if (bytesRead === 0) {
        if (skipping) yield { kind: 'oversized', line: skipping.line, size: skipping.size };
        else if (end > 0) yield { kind: 'lines', firstLine: nextLine, lineCount: 1, bytes: buf.slice(0, end) };
        return;
      }
      let start = 0;
      if (skipping) {
        const nl = buf.subarray(0, end).indexOf(NEWLINE);
        if (nl < 0) {
          skipping.size += end;
          carry = new Uint8Array(0);
          continue;
        }
        yield { kind: 'oversized', line: skipping.line, size: skipping.size + nl };
        skipping = null;
        nextLine++;
        start = nl + 1;
      }
      const last = buf.subarray(0, end).lastIndexOf(NEWLINE);
      if (last < start) {
        if (end - start > maxLineBytes) {
          skipping = { line: nextLine, size: end - start };
          carry = new Uint8Array(0);
        } else carry = buf.slice(start, end);
        continue;
      }
      const bytes = buf.slice(start, last + 1);
      const lineCount = countLines(bytes);
      yield { kind: 'lines', firstLine: nextLine, lineCount, bytes };
      nextLine += lineCount;
      carry = buf.slice(last + 1, end);
    }
  } finally {
    await handle.close();
  }
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
 * Reads a file line by line (1-based numbers), streaming: for NDJSON files of evaluations. An
 * oversized line comes as `text: null` with its size.
 */
export async function* readLines(file: string): AsyncGenerator<{ line: number; text: string | null; size?: number }> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  for await (const chunk of lineChunks(file)) {
    if (chunk.kind === 'oversized') {
      yield { line: chunk.line, text: null, size: chunk.size };
      continue;
    }
    const lines = splitLines(decoder.decode(chunk.bytes));
    for (let i = 0; i < lines.length; i++) yield { line: chunk.firstLine + i, text: lines[i] };
  }
}
