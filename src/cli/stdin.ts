/**
 * `vsr score -` and `vsr gap -`: an inspection (YAML, JSON, CSV or an XLSX form) read from standard
 * input. The readers work on files, so the bytes go to a private temporary file whose extension is
 * sniffed from the content; problems and reports name it `-`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_FILE_BYTES } from '../standard/document.js';
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

export interface StdinFile {
  file: string;
  cleanup(): Promise<void>;
}

/** Reads standard input into a temporary file (refusing more than a file may hold). */
export async function stdinToFile(stdin: NodeJS.ReadableStream): Promise<StdinFile> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += b.length;
    if (size > MAX_FILE_BYTES) throw new UsageError({ 'zh-CN': `标准输入过大（超过 ${MAX_FILE_BYTES} 字节）`, en: `Standard input too large (over ${MAX_FILE_BYTES} bytes)` });
    chunks.push(b);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) throw new UsageError({ 'zh-CN': '标准输入为空：请用管道送入一份检查记录', en: 'Standard input is empty: pipe in an inspection' });
  const dir = await mkdtemp(path.join(tmpdir(), 'vsr-stdin-'));
  const file = path.join(dir, `stdin${sniffExtension(bytes)}`);
  await writeFile(file, bytes, { mode: 0o600 });
  return { file, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
