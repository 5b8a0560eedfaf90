import { stat } from 'node:fs/promises';
import path from 'node:path';
import { problem, type Problem } from '../../i18n/problem.js';
import { mergeSummaries, summariseOutputs } from '../../batch/stored-summary.js';
import { DEFAULT_TARGETS, loadTargets, type Target } from '../../batch/targets.js';
import { formatMessage, localText, type Locale } from '../../i18n/messages.js';
import { choiceList } from '../../report/renderer.js';
import { UsageError, type Command } from '../command.js';
import { orReport, printProblems, writeCommandOutput } from '../output.js';
import { renderSummary, SUMMARY_FORMATS } from './batch.js';

/** A message naming the summary file extensions (from the renderer registry), in both languages. */
const withExtensions = (code: 'cli-summary-out' | 'cli-summary-out-extension') => {
  const text = (l: Locale) => formatMessage(code, { extensions: choiceList(SUMMARY_FORMATS, l) }, l);
  return { 'zh-CN': text('zh-CN'), en: text('en') };
};

/** `vsr summary FILE…`: the regional summary of stored batch output, or of shards' summaries merged. */
export const summaryCommand: Command = {
  name: 'summary',
  summary: localText('cli-summary-summary'),
  usage: `FILE… [--merge] [--out FILE${SUMMARY_FORMATS.join('|')}] [--targets FILE]`,
  help: {
    merge: localText('cli-summary-merge'),
    out: withExtensions('cli-summary-out'),
    targets: localText('cli-batch-targets'),
  },
  example: 'vsr summary hangzhou.ndjson ningbo.ndjson --out zhejiang.html',
  options: { merge: { type: 'boolean' }, out: { type: 'string' }, targets: { type: 'string' } },
  async run(ctx) {
    const v = ctx.values as Record<string, string | boolean | undefined>;
    if (ctx.positionals.length === 0) throw new UsageError(localText('cli-summary-no-files'));
    const out = typeof v.out === 'string' ? v.out : null;
    const ext = out ? path.extname(out).toLowerCase() : '.json';
    if (!SUMMARY_FORMATS.includes(ext)) throw new UsageError(withExtensions('cli-summary-out-extension'));
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
    await writeCommandOutput(ctx, out ?? undefined, text);
    printProblems(ctx, shown);
    return problems.length ? 1 : 0;
  },
};
