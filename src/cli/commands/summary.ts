import { stat } from 'node:fs/promises';
import path from 'node:path';
import { problem, type Problem } from '../../i18n/problem.js';
import { mergeSummaries, summariseOutputs } from '../../batch/stored-summary.js';
import { DEFAULT_TARGETS, loadTargets, type Target } from '../../batch/targets.js';
import { writeFileSafely } from '../../batch/output-file.js';
import { UsageError, type Command } from '../command.js';
import { orReport, printProblems } from '../output.js';
import { renderSummary, SUMMARY_FORMATS } from './batch.js';

/** `vsr summary FILE…`: the regional summary of stored batch output, or of shards' summaries merged. */
export const summaryCommand: Command = {
  name: 'summary',
  summary: { 'zh-CN': '对已存的批量输出（任一形式）做分地区汇总；--merge 合并各分片的汇总', en: 'Regional summary of stored batch output (any shape); --merge adds up the summaries of shards' },
  usage: 'FILE… [--merge] [--out FILE.json|.csv|.html] [--targets FILE]',
  help: {
    merge: { 'zh-CN': 'FILE 为各分片 vsr batch --summary 写出的 .json，合并为整体的汇总', en: 'FILEs are the .json summaries of shards (vsr batch --summary); merge them into the summary of the whole' },
    out: { 'zh-CN': '汇总文件，按扩展名输出 .json、.csv 或 .html（默认：JSON 到标准输出）', en: 'Summary file, .json, .csv or .html by its extension (default: JSON on standard output)' },
    targets: { 'zh-CN': '目标文件（YAML/JSON），默认：星级站点 ≥ 60%，最高等级 ≥ 30%', en: 'Targets file (YAML/JSON); default: ≥ 60% of stations with a level, ≥ 30% at the top level' },
  },
  example: 'vsr summary hangzhou.ndjson ningbo.ndjson --out zhejiang.html',
  options: { merge: { type: 'boolean' }, out: { type: 'string' }, targets: { type: 'string' } },
  async run(ctx) {
    const v = ctx.values as Record<string, string | boolean | undefined>;
    if (ctx.positionals.length === 0) throw new UsageError({ 'zh-CN': '请给出至少一个批量输出文件', en: 'Give at least one batch output file' });
    const out = typeof v.out === 'string' ? v.out : null;
    const ext = out ? path.extname(out).toLowerCase() : '.json';
    if (!SUMMARY_FORMATS.includes(ext)) throw new UsageError({ 'zh-CN': '--out 文件的扩展名应为 .json、.csv 或 .html', en: 'The --out file must end in .json, .csv or .html' });
    const files = ctx.positionals.map((f) => path.resolve(ctx.cwd, f));
    const missing: Problem[] = [];
    for (const [i, f] of files.entries()) {
      try {
        if (!(await stat(f)).isFile()) throw new Error('not a file');
      } catch {
        missing.push(problem('file-not-found', '', { file: ctx.positionals[i] }));
      }
    }
    if (missing.length) {
      printProblems(ctx, missing);
      return 1;
    }
    let targets: readonly Target[] = DEFAULT_TARGETS;
    if (typeof v.targets === 'string') {
      const loaded = await orReport(ctx, () => loadTargets(path.resolve(ctx.cwd, v.targets as string)));
      if (!loaded) return 1;
      targets = loaded;
    }
    const problems: Problem[] = [];
    const done = await orReport(ctx, () => (v.merge ? mergeSummaries(files, problems) : summariseOutputs(files, ctx.cwd, problems)));
    if (!done) return 1;
    const shown = problems.map((p) => (p.file && path.isAbsolute(p.file) ? { ...p, file: path.relative(ctx.cwd, p.file) } : p));
    const text = await renderSummary(done.summary.finish(done.counts, targets), ext, ctx.locale);
    if (out) await writeFileSafely(path.resolve(ctx.cwd, out), text);
    else ctx.stdout.write(text);
    printProblems(ctx, shown);
    return problems.length ? 1 : 0;
  },
};
