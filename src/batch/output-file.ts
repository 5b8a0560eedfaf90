/**
 * Writing output files safely: the folder is made when missing, a regular file is written under a
 * temporary name beside it (`FILE.partial`) and renamed into place only when complete, so a run that
 * fails or is killed never leaves a partial file under the final name. A device or pipe (`/dev/null`,
 * `/dev/stdout`, a FIFO) is written directly: renaming over it would replace the device. Every write
 * error becomes one located problem, "cannot write FILE: reason", in both languages.
 */
import { mkdir, open, rename, stat, realpath, unlink, type FileHandle } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { problem, problemOfCode, VsrError, type Problem } from '../i18n/problem.js';
import type { MessageCode } from '../i18n/messages.js';

/** The temporary name a regular output file is written under until it is complete. */
export function partialPath(file: string): string {
  return `${file}.partial`;
}

/** Message codes of the usual reasons a write fails, by errno code. */
const REASONS: Record<string, MessageCode> = {
  ENOSPC: 'output-write-no-space',
  EDQUOT: 'output-write-no-space',
  EFBIG: 'output-write-too-big',
  EACCES: 'output-write-denied',
  EPERM: 'output-write-denied',
  EROFS: 'output-write-read-only',
  EISDIR: 'output-write-is-folder',
  ENOTDIR: 'output-write-not-folder',
  EEXIST: 'output-write-not-folder',
  ENOENT: 'output-write-no-folder',
  EIO: 'output-write-io',
  EPIPE: 'output-write-closed',
};

/** "cannot write FILE: reason" (both languages) for an error met while writing `file`. */
export function cannotWrite(file: string, error: unknown): Problem {
  if (error instanceof VsrError) return error.problems[0];
  const errno = (error as NodeJS.ErrnoException)?.code ?? '';
  const code = REASONS[errno];
  return code ? problemOfCode(code, '', { file, errno }) : problem('output-write-failed', '', { file, detail: String((error as Error)?.message ?? error) });
}

/** Throws the located problem for an error met while writing `file`. */
function fail(file: string, error: unknown): never {
  throw new VsrError([cannotWrite(file, error)]);
}

/**
 * How a target is written: `direct` for a device, pipe or socket; `atomic` for a regular file or a
 * new one (its folder is made). A folder, or a path under a file, is refused.
 */
export async function prepareTarget(file: string): Promise<'direct' | 'atomic'> {
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') fail(file, e);
  }
  if (info?.isDirectory()) fail(file, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
  if (info && !info.isFile()) return 'direct';
  try {
    await mkdir(path.dirname(file), { recursive: true });
  } catch (e) {
    fail(file, e);
  }
  return 'atomic';
}

/**
 * A file identity for "is it the same file": device and inode when it exists (symlinks followed, so a
 * symlink or a hard link to the input is the input), else the real path of its folder and its name.
 */
export async function fileIdentity(file: string): Promise<string> {
  try {
    const s = await stat(file);
    return `inode:${s.dev}:${s.ino}`;
  } catch {
    let dir = path.dirname(file);
    try {
      dir = await realpath(dir);
    } catch {
      // a folder still to be made: its path is as good as it gets
    }
    return `path:${path.join(dir, path.basename(file))}`;
  }
}

/** An output file opened for streaming writes. */
export class OutputFile {
  private constructor(
    /** The final name. */
    readonly file: string,
    private handle: FileHandle | null,
    private stream: NodeJS.WritableStream | null,
    /** Whether it is written under `partialPath(file)` and renamed at the end. */
    readonly atomic: boolean,
    /** Bytes written so far (including those kept from an interrupted run). */
    public bytes: number,
  ) {}

  /**
   * Opens `file` for writing: a regular file under its partial name, from scratch, or, with
   * `keep`, keeping the first `keep` bytes of the partial file of an interrupted run.
   */
  static async open(file: string, keep?: number): Promise<OutputFile> {
    const how = await prepareTarget(file);
    const name = how === 'atomic' ? partialPath(file) : file;
    try {
      if (keep !== undefined && how === 'atomic') {
        const handle = await open(name, 'r+');
        await handle.truncate(keep);
        return new OutputFile(file, handle, null, true, keep);
      }
      return new OutputFile(file, await open(name, 'w'), null, how === 'atomic', 0);
    } catch (e) {
      fail(file, e);
    }
  }

  /** An output going to a stream (standard output); nothing to rename. */
  static stream(label: string, stream: NodeJS.WritableStream): OutputFile {
    return new OutputFile(label, null, stream, false, 0);
  }

  /**
   * Whether the bytes given to `write` are no longer used once it resolves (a file: each write is
   * finished then; a stream may still hold them), so that their buffer can be used again.
   */
  get releasesWrittenBytes(): boolean {
    return this.handle !== null;
  }

  async write(data: string | Uint8Array): Promise<void> {
    if (data.length === 0) return;
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    try {
      if (this.handle) {
        let done = 0;
        while (done < bytes.length) {
          const { bytesWritten } = await this.handle.write(bytes, done, bytes.length - done, this.atomic ? this.bytes + done : null);
          if (bytesWritten === 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          done += bytesWritten;
        }
      } else if (this.stream && !this.stream.write(bytes)) {
        await Promise.race([once(this.stream, 'drain'), once(this.stream, 'error').then(([e]) => Promise.reject(e))]);
      }
    } catch (e) {
      fail(this.file, e);
    }
    this.bytes += bytes.length;
  }

  /** Makes what was written durable (before a checkpoint says it is there). */
  async sync(): Promise<void> {
    try {
      if (this.handle && this.atomic) await this.handle.datasync();
    } catch (e) {
      fail(this.file, e);
    }
  }

  /** Closes without putting the file in place (the partial file stays for `--resume`). */
  async close(): Promise<void> {
    const h = this.handle;
    this.handle = null;
    await h?.close().catch(() => undefined);
  }

  /** Closes and renames the complete file into place. */
  async commit(): Promise<void> {
    const h = this.handle;
    this.handle = null;
    try {
      if (h) {
        if (this.atomic) await h.datasync();
        await h.close();
      }
      if (this.atomic) await rename(partialPath(this.file), this.file);
    } catch (e) {
      await h?.close().catch(() => undefined);
      fail(this.file, e);
    }
  }
}

/** Writes a whole file at once, atomically for a regular file; errors as "cannot write FILE: reason". */
export async function writeFileSafely(file: string, content: string | Uint8Array): Promise<void> {
  const out = await OutputFile.open(file);
  try {
    await out.write(content);
    await out.commit();
  } catch (e) {
    await out.close();
    if (out.atomic) await unlink(partialPath(file)).catch(() => undefined);
    throw e;
  }
}
