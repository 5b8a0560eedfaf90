import path from 'node:path';
import { formatProblem, VsrError, type Problem } from '../i18n/problem.js';
import type { Locale } from '../i18n/messages.js';
import type { CommandContext } from './command.js';
import { writeFileSafely } from '../batch/output-file.js';
import { terminalSafe } from '../safe-text.js';

/** Writes problems to stderr: the chosen language first, the other one indented beneath. */
export function printProblems(ctx: Pick<CommandContext, 'stderr' | 'locale'> & { cwd?: string }, problems: Problem[]): void {
  const other: Locale = ctx.locale === 'en' ? 'zh-CN' : 'en';
  const cwd = ctx.cwd ?? process.cwd();
  const shown = problems.map((p) => (p.file && path.isAbsolute(p.file) && !path.relative(cwd, p.file).startsWith('..') ? { ...p, file: path.relative(cwd, p.file) } : p));
  for (const p of shown) ctx.stderr.write(terminalSafe(`${formatProblem(p, ctx.locale)}\n    ${formatProblem(p, other)}\n`));
}

/** Runs a step that may throw VsrError; prints its problems and returns null instead. */
export async function orReport<T>(ctx: Pick<CommandContext, 'stderr' | 'locale'> & { cwd?: string }, fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof VsrError) {
      printProblems(ctx, e.problems);
      return null;
    }
    throw e;
  }
}

export function writeJson(ctx: Pick<CommandContext, 'stdout'>, value: unknown): void {
  ctx.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/**
 * Writes a command's output to `out` (relative to the working folder; its folder is made when
 * missing), or to stdout when `out` is missing or `-`. A regular file is written under a temporary
 * name and renamed into place when complete; a write error is thrown as a VsrError ("cannot write
 * FILE: reason"), which `runCli` reports with exit code 1.
 */
export async function writeCommandOutput(ctx: Pick<CommandContext, 'stdout' | 'cwd'>, out: string | undefined, content: string | Uint8Array): Promise<void> {
  if (!out || out === '-') {
    ctx.stdout.write(content);
    return;
  }
  await writeFileSafely(path.resolve(ctx.cwd, out), content);
}
