import { localText } from '../../i18n/messages.js';
import { loadDocument } from '../../standard/load.js';
import { argRoots } from '../../io/ref-roots.js';
import { compile } from '../../standard/compile.js';
import type { Standard } from '../../types/standard.js';
import { sheetTable } from '../../sheet/export-sheet.js';
import { sheetDocx, sheetMarkdown, sheetXlsx } from '../../sheet/write-sheet.js';
import { UsageError, type Command } from '../command.js';
import { orReport } from '../output.js';
import { writeOutput } from './score.js';

const FORMATS = ['xlsx', 'docx', 'md'] as const;

/** `vsr export REF --format xlsx|docx|md`: the standard as a printable 评分细则 that `vsr import` reads back. */
export const exportCommand: Command = {
  name: 'export',
  summary: localText('cli-export-summary'),
  usage: 'REF --format xlsx|docx|md [--out FILE]',
  help: {
    format: localText('cli-export-format'),
    out: localText('cli-export-out'),
  },
  example: 'vsr export construction --format xlsx --out 评分细则.xlsx',
  options: { format: { type: 'string', default: 'md' }, out: { type: 'string' } },
  async run(ctx) {
    const format = String(ctx.values.format);
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(localText('export-format-unknown', { format, FORMATS: FORMATS.join('、'), FORMATS2: FORMATS.join(', ') }));
    if (ctx.positionals.length !== 1) throw new UsageError(localText('export-standard-missing'));
    if (format !== 'md' && !ctx.values.out) throw new UsageError(localText('export-out-missing', { format }));
    const loaded = await orReport(ctx, () => loadDocument(ctx.positionals[0], ctx.cwd, { roots: argRoots(ctx.cwd, ctx.positionals[0]) }));
    if (!loaded) return 1;
    if (loaded.kind !== 'standard') throw new UsageError(localText('export-scheme-refused'));
    const resolved = compile(loaded.doc).source as Standard;
    const table = sheetTable(resolved);
    await writeOutput(ctx, format === 'xlsx' ? await sheetXlsx(table) : format === 'docx' ? await sheetDocx(table) : sheetMarkdown(table));
    return 0;
  },
};
