import path from 'node:path';
import { stringify } from 'yaml';
import { localText, formatCode, formatMessage } from '../../i18n/messages.js';
import { readInspection, CompiledCache } from '../../io/read.js';
import { validateInspection } from '../../inspection/validate.js';
import { checkCrosswalk, loadCrosswalk } from '../../crosswalk/load.js';
import { migrateInspection } from '../../crosswalk/migrate.js';
import { UsageError, type Command } from '../command.js';
import { orReport, printProblems } from '../output.js';
import { writeOutput } from './score.js';

/** `vsr migrate INSPECTION --to REF [--crosswalk FILE]`: an inspection carried to a new version of its standard. */
export const migrateCommand: Command = {
  name: 'migrate',
  summary: localText('cli-migrate-summary'),
  usage: 'INSPECTION --to REF [--crosswalk FILE] [--out FILE]',
  help: {
    to: localText('cli-migrate-to'),
    crosswalk: localText('cli-migrate-crosswalk'),
    out: localText('cli-migrate-out'),
  },
  example: 'vsr migrate station.yaml --to construction@1.1.0 --crosswalk construction-1.0-1.1.yaml --out station-1.1.yaml',
  options: { to: { type: 'string' }, crosswalk: { type: 'string' }, out: { type: 'string' } },
  async run(ctx) {
    const file = ctx.positionals[0];
    if (!file || ctx.positionals.length > 1) throw new UsageError(localText('migrate-file-missing'));
    const toRef = ctx.values.to as string | undefined;
    if (!toRef) throw new UsageError(localText('migrate-to-missing'));
    const read = await readInspection(file, { cwd: ctx.cwd });
    if (!read.ok) {
      printProblems(ctx, read.problems);
      return 1;
    }
    const to = await orReport(ctx, () => new CompiledCache().get(toRef, ctx.cwd));
    if (!to) return 1;
    let crosswalk = null;
    if (ctx.values.crosswalk) {
      const cwFile = path.resolve(ctx.cwd, ctx.values.crosswalk as string);
      crosswalk = await orReport(ctx, async () => checkCrosswalk(await loadCrosswalk(cwFile), read.compiled, to));
      if (!crosswalk) return 1;
    }
    const result = migrateInspection(read.inspection, to, crosswalk);
    // the new version by its id@version (score a version that is not shipped with --standard / --scheme PATH)
    const target = `${to.id}@${to.version}`;
    const inspection = result.inspection;
    const check = validateInspection(to, inspection);
    if (!check.ok) printProblems(ctx, check.errors);
    await writeOutput(ctx, stringify(inspection, { lineWidth: 0 }));
    const report = ctx.values.out ? ctx.stdout : ctx.stderr;
    for (const n of result.notCarried) report.write(`  ${n.item}: ${formatCode(n.code, n.params, ctx.locale)}\n`);
    report.write(`${formatMessage('migrate-summary', { target, carried: result.carried.length, notCarried: result.notCarried.length }, ctx.locale)}\n`);
    return check.ok ? 0 : 1;
  },
};
