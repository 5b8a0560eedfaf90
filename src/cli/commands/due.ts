import { localText } from '../../i18n/messages.js';
import path from 'node:path';
import { expandInspectionPaths, CompiledCache } from '../../io/read.js';
import { loadReportInputs } from '../../io/inputs.js';
import type { Rectification } from '../../types/rectification.js';
import { isIncidentRecord, stationStanding, validityYears, type StationRecord } from '../../lifecycle/standing.js';
import { dueReport } from '../../lifecycle/due.js';
import { dueReports } from '../../report/registry.js';
import { formatsOf } from '../../report/renderer.js';
import { chosenRenderer, formatHelp, forTerminal } from '../formats.js';
import { UsageError, type Command } from '../command.js';
import { printProblems } from '../output.js';
import { writeOutput } from './score.js';
import { dateOption, isPlanFile, readPlan, today } from './rectify.js';

function wholeNumber(value: unknown, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const s = String(value);
  if (!/^\d+$/.test(s)) throw new UsageError(localText('due-option-not-whole-number', { option, s }));
  return Number(s);
}

/** `vsr due FOLDER… --on DATE`: ratings lapsed, expiring or withdrawn, and overdue rectification items, by region. */
export const dueCommand: Command = {
  name: 'due',
  summary: localText('cli-due-summary'),
  get usage() {
    return `FOLDER|FILE… [--on DATE] [--within DAYS] [--depth N] [--format ${formatsOf(dueReports).join('|')}] [--out PATH]`;
  },
  get help() {
    return {
    on: localText('cli-due-on'),
    within: localText('cli-due-within'),
    depth: localText('cli-due-depth'),
    format: formatHelp(dueReports),
    out: localText('cli-due-out'),
    };
  },
  example: 'vsr due records/ --on 2024-11-01',
  options: {
    on: { type: 'string' },
    within: { type: 'string' },
    depth: { type: 'string' },
    format: { type: 'string', default: dueReports.default },
    out: { type: 'string' },
  },
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError(localText('due-files-missing'));
    const renderer = chosenRenderer(dueReports, ctx.values.format);
    const on = dateOption(ctx.values.on, 'on') ?? today();
    const within = wholeNumber(ctx.values.within, 'within', 60);
    const depth = wholeNumber(ctx.values.depth, 'depth', 3);
    const { files, fromFolder } = await expandInspectionPaths(ctx.positionals, ctx.cwd);
    const plans: Rectification[] = [];
    const others: string[] = [];
    let failed = 0;
    for (const file of files) {
      if (await isPlanFile(file, ctx.cwd)) {
        const read = await readPlan(file, ctx.cwd);
        if (read.plan) plans.push(read.plan);
        else {
          printProblems(ctx, read.problems);
          failed++;
        }
      } else others.push(file);
    }
    const loaded = await loadReportInputs(others, { cwd: ctx.cwd, fromFolder, cache: new CompiledCache() });
    printProblems(ctx, loaded.problems);
    failed += loaded.failed;
    const byStation = new Map<string, StationRecord[]>();
    for (const input of loaded.inputs) {
      const record: StationRecord = { evaluation: input.evaluation, incident: isIncidentRecord(input.evaluation, input.compiled), validityYears: validityYears(input.compiled), file: input.file ? path.relative(ctx.cwd, path.resolve(ctx.cwd, input.file)) : undefined };
      const list = byStation.get(input.evaluation.station.id) ?? [];
      list.push(record);
      byStation.set(input.evaluation.station.id, list);
    }
    const standings = [...byStation.values()].map((records) => stationStanding(records, on, within)).filter((s) => s !== null);
    const report = dueReport(standings, plans, on, depth);
    await writeOutput(ctx, forTerminal(renderer, await renderer.render(report, { locale: ctx.locale })));
    return failed > 0 ? 1 : 0;
  },
};
