import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { formatMessage } from '../../i18n/messages.js';
import { problem } from '../../i18n/problem.js';
import { loadDocument } from '../../standard/load.js';
import { argRoots } from '../../io/ref-roots.js';
import { checkpointPath, runBatch, type BatchTarget } from '../../batch/run.js';
import { fileIdentity, partialPath, writeFileSafely } from '../../batch/output-file.js';
import { listInspectionFiles } from '../../inspection/read.js';
import { DEFAULT_TARGETS, loadTargets, type Target } from '../../batch/targets.js';
import type { BatchSummary } from '../../batch/summary.js';
import { renderSummaryCsv } from '../../batch/summary-csv.js';
import { renderSummaryHtml } from '../../batch/summary-html.js';
import { UsageError, type Command, type CommandContext } from '../command.js';
import { orReport, printProblems } from '../output.js';
import { applyFailPolicyToNdjson, failPolicyOf, FAIL_HELP, FAIL_OPTIONS } from '../fail-policy.js';
import { printNotes } from './score.js';
import { OUTPUT_SHAPES, type OutputShape } from '../../batch/shapes.js';

export const SUMMARY_FORMATS = ['.json', '.csv', '.html'];

/** The error file beside the output: `x.ndjson` → `x.errors.ndjson`. */
export function defaultErrorsPath(out: string): string {
  return out.replace(/\.(nd)?jsonl?$/i, '') + '.errors.ndjson';
}

export function renderSummary(summary: BatchSummary, ext: string, locale: CommandContext['locale']): string {
  if (ext === '.csv') return renderSummaryCsv(summary, locale);
  if (ext === '.html') return renderSummaryHtml(summary, locale);
  return JSON.stringify(summary, null, 2) + '\n';
}

