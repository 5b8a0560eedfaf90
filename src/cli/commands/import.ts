import path from 'node:path';
import { stringify } from 'yaml';
import { localText, formatMessage } from '../../i18n/messages.js';
import { findHeader, importSheet } from '../../sheet/import-sheet.js';
import { readSheetRows } from '../../sheet/read-sheet.js';
import { validateAgainstSchema } from '../../standard/schema-validate.js';
import { checkStandard } from '../../standard/semantic.js';
import { UsageError, type Command } from '../command.js';
import { printProblems } from '../output.js';
import { writeOutput } from './score.js';

const ID = /^[a-z0-9][a-z0-9._-]*$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;

/** `vsr import SHEET --id ID --version V`: an official score sheet (XLSX, CSV, Word table) to a draft standard. */
export const importCommand: Command = {
  name: 'import',
  summary: localText('cli-import-summary'),
  usage: 'SHEET --id ID --version V [--kind standard] [--title TITLE] [--out FILE]',
  help: {
    id: localText('cli-import-id'),
    version: localText('cli-import-version'),
    kind: localText('cli-import-kind'),
    title: localText('cli-import-title'),
    out: localText('cli-import-out'),
  },
  example: 'vsr import 评分细则.xlsx --id jx-station --version 2024.0.0 --out jx-station.yaml',
  options: { id: { type: 'string' }, version: { type: 'string' }, kind: { type: 'string', default: 'standard' }, title: { type: 'string' }, out: { type: 'string' } },
  async run(ctx) {
    const file = ctx.positionals[0];
    if (!file || ctx.positionals.length > 1) throw new UsageError(localText('import-sheet-missing'));
    const id = ctx.values.id as string | undefined;
    const version = ctx.values.version as string | undefined;
    if (!id || !ID.test(id)) throw new UsageError(localText('import-id-missing'));
    if (!version || !SEMVER.test(version)) throw new UsageError(localText('import-version-missing'));
    if (ctx.values.kind !== 'standard') throw new UsageError(localText('import-kind-not-standard', { ctx: String(ctx.values.kind) }));
    const full = path.resolve(ctx.cwd, file);
    const read = await readSheetRows(full, (rows) => findHeader(rows) !== undefined);
    if (!read.rows) {
      printProblems(ctx, read.problems);
      return 1;
    }
    const result = importSheet(read.rows, { source: path.basename(file), id, version, imported: new Date().toISOString().slice(0, 10), title: ctx.values.title as string | undefined });
    const placed = result.problems.map((p) => ({ ...p, file }));
    if (!result.standard || !result.summary) {
      printProblems(ctx, placed);
      return 1;
    }
    // what import writes must lint clean; a failure here is a bug in the importer, shown plainly
    const lint = [...validateAgainstSchema('standard', result.standard), ...checkStandard(result.standard)];
    printProblems(ctx, [...placed, ...lint]);
    await writeOutput(ctx, stringify(result.standard, { lineWidth: 0 }));
    const s = result.summary;
    const unread = placed.filter((p) => p.code.startsWith('sheet-row')).length;
    const lines = [formatMessage('import-summary', { ...s }, ctx.locale), ...(unread ? [formatMessage('import-unread', { count: unread }, ctx.locale)] : [])];
    (ctx.values.out ? ctx.stdout : ctx.stderr).write(`${lines.join('\n')}\n`);
    return lint.length ? 1 : 0;
  },
};
