import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { localText, formatMessage, type Locale } from '../../i18n/messages.js';
import { problem } from '../../i18n/problem.js';
import { loadDocument } from '../../standard/load.js';
import { argRoots } from '../../io/ref-roots.js';
import { checkpointPath, runBatch, type BatchTarget } from '../../batch/run.js';
import { fileIdentity, partialPath, writeFileSafely } from '../../batch/output-file.js';
import { listInspectionFiles } from '../../io/read.js';
import { DEFAULT_TARGETS, loadTargets, type Target } from '../../batch/targets.js';
import type { BatchSummary } from '../../batch/summary.js';
import { batchSummaries } from '../../report/registry.js';
import { choiceList, rendererForExtension } from '../../report/renderer.js';
import { UsageError, type Command, type CommandContext } from '../command.js';
import { orReport, printProblems } from '../output.js';
import { failPolicyOf, FAIL_HELP, FAIL_OPTIONS, PolicyCheck } from '../fail-policy.js';
import { printNotes } from './score.js';
import { OUTPUT_SHAPES, type OutputShape } from '../../batch/shapes.js';
import { GAP_MODES, type GapMode } from '../../evaluate.js';

const summaryExtensionList = () => batchSummaries.renderers.map((r) => r.extension);
const summaryExtensions = (l: Locale) => ({ extensions: choiceList(summaryExtensionList(), l) });
/** The summary file extensions a batch writes (from the renderer registry). */
export const SUMMARY_FORMATS = summaryExtensionList();

/** The error file beside the output: `x.ndjson` → `x.errors.ndjson`. */
export function defaultErrorsPath(out: string): string {
  return out.replace(/\.(nd)?jsonl?$/i, '') + '.errors.ndjson';
}

export function renderSummary(summary: BatchSummary, ext: string, locale: CommandContext['locale']): Promise<string | Uint8Array> | string | Uint8Array {
  return rendererForExtension(batchSummaries, ext)!.render(summary, { locale });
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
  summary: localText('cli-batch-summary'),
  get usage() {
    return `IN|- --out OUT|- [--output full|compact|summary] [--gap none|next|all] [--resume] [--errors FILE] [--summary FILE${summaryExtensionList().join('|')}] [--workers N] [--scheme REF | --standard REF] [--targets FILE]`;
  },
  get help() {
    return {
      out: localText('cli-batch-out'),
      output: localText('cli-batch-output'),
      gap: localText('cli-batch-gap'),
      resume: localText('cli-batch-resume'),
      errors: localText('cli-batch-errors'),
      summary: { 'zh-CN': formatMessage('cli-summary-help', summaryExtensions('zh-CN'), 'zh-CN'), en: formatMessage('cli-summary-help', summaryExtensions('en'), 'en') },
      workers: localText('cli-batch-workers'),
      scheme: localText('cli-batch-scheme'),
      standard: localText('cli-batch-standard'),
      targets: localText('cli-batch-targets'),
      ...FAIL_HELP,
    };
  },
  example: 'vsr batch inspections.ndjson --out evaluations.ndjson --summary summary.html',
  options: {
    out: { type: 'string' },
    output: { type: 'string', default: 'full' },
    gap: { type: 'string', default: 'next' },
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
    if (!input || ctx.positionals.length > 1) throw new UsageError(localText('batch-input-missing'));
    if (!v.out) throw new UsageError(localText('batch-out-missing'));
    if (v.scheme && v.standard) throw new UsageError(localText('batch-scheme-and-standard'));
    let workers = availableParallelism();
    if (v.workers !== undefined) {
      workers = Number(v.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 256) throw new UsageError(localText('batch-workers-invalid'));
    }
    const output = String(v.output ?? 'full') as OutputShape;
    if (!OUTPUT_SHAPES.includes(output)) throw new UsageError({ 'zh-CN': formatMessage('cli-batch-output-invalid', { value: output }, 'zh-CN'), en: formatMessage('cli-batch-output-invalid', { value: output }, 'en') });
    const gap = String(v.gap ?? 'next') as GapMode;
    if (!GAP_MODES.includes(gap)) throw new UsageError(localText('cli-batch-gap-invalid', { value: gap }));
    const summaryExt = v.summary ? path.extname(v.summary).toLowerCase() : null;
    if (summaryExt !== null && !summaryExtensionList().includes(summaryExt)) throw new UsageError({ 'zh-CN': formatMessage('cli-summary-extension', summaryExtensions('zh-CN'), 'zh-CN'), en: formatMessage('cli-summary-extension', summaryExtensions('en'), 'en') });
    if (v.targets && !v.summary) throw new UsageError(localText('batch-targets-need-summary'));

    const resolve = (p: string) => path.resolve(ctx.cwd, p);
    const fromStdin = input === '-';
    const toStdout = v.out === '-';
    const policy = failPolicyOf(ctx.values);
    // the workers send what the policy needs of each record whatever the shape; a resumed run reads the
    // records written before back, and a summary line lacks the station's name and the levels
    if (policy && output === 'summary' && ctx.values.resume) throw new UsageError(localText('cli-batch-policy-shape'));
    if (ctx.values.resume && (fromStdin || toStdout)) throw new UsageError(localText('batch-resume-needs-files'));
    if (v.errors === '-' || v.summary === '-') throw new UsageError(localText('batch-errors-summary-not-files'));
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
    let loaded: Awaited<ReturnType<typeof loadDocument>> | null = null;
    if (ref) {
      loaded = await orReport(ctx, () => loadDocument(ref, ctx.cwd, { roots: argRoots(ctx.cwd, ref) }));
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
      throw new UsageError(localText('batch-files-not-distinct', { formatMessage: formatMessage('batch-same-file', same, 'zh-CN'), formatMessage2: formatMessage('batch-same-file', same, 'en') }));
    }
    const bar = fromStdin ? null : progressBar(ctx);
    const started = Date.now();
    let barStarted = false;
    const stdin = (ctx as CommandContext & { stdin?: AsyncIterable<Uint8Array> }).stdin;
    // the policy checks each record as it is written (so `--out -` works too), not the output read back
    const check = policy ? new PolicyCheck(policy) : null;
    const result = await orReport(ctx, () => runBatch({
      input: inputPath, files: listed.length ? listed : undefined, stdin, out, errors, workers, summary: !!v.summary, output, gap, ref, refKind, loaded: loaded ?? undefined, cwd: ctx.cwd, locale: ctx.locale, resume: !!ctx.values.resume,
      onNote: (note) => printNotes(ctx, [note]),
      onRated: check ? (rated) => check.add(rated) : undefined,
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
        if (done.summary && v.summary) await writeFileSafely(resolve(v.summary), await renderSummary(done.summary.finish(done.counts, targets), summaryExt!, ctx.locale));
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
    const policyCode = check ? check.finish(ctx) : null;
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
