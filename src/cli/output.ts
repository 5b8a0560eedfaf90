import { formatProblem, VsrError, type Problem } from '../i18n/problem.js';
import type { Locale } from '../i18n/messages.js';
import type { CommandContext } from './command.js';

/** Writes problems to stderr: the chosen language first, the other one indented beneath. */
export function printProblems(ctx: Pick<CommandContext, 'stderr' | 'locale'>, problems: Problem[]): void {
  const other: Locale = ctx.locale === 'en' ? 'zh-CN' : 'en';
  for (const p of problems) ctx.stderr.write(`${formatProblem(p, ctx.locale)}\n    ${formatProblem(p, other)}\n`);
}

/** Runs a step that may throw VsrError; prints its problems and returns null instead. */
export async function orReport<T>(ctx: Pick<CommandContext, 'stderr' | 'locale'>, fn: () => Promise<T>): Promise<T | null> {
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
