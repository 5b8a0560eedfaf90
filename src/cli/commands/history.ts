import { localText } from '../../i18n/messages.js';
import path from 'node:path';
import { problem } from '../../i18n/problem.js';
import { expandInspectionPaths, CompiledCache } from '../../io/read.js';
import { loadReportInputs } from '../../io/inputs.js';
import { isIncidentRecord } from '../../lifecycle/standing.js';
import { stationHistory } from '../../lifecycle/history.js';
import { renderHistoryHtml, renderHistoryMarkdown } from '../../lifecycle/render-history.js';
import { UsageError, type Command } from '../command.js';
import { orReport, printProblems } from '../output.js';
import { checkCrosswalk, loadCrosswalk, type LoadedCrosswalk } from '../../crosswalk/load.js';
import { shippedCrosswalks } from '../../crosswalk/shipped.js';
import { oneOf, writeOutput } from './score.js';
import { isPlanFile } from './rectify.js';

/** `vsr history STATION FOLDER…`: every evaluation of one station as a timeline. */
export const historyCommand: Command = {
  name: 'history',
  summary: localText('cli-history-summary'),
  usage: 'STATION_ID FOLDER|FILE… [--format md|html|json] [--crosswalk FILE]… [--out PATH]',
  help: {
    format: localText('cli-history-format'),
    crosswalk: localText('cli-history-crosswalk'),
    out: localText('cli-history-out'),
  },
  example: 'vsr history YX-BAISHA records/2023 records/2024',
  options: {
    format: { type: 'string', default: 'md' },
    crosswalk: { type: 'string', multiple: true },
    out: { type: 'string' },
  },
  async run(ctx) {
    if (ctx.positionals.length < 2) throw new UsageError(localText('cli-history-error'));
    const format = oneOf(ctx.values.format, ['md', 'html', 'json'] as const, 'format');
    const [stationId, ...paths] = ctx.positionals;
    const crosswalks: LoadedCrosswalk[] = [];
    for (const f of (ctx.values.crosswalk as string[] | undefined) ?? []) {
      const loaded = await orReport(ctx, () => loadCrosswalk(path.resolve(ctx.cwd, f)));
      if (!loaded) return 1;
      crosswalks.push(loaded);
    }
    const { files, fromFolder } = await expandInspectionPaths(paths, ctx.cwd);
    const wanted: string[] = [];
    for (const f of files) if (!(await isPlanFile(f, ctx.cwd))) wanted.push(f);
    const loaded = await loadReportInputs(wanted, { cwd: ctx.cwd, fromFolder, cache: new CompiledCache() });
    printProblems(ctx, loaded.problems);
    // a crosswalk between two versions the rounds were scored on must name their items
    const compiled = new Map(loaded.inputs.map((i) => [`${i.compiled.id}@${i.compiled.version}`, i.compiled]));
    for (const c of crosswalks) {
      const from = compiled.get(c.crosswalk.from), to = compiled.get(c.crosswalk.to);
      if (from && to && !(await orReport(ctx, async () => checkCrosswalk(c, from, to)))) return 1;
    }
    const history = stationHistory(stationId, loaded.inputs.map((i) => ({
      evaluation: i.evaluation, incident: isIncidentRecord(i.evaluation, i.compiled), ...(i.file ? { file: path.relative(ctx.cwd, path.resolve(ctx.cwd, i.file)) } : {}),
    })), { crosswalks: [...crosswalks.map((c) => c.crosswalk), ...(await shippedCrosswalks())] });
    if (!history) {
      printProblems(ctx, [problem('history-none', '', { station: stationId })]);
      return 1;
    }
    printProblems(ctx, history.warnings);
    const text = format === 'json' ? JSON.stringify(history, null, 2) + '\n' : format === 'html' ? renderHistoryHtml(history, ctx.locale) : renderHistoryMarkdown(history, ctx.locale);
    await writeOutput(ctx, text);
    return loaded.failed > 0 ? 1 : 0;
  },
};