function progressBar(ctx: CommandContext) {
  if (!ctx.stderr.isTTY) return null;
  const en = ctx.locale === 'en';
  return new cliProgress.SingleBar({
    stream: ctx.stderr as NodeJS.WritableStream as never,
    format: en ? ' {bar} {percentage}% | {records} records | {rate} records/s | ETA {eta_formatted}' : ' {bar} {percentage}% | {records} 条 | {rate} 条/秒 | 剩余 {eta_formatted}',
    hideCursor: true,
    clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
}

/** `vsr batch IN --out OUT`: scores a whole province's inspections in one streaming run. */
export const batchCommand: Command = {
  name: 'batch',
  summary: { 'zh-CN': '批量评分（NDJSON 或文件夹，多线程，流式），可输出分地区汇总', en: 'Score many inspections (NDJSON or a folder) on all cores, streaming; optional regional summary' },
  usage: 'IN|- --out OUT|- [--output full|compact|summary] [--resume] [--errors FILE] [--summary FILE.json|.csv|.html] [--workers N] [--scheme REF | --standard REF] [--targets FILE]',
  help: {
    out: { 'zh-CN': '评定结果文件（NDJSON，每行一条，与输入顺序一致）；- 为标准输出。IN 为 - 时读标准输入', en: 'File for the evaluations (NDJSON, one a line, in input order); - for standard output. IN - reads standard input' },
    output: { 'zh-CN': '每行的形式：full（完整评定结果，默认）、compact（略去不适用条目和达标条目的理由，标题以编号引用）或 summary（每站一行摘要）', en: 'Shape of each line: full (the whole evaluation, default), compact (no items that do not apply, no reasons of passed items, titles by id) or summary (one short line per station)' },
    resume: { 'zh-CN': '从上次中断处继续（须与中断的运行用相同的输入和选项）', en: 'Continue an interrupted run where it stopped (same input and options as that run)' },
    errors: { 'zh-CN': '错误记录文件（默认 OUT 旁的 .errors.ndjson；--out - 时为标准错误）', en: 'File for the bad records (default: OUT with .errors.ndjson; standard error with --out -)' },
    summary: { 'zh-CN': '分地区汇总文件，按扩展名输出 .json、.csv 或 .html', en: 'Regional summary, as .json, .csv or .html by its extension' },
    workers: { 'zh-CN': '工作线程数（默认：全部 CPU 核心）', en: 'Worker threads (default: all cores)' },
    scheme: { 'zh-CN': '对所有记录使用此评定方案（默认用每条记录自己写明的）', en: 'Rating scheme for every record (default: the one each record names)' },
    standard: { 'zh-CN': '对所有记录使用此标准', en: 'Standard for every record' },
    targets: { 'zh-CN': '目标文件（YAML/JSON），默认：星级站点 ≥ 60%，最高等级 ≥ 30%', en: 'Targets file (YAML/JSON); default: ≥ 60% of stations with a level, ≥ 30% at the top level' },
    ...FAIL_HELP,
  },
  example: 'vsr batch inspections.ndjson --out evaluations.ndjson --summary summary.html',
  options: {
    out: { type: 'string' },
    output: { type: 'string', default: 'full' },
    resume: { type: 'boolean' },
    errors: { type: 'string' },
    summary: { type: 'string' },
    workers: { type: 'string' },
    scheme: { type: 'string' },
    standard: { type: 'string' },
    targets: { type: 'string' },
    ...FAIL_OPTIONS,
  },
  async run(ctx) {
    const v = ctx.values as Record<string, string | undefined>;
    const input = ctx.positionals[0];
    if (!input || ctx.positionals.length > 1) throw new UsageError({ 'zh-CN': '请给出一个输入（NDJSON 文件或文件夹）', en: 'Give one input (an NDJSON file or a folder)' });
    if (!v.out) throw new UsageError({ 'zh-CN': '请用 --out 指定评定结果文件', en: 'Give the output file with --out' });
    if (v.scheme && v.standard) throw new UsageError({ 'zh-CN': '--scheme 和 --standard 只能给一个', en: 'Give --scheme or --standard, not both' });
    let workers = availableParallelism();
    if (v.workers !== undefined) {
      workers = Number(v.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 256) throw new UsageError({ 'zh-CN': '--workers 应为 1 到 256 的整数', en: '--workers must be a whole number from 1 to 256' });
    }
    const output = String(v.output ?? 'full') as OutputShape;
    if (!OUTPUT_SHAPES.includes(output)) throw new UsageError({ 'zh-CN': `--output 应为 full、compact 或 summary：${output}`, en: `--output must be full, compact or summary: ${output}` });
    const summaryExt = v.summary ? path.extname(v.summary).toLowerCase() : null;
    if (summaryExt !== null && !SUMMARY_FORMATS.includes(summaryExt)) throw new UsageError({ 'zh-CN': '--summary 文件的扩展名应为 .json、.csv 或 .html', en: 'The --summary file must end in .json, .csv or .html' });
    if (v.targets && !v.summary) throw new UsageError({ 'zh-CN': '--targets 需要与 --summary 一起使用', en: '--targets needs --summary' });

    const resolve = (p: string) => path.resolve(ctx.cwd, p);
    const fromStdin = input === '-';
    const toStdout = v.out === '-';
    const policy = failPolicyOf(ctx.values);
    if (policy && output === 'summary') throw new UsageError({ 'zh-CN': '--fail-below 和 --fail-on-veto 需要 --output full 或 compact', en: '--fail-below and --fail-on-veto need --output full or compact' });
    if (policy && toStdout) throw new UsageError({ 'zh-CN': '--fail-below 和 --fail-on-veto 需要 --out 文件', en: '--fail-below and --fail-on-veto need an --out file' });
    if (ctx.values.resume && (fromStdin || toStdout)) throw new UsageError({ 'zh-CN': '--resume 需要文件形式的输入和 --out', en: '--resume needs an input file and an --out file' });
    if (v.errors === '-' || v.summary === '-') throw new UsageError({ 'zh-CN': '--errors 和 --summary 须为文件', en: '--errors and --summary must be files' });
    const inputPath = fromStdin ? '-' : resolve(input);
    let listed: string[] = [];
    if (!fromStdin) {
      try {
        if ((await stat(inputPath)).isDirectory() && (listed = await listInspectionFiles(inputPath)).length === 0) {
          printProblems(ctx, [problem('inspection-folder-empty', '', { dir: input })]);
          return 1;
        }
      } catch {
        printProblems(ctx, [problem('file-not-found', '', { file: input })]);
        return 1;
      }
    }
    const ref = v.scheme ?? v.standard;
    const refKind = v.scheme ? 'scheme' : v.standard ? 'standard' : undefined;
    if (ref) {
      const loaded = await orReport(ctx, () => loadDocument(ref, ctx.cwd, { roots: argRoots(ctx.cwd, ref) }));
      if (!loaded) return 1;
      if (loaded.kind !== refKind) {
        printProblems(ctx, [problem('wrong-kind', '', { ref, actual: loaded.kind, expected: refKind! })]);
        return 1;
      }
    }
    let targets: readonly Target[] = DEFAULT_TARGETS;
    if (v.targets) {
      const loaded = await orReport(ctx, () => loadTargets(resolve(v.targets!)));
      if (!loaded) return 1;
      targets = loaded;
    }

    // With --out -, the evaluations go to stdout, so the counts and (unless --errors) the error lines go to stderr.
    const say = toStdout ? ctx.stderr : ctx.stdout;
    const errorsName = v.errors ?? (toStdout ? null : defaultErrorsPath(v.out));
    const out: BatchTarget = toStdout ? { label: '-', stream: ctx.stdout } : resolve(v.out);
    const errors: BatchTarget = errorsName === null ? { label: '-', stream: ctx.stderr } : resolve(errorsName);
    const same = await sameFile(fromStdin ? [] : [[input, inputPath], ...listed.map((f): [string, string] => [f, f])], [
      ...(typeof out === 'string' ? [[v.out, out], [v.out, partialPath(out)], [v.out, checkpointPath(out)]] : []),
      ...(typeof errors === 'string' ? [[errorsName!, errors], [errorsName!, partialPath(errors)]] : []),
      ...(v.summary ? [[v.summary, resolve(v.summary)], [v.summary, partialPath(resolve(v.summary))]] : []),
    ] as [string, string][]);
    if (same) {
      throw new UsageError({
        'zh-CN': `${formatMessage('batch-same-file', same, 'zh-CN')}。输入、--out、--errors 和 --summary 须是不同的文件`,
        en: `${formatMessage('batch-same-file', same, 'en')}. The input, --out, --errors and --summary must be different files`,
      });
    }
    const bar = fromStdin ? null : progressBar(ctx);
    const started = Date.now();
    let barStarted = false;
    const stdin = (ctx as CommandContext & { stdin?: AsyncIterable<Uint8Array> }).stdin;
    const result = await orReport(ctx, () => runBatch({
      input: inputPath, stdin, out, errors, workers, summary: !!v.summary, output, ref, refKind, cwd: ctx.cwd, locale: ctx.locale, resume: !!ctx.values.resume,
      onNote: (note) => printNotes(ctx, [note]),
      onProgress: bar
        ? ({ done, total, records }) => {
          const payload = { records, rate: Math.round(records / Math.max(0.001, (Date.now() - started) / 1000)) };
          if (!barStarted) {
            bar.start(total, 0, payload);
            barStarted = true;
          }
          bar.update(done, payload);
        }
        : undefined,
      beforeCommit: async (done) => {
        if (done.summary && v.summary) await writeFileSafely(resolve(v.summary), renderSummary(done.summary.finish(done.counts, targets), summaryExt!, ctx.locale));
      },
    }).finally(() => {
      if (barStarted) bar!.stop();
    }));
    if (!result) return 1;

    const { counts } = result;
    const blank = (counts.blank ? formatMessage('batch-blank-lines', { count: counts.blank }, ctx.locale) : '')
      + (result.skipped ? formatMessage('batch-skipped-count', { count: result.skipped }, ctx.locale) : '');
    say.write(formatMessage('batch-counts', { total: counts.total, good: counts.good, bad: counts.bad, blank }, ctx.locale) + '\n');
    say.write(formatMessage('batch-written', { out: v.out, errors: errorsName ?? '-' }, ctx.locale) + '\n');
    if (v.summary) say.write(formatMessage('batch-summary-written', { file: v.summary }, ctx.locale) + '\n');
    const policyCode = typeof out === 'string' ? await applyFailPolicyToNdjson(ctx, policy, out) : null;
    return counts.bad > 0 ? 1 : (policyCode ?? 0);
  },
};

/**
 * The first output that is the input (or one of a folder's files) or another output, by device and
 * inode (symlinks and hard links included) or real path, as `{ a, b }` names; null when all differ.
 */
async function sameFile(inputs: [string, string][], outputs: [string, string][]): Promise<{ a: string; b: string } | null> {
  const seen = new Map<string, string>();
  for (const [name, file] of inputs) seen.set(await fileIdentity(file), name);
  let lastName: string | null = null;
  const own = new Set<string>();
  for (const [name, file] of outputs) {
    if (name !== lastName) {
      for (const id of own) seen.set(id, lastName!);
      own.clear();
      lastName = name;
    }
    const id = await fileIdentity(file);
    const other = seen.get(id);
    if (other !== undefined) return { a: other, b: name };
    own.add(id);
  }
  return null;
}
