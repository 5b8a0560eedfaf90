import { stat } from 'node:fs/promises';
import path from 'node:path';
import { problem, type Problem } from '../../i18n/problem.js';
import { compareRounds } from '../../batch/compare.js';
import { renderComparisonHtml, renderComparisonText } from '../../batch/compare-render.js';
import { UsageError, type Command } from '../command.js';
import { printProblems, writeJson } from '../output.js';
import { terminalSafe } from '../../safe-text.js';

/** `vsr compare A B`: what changed between two rounds of evaluations. */
export const compareCommand: Command = {
  name: 'compare',
  summary: { 'zh-CN': '对比两轮评定（两个评定结果或两份批量输出），按站点编号匹配', en: 'Compare two rounds (two evaluations or two batch outputs), matched by station id' },
  usage: 'A B [--format text|json|html]',
  help: { format: { 'zh-CN': '输出格式：text（默认）、json 或 html', en: 'Output format: text (default), json or html' } },
  example: 'vsr compare 2023.ndjson 2024.ndjson --format html > trends.html',
  options: { format: { type: 'string', default: 'text' } },
  async run(ctx) {
    const format = String(ctx.values.format);
    if (!['text', 'json', 'html'].includes(format)) throw new UsageError({ 'zh-CN': `未知格式：${format}`, en: `Unknown format: ${format}` });
    if (ctx.positionals.length !== 2) throw new UsageError({ 'zh-CN': '请给出两个评定结果文件：前一轮和后一轮', en: 'Give two evaluation files: the earlier round and the later one' });
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
    if (format === 'json') writeJson(ctx, comparison);
    // station names and ids come from the files: control characters must not reach the terminal
    else ctx.stdout.write(format === 'html' ? renderComparisonHtml(comparison, ctx.locale) : terminalSafe(renderComparisonText(comparison, ctx.locale)));
    printProblems(ctx, shown);
    return problems.some((p) => p.code !== 'compare-duplicate-station') ? 1 : 0;
  },
};
