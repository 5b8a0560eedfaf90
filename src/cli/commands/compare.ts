import { localText } from '../../i18n/messages.js';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { problem, type Problem } from '../../i18n/problem.js';
import { compareRounds } from '../../batch/compare.js';
import { comparisons } from '../../report/registry.js';
import { formatsOf } from '../../report/renderer.js';
import { chosenRenderer, formatHelp } from '../formats.js';
import { UsageError, type Command } from '../command.js';
import { printProblems } from '../output.js';
import { terminalSafe } from '../../safe-text.js';

/** `vsr compare A B`: what changed between two rounds of evaluations. */
export const compareCommand: Command = {
  name: 'compare',
  summary: localText('cli-compare-summary'),
  get usage() {
    return `A B [--format ${formatsOf(comparisons).join('|')}]`;
  },
  get help() {
    return { format: formatHelp(comparisons) };
  },
  example: 'vsr compare 2023.ndjson 2024.ndjson --format html > trends.html',
  options: { format: { type: 'string', default: comparisons.default } },
  async run(ctx) {
    const renderer = chosenRenderer(comparisons, ctx.values.format);
    if (ctx.positionals.length !== 2) throw new UsageError(localText('compare-two-files-needed'));
    const [a, b] = ctx.positionals;
    const missing: Problem[] = [];
    for (const f of [a, b]) {
      try {
        await stat(path.resolve(ctx.cwd, f));
      } catch {
        missing.push(problem('file-not-found', '', { file: f }));
      }
    }
    if (missing.length) {
      printProblems(ctx, missing);
      return 1;
    }
    const problems: Problem[] = [];
    const comparison = await compareRounds(path.resolve(ctx.cwd, a), path.resolve(ctx.cwd, b), problems, { a, b });
    const shown = problems.map((p) => (p.file && path.isAbsolute(p.file) ? { ...p, file: path.relative(ctx.cwd, p.file) } : p));
    if (problems.some((p) => ['compare-not-evaluations-file', 'text-utf16', 'text-binary'].includes(p.code))) {
      // a round that is not a file of evaluations: nothing worth comparing
      printProblems(ctx, shown);
      return 1;
    }
    const rendered = await renderer.render(comparison, { locale: ctx.locale });
    // station names and ids come from the files: control characters must not reach the terminal (text
    // output only; JSON escapes them and HTML is a file)
    ctx.stdout.write(renderer.format === 'text' && typeof rendered === 'string' ? terminalSafe(rendered) : rendered);
    printProblems(ctx, shown);
    return problems.some((p) => p.code !== 'compare-duplicate-station') ? 1 : 0;
  },
};
