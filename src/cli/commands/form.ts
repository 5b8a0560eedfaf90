import { localText } from '../../i18n/messages.js';
import { writeInspectionForm } from '../../io/form.js';
import { CompiledCache } from '../../io/read.js';
import { STATION_LEVELS } from '../../i18n/station-levels.js';
import type { StationLevel } from '../../types/standard.js';
import { UsageError, type Command } from '../command.js';
import { orReport } from '../output.js';
import { writeOutput } from './score.js';

/** `vsr form REF --out form.xlsx`: a blank inspection form to fill in and score. */
export const formCommand: Command = {
  name: 'form',
  summary: localText('cli-form-summary'),
  get usage() {
    return `REF --out form.xlsx [--level ${STATION_LEVELS.join('|')}] [--year YYYY]`;
  },
  help: {
    out: localText('cli-form-out'),
    level: localText('cli-form-level'),
    year: localText('cli-form-year'),
  },
  example: 'vsr form star-rating --level town --out town-form.xlsx',
  options: { out: { type: 'string' }, level: { type: 'string' }, year: { type: 'string' } },
  async run(ctx) {
    const ref = ctx.positionals[0];
    if (!ref || ctx.positionals.length > 1) throw new UsageError(localText('form-ref-missing'));
    if (!ctx.values.out) throw new UsageError(localText('form-out-missing'));
    const level = ctx.values.level as string | undefined;
    if (level !== undefined && !(STATION_LEVELS as readonly string[]).includes(level)) {
      throw new UsageError(localText('form-level-invalid', { level, STATION_LEVELS: STATION_LEVELS.join('、'), STATION_LEVELS2: STATION_LEVELS.join(', ') }));
    }
    const yearText = ctx.values.year as string | undefined;
    if (yearText !== undefined && !/^(19|20|21)\d\d$/.test(yearText)) {
      throw new UsageError(localText('form-year-invalid', { yearText }));
    }
    const compiled = await orReport(ctx, () => new CompiledCache().get(ref, ctx.cwd));
    if (!compiled) return 1;
    await writeOutput(ctx, await writeInspectionForm(compiled, { locale: ctx.locale, level: level as StationLevel | undefined, year: yearText === undefined ? undefined : Number(yearText) }));
    return 0;
  },
};
