import path from 'node:path';
import cliProgress from 'cli-progress';
import { localText, type Locale } from '../../i18n/messages.js';
import { formatProblem, problem, type Problem } from '../../i18n/problem.js';
import { CompiledCache, expandInspectionPaths } from '../../io/read.js';
import { loadReportInputs, type LoadedReports } from '../../io/inputs.js';
import { evaluationReports } from '../../report/registry.js';
import { formatsOf } from '../../report/renderer.js';
import { chosenRenderer, formatHelp, forTerminal, invalidOption, isBinary } from '../formats.js';
import { UsageError, type Command, type CommandContext } from '../command.js';
import { printProblems, writeCommandOutput } from '../output.js';
import { STDIN, stdinToFile } from '../stdin.js';
import { applyFailPolicy, failPolicyOf, FAIL_HELP, FAIL_OPTIONS } from '../fail-policy.js';
import { terminalSafe } from '../../safe-text.js';

/** Scoring this many files or more on a terminal shows a progress bar. */
export const PROGRESS_MIN_FILES = 5;

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], option: string): T {
  if (allowed.includes(value as T)) return value as T;
  throw invalidOption(option, value, allowed);
}

/** Writes notes (not errors) to stderr in both languages. */
export function printNotes(ctx: Pick<CommandContext, 'stderr' | 'locale'>, notes: Problem[]): void {
  const other: Locale = ctx.locale === 'en' ? 'zh-CN' : 'en';
  for (const n of notes) ctx.stderr.write(terminalSafe(`! ${formatProblem(n, ctx.locale)}\n    ${formatProblem(n, other)}\n`));
}

/**
 * Reads inspection files and folders (and stored evaluations) for `score` and `gap`: the standard or
 * scheme from the flags or each file, a progress bar on a terminal for many files, and every problem
 * printed with its file and line. Throws UsageError for an unknown --target.
 */
export async function readReports(ctx: CommandContext, paths: string[], target: string | undefined): Promise<LoadedReports & { emptyFolders: string[]; fromFolder: Set<string> }> {
  const standard = ctx.values.standard as string | undefined;
  const scheme = ctx.values.scheme as string | undefined;
  if (standard && scheme) throw new UsageError(localText('score-standard-and-scheme'));
  if (paths.filter((p) => p === STDIN).length > 1) throw new UsageError(localText('score-stdin-twice'));
  const stdin = paths.includes(STDIN) ? await stdinToFile(ctx.stdin ?? process.stdin, ctx.cwd) : null;
  let loaded: LoadedReports & { emptyFolders: string[]; fromFolder: Set<string> };
  try {
    loaded = await readReportFiles(ctx, paths.map((p) => (p === STDIN && stdin ? stdin.file : p)), { standard, scheme, target });
  } finally {
    await stdin?.cleanup();
  }
  if (stdin) {
    // reports and problems name standard input `-`, not the temporary file
    const named = <T extends { file?: string }>(x: T): T => (x.file === stdin.file ? { ...x, file: STDIN } : x);
    loaded = { ...loaded, inputs: loaded.inputs.map(named), problems: loaded.problems.map(named), notes: loaded.notes.map(named) };
  }
  printProblems(ctx, loaded.problems);
  printNotes(ctx, loaded.notes);
  printNotes(ctx, loaded.emptyFolders.map((dir) => problem('inspection-folder-empty', '', { dir })));
  return loaded;
}

async function readReportFiles(ctx: CommandContext, paths: string[], options: { standard?: string; scheme?: string; target?: string }): Promise<LoadedReports & { emptyFolders: string[]; fromFolder: Set<string> }> {
  const { standard, scheme, target } = options;
  const { files, fromFolder, emptyFolders } = await expandInspectionPaths(paths, ctx.cwd);
  const bar = ctx.stderr.isTTY && files.length >= PROGRESS_MIN_FILES
    ? new cliProgress.SingleBar({ stream: ctx.stderr, format: '{bar} {value}/{total} {file}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(files.length, 0, { file: '' });
  const loaded = await loadReportInputs(files, {
    standard, scheme, target, cwd: ctx.cwd, fromFolder, cache: new CompiledCache(),
    onFile: (file) => bar?.increment(1, { file: path.basename(file) }),
  });
  bar?.stop();
  if (target) {
    for (const input of loaded.inputs) {
      const levels = input.compiled.levels.map((l) => l.id);
      if (!levels.includes(target)) {
        throw new UsageError(localText('score-target-unknown', { target, levels: levels.join('、'), levels2: levels.join(', ') }));
      }
    }
  }
  return { ...loaded, emptyFolders, fromFolder };
}

/** Writes the output to --out (making its folder), or to stdout when --out is absent or `-`. */
export async function writeOutput(ctx: CommandContext, content: string | Uint8Array): Promise<void> {
  await writeCommandOutput(ctx, ctx.values.out as string | undefined, content);
}

/** `vsr score FILE…`: scores inspections (or re-renders stored evaluations) as JSON, Markdown, HTML, CSV or XLSX. */
export const scoreCommand: Command = {
  name: 'score',
  summary: localText('cli-score-summary'),
  get usage() {
    return `FILE…|- [--scheme REF | --standard REF] [--format ${formatsOf(evaluationReports).join('|')}] [--locale zh-CN|en] [--out PATH] [--target LEVEL]`;
  },
  get help() {
    return {
      scheme: localText('cli-score-scheme'),
      standard: localText('cli-score-standard'),
      format: formatHelp(evaluationReports, 'cli-format-help-score'),
      out: localText('cli-score-out'),
      target: localText('cli-score-target'),
      ...FAIL_HELP,
    };
  },
  example: 'vsr score examples/inspections --format html --out report.html',
  options: {
    scheme: { type: 'string' },
    standard: { type: 'string' },
    format: { type: 'string', default: evaluationReports.default },
    out: { type: 'string' },
    target: { type: 'string' },
    ...FAIL_OPTIONS,
  },
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError(localText('score-files-missing'));
    const renderer = chosenRenderer(evaluationReports, ctx.values.format);
    if (isBinary(renderer) && (!ctx.values.out || ctx.values.out === STDIN) && ctx.stdout.isTTY) throw new UsageError(localText('cli-binary-needs-out', { format: renderer.format }));
    const target = ctx.values.target as string | undefined;
    const policy = failPolicyOf(ctx.values);
    const loaded = await readReports(ctx, ctx.positionals, target);
    // One file named on its own gives one evaluation; several files or a folder give an array.
    const single = loaded.inputs.length === 1 && ctx.positionals.length === 1 && loaded.fromFolder.size === 0 && loaded.emptyFolders.length === 0;
    if (loaded.inputs.length > 0 || loaded.failed === 0) await writeOutput(ctx, forTerminal(renderer, await renderer.render(loaded.inputs, { locale: ctx.locale, single })));
    const policyCode = applyFailPolicy(ctx, policy, loaded.inputs.map((i) => i.evaluation));
    return loaded.failed > 0 ? 1 : (policyCode ?? 0);
  },
};
