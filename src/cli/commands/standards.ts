import { formatMessage, localText } from '../../i18n/messages.js';
import { loadDocument } from '../../standard/load.js';
import { listShipped } from '../../standard/refs.js';
import { compile } from '../../standard/compile.js';
import { UsageError, type Command } from '../command.js';
import { orReport, writeJson } from '../output.js';

/** `vsr standards`: the shipped standards and schemes. */
export const standardsCommand: Command = {
  name: 'standards',
  summary: localText('cli-standards-summary'),
  usage: '[--format text|json]',
  help: { format: localText('cli-standards-format') },
  example: 'vsr standards --format json',
  options: { format: { type: 'string', default: 'text' } },
  async run(ctx) {
    const format = ctx.values.format;
    if (format !== 'text' && format !== 'json') throw new UsageError(localText('standards-format-unknown', { format: String(format) }));
    const rows = [];
    for (const s of listShipped()) {
      const loaded = await orReport(ctx, () => loadDocument(`${s.id}@${s.version}`));
      if (!loaded) return 1;
      const compiled = compile(loaded.doc);
      rows.push({ id: s.id, version: s.version, kind: loaded.kind, title: loaded.doc.title, items: compiled.items.length, provenance: loaded.doc.provenance?.kind ?? null, file: s.file });
    }
    if (format === 'json') {
      writeJson(ctx, rows.map(({ id, version, kind, title, items }) => ({ id, version, kind, title, items })));
      return 0;
    }
    const kindName = { standard: localText('cli-standards-standard'), scheme: localText('cli-standards-scheme') };
    for (const r of rows) {
      ctx.stdout.write(`${`${r.id}@${r.version}`.padEnd(24)} ${kindName[r.kind][ctx.locale].padEnd(9)} ${String(r.items).padStart(4)}  ${r.title[ctx.locale]}${r.provenance === 'reconstructed' && !/重构|reconstruct/i.test(r.title[ctx.locale]) ? formatMessage('cli-standards-reconstructed', undefined, ctx.locale) : ''}\n`);
    }
    return 0;
  },
};
