import { loadDocument } from '../../standard/load.js';
import { listShipped } from '../../standard/refs.js';
import { compile } from '../../standard/compile.js';
import { UsageError, type Command } from '../command.js';
import { orReport, writeJson } from '../output.js';

/** `vsr standards`: the shipped standards and schemes. */
export const standardsCommand: Command = {
  name: 'standards',
  summary: { 'zh-CN': '列出内置的标准和评定方案', en: 'List the shipped standards and rating schemes' },
  usage: '[--format text|json]',
  help: { format: { 'zh-CN': '输出格式：text（默认）或 json', en: 'Output format: text (default) or json' } },
  example: 'vsr standards --format json',
  options: { format: { type: 'string', default: 'text' } },
  async run(ctx) {
    const format = ctx.values.format;
    if (format !== 'text' && format !== 'json') throw new UsageError({ 'zh-CN': `未知格式：${format}`, en: `Unknown format: ${format}` });
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
    const kindName = { standard: { 'zh-CN': '标准', en: 'standard' }, scheme: { 'zh-CN': '方案', en: 'scheme' } };
    for (const r of rows) {
      ctx.stdout.write(`${`${r.id}@${r.version}`.padEnd(24)} ${kindName[r.kind][ctx.locale].padEnd(9)} ${String(r.items).padStart(4)}  ${r.title[ctx.locale]}${r.provenance === 'reconstructed' && !/重构|reconstruct/i.test(r.title[ctx.locale]) ? (ctx.locale === 'en' ? ' (reconstructed)' : '（重构稿）') : ''}\n`);
    }
    return 0;
  },
};
