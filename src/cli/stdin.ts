import { localText } from '../i18n/messages.js';
/**
 * `vsr score -` and `vsr gap -`: an inspection (YAML, JSON, CSV or an XLSX form) read from standard
 * input. The readers work on files, so the bytes go to a private temporary file whose extension is
 * sniffed from the content; problems and reports name it `-`. A standard named by a relative path in a
 * YAML or JSON inspection is relative to the current folder (the copy gets the absolute path, on the same
 * line, so every line and column stays true).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isScalar, parseDocument } from 'yaml';
import { MAX_FILE_BYTES } from '../standard/document.js';
import { isPathRef } from '../standard/refs.js';
import { UsageError } from './command.js';

/** The name standing for standard input on the command line and in messages. */
export const STDIN = '-';

/** The reader for bytes of unknown origin: an XLSX zip, else a CSV table, else YAML (JSON is YAML). */
export function sniffExtension(bytes: Uint8Array): '.xlsx' | '.csv' | '.yaml' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return '.xlsx';
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#')) ?? '';
  if (/^\s*[{[]/.test(first) || first.trim() === '---') return '.yaml';
  // a table's first row separates cells before any `key:` of YAML
  const sep = /[,;\t:：]/.exec(first);
  return sep && sep[0] !== ':' ? '.csv' : '.yaml';
}

/** YAML/JSON text with a relative `standard:`/`scheme:` path made absolute from `cwd`, in place. */
export function anchorPathRefs(text: string, cwd: string): string {
  let doc;
  try {
    doc = parseDocument(text);
  } catch {
    return text;
  }
  if (doc.errors.length) return text; // the reader reports the syntax error
  const edits: { from: number; to: number; value: string }[] = [];
  for (const key of ['standard', 'scheme']) {
    const node = (doc.contents as { get?: (k: string, keep: boolean) => unknown } | null)?.get?.(key, true);
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
    if (!isPathRef(node.value) || path.isAbsolute(node.value)) continue;
    edits.push({ from: node.range[0], to: node.range[1], value: JSON.stringify(path.resolve(cwd, node.value)) });
  }
  for (const e of edits.sort((a, b) => b.from - a.from)) text = text.slice(0, e.from) + e.value + text.slice(e.to);
  return text;
}

export interface StdinFile {
  file: string;
  cleanup(): Promise<void>;
}

/** Reads standard input into a temporary file (refusing more than a file may hold). */
export async function stdinToFile(stdin: NodeJS.ReadableStream, cwd: string): Promise<StdinFile> {
  if ((stdin as { isTTY?: boolean }).isTTY) {
    throw new UsageError(localText('stdin-is-terminal'));
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += b.length;
    if (size > MAX_FILE_BYTES) throw new UsageError(localText('stdin-too-large', { MAX_FILE_BYTES }));
    chunks.push(b);
  }
  let bytes = Buffer.concat(chunks);
  if (bytes.length === 0) throw new UsageError(localText('stdin-empty'));
  const ext = sniffExtension(bytes);
  if (ext === '.yaml') {
    const text = bytes.toString('utf8');
    const anchored = anchorPathRefs(text, cwd);
    if (anchored !== text) bytes = Buffer.from(anchored, 'utf8');
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'vsr-stdin-'));
  const file = path.join(dir, `stdin${ext}`);
  await writeFile(file, bytes, { mode: 0o600 });
  return { file, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
