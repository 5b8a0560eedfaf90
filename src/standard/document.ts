import { problem, type Problem } from '../i18n/problem.js';
import { LIMITS } from '../limits.js';
import { decodeText } from '../safe-text.js';
import type { SourceDocument } from './yaml-source.js';

export type { SourceDocument } from './yaml-source.js';

/** Largest file accepted, in bytes (see src/limits.ts). */
export const MAX_FILE_BYTES = LIMITS.fileBytes;
/** Most YAML alias expansions accepted in one file. */
export const MAX_ALIASES = LIMITS.yamlAliases;

/**
 * The bytes of an input file, with the checks every reader needs: the file exists (a symbolic link is
 * followed; a dangling link or a loop is named as such), is a regular file (not a folder or a pipe),
 * and is within the size limit. Never throws for the user's mistakes.
 */
export async function readInputBytes(file: string, maxBytes: number = LIMITS.fileBytes): Promise<{ bytes?: Buffer; problems: Problem[] }> {
  // loaded here, not at the top, so the shipped standards load where there is no file system (a browser)
  const { lstat, readFile, stat } = await import('node:fs/promises');
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { problems: [problem('file-not-regular', '', { file }, { file })] };
    size = info.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { problems: [problem('file-link-loop', '', { file }, { file })] };
    const isLink = await lstat(file).then((l) => l.isSymbolicLink(), () => false);
    if (isLink) return { problems: [problem('file-link-broken', '', { file }, { file })] };
    if (code === 'ENOENT' || code === 'ENOTDIR') return { problems: [problem('file-not-found', '', { file }, { file })] };
    return { problems: [problem('file-unreadable', '', { detail: code ?? (e as Error).message }, { file })] };
  }
  if (size > maxBytes) return { problems: [problem('file-too-large', '', { size, limit: maxBytes }, { file, line: 1, column: 1 })] };
  try {
    const bytes = await readFile(file);
    // a file that grew after it was measured is held to the same limit
    if (bytes.length > maxBytes) return { problems: [problem('file-too-large', '', { size: bytes.length, limit: maxBytes }, { file, line: 1, column: 1 })] };
    return { bytes, problems: [] };
  } catch (e) {
    return { problems: [problem('file-unreadable', '', { detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message }, { file })] };
  }
}

/** The text of an input file: read with readInputBytes, decoded as UTF-8 or GB18030 (src/safe-text.ts). */
export async function readInputText(file: string, maxBytes: number = LIMITS.fileBytes): Promise<{ text?: string; problems: Problem[] }> {
  const { bytes, problems } = await readInputBytes(file, maxBytes);
  if (!bytes) return { problems };
  const decoded = decodeText(bytes, file);
  if ('problem' in decoded) return { problems: [decoded.problem] };
  return { text: decoded.text, problems: [] };
}

/**
 * Reads and parses a file, with a size limit; never throws for the user's mistakes. The YAML parser
 * (src/standard/yaml-source.ts) loads here, on the first file read, not when the package is imported.
 */
export async function readSource(file: string, maxBytes: number = LIMITS.fileBytes): Promise<{ doc?: SourceDocument; problems: Problem[] }> {
  const { text, problems } = await readInputText(file, maxBytes);
  if (text === undefined) return { problems };
  const { parseSource } = await import('./yaml-source.js');
  return parseSource(text, file);
}

/** Gives each problem the file, line and column of its pointer. */
export function placeProblems(doc: SourceDocument, problems: Problem[]): Problem[] {
  return problems.map((p) => (p.line !== undefined ? { file: doc.file, ...p } : { ...p, file: doc.file, ...doc.locate(p.pointer) }));
}
