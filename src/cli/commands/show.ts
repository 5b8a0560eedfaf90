import { stringify } from 'yaml';
import { loadDocument } from '../../standard/load.js';
import { argRoots } from '../../io/ref-roots.js';
import { compile } from '../../standard/compile.js';
import type { Compiled } from '../../standard/compiled.js';
import { UsageError, type Command } from '../command.js';
import { orReport, writeJson } from '../output.js';
import type { Locale } from '../../i18n/messages.js';
import { formatMessage, localText } from '../../i18n/messages.js';
import { terminalSafe } from '../../safe-text.js';

/** The resolved document: a standard with overlays applied, or a scheme with its resolved standards. */
export function resolvedDocument(compiled: Compiled): unknown {
  if (compiled.kind === 'standard') return compiled.components[0].standard;
  return { ...compiled.scheme, standards: compiled.components.map((c) => c.standard) };
}

function outline(compiled: Compiled, locale: Locale): string {
  const lines: string[] = [];
  lines.push(`${compiled.title[locale]}  (${compiled.id}@${compiled.version}, ${formatMessage('cli-show-items', { count: compiled.items.length }, locale)})`);
  for (const [c, comp] of compiled.components.entries()) {
    if (compiled.kind === 'scheme') lines.push(`\n== ${comp.title[locale]} (${comp.id}@${comp.version}, ${formatMessage('cli-show-weight', { weight: comp.weight }, locale)})`);
    for (const s of compiled.sections.filter((x) => x.component === c)) {
      lines.push(`${'  '.repeat(s.depth)}§ ${s.id}  ${s.title[locale]}`);
      for (const item of compiled.items.filter((i) => i.sections[i.sections.length - 1] === s.index)) {
        const flags = [item.veto ? formatMessage('cli-show-veto', undefined, locale) : '', item.bonus ? formatMessage('cli-show-bonus', undefined, locale) : ''].filter(Boolean).join(',');
        lines.push(`${'  '.repeat(s.depth + 1)}${item.id.padEnd(14)} ${String(item.max / 100).padStart(5)}  ${item.check.type.padEnd(9)} ${item.title[locale]}${flags ? ` [${flags}]` : ''}`);
      }
    }
  }
  if (compiled.levels.length) {
    lines.push('');
    for (const l of compiled.levels) lines.push(`★ ${l.id}  ${l.label[locale]}  ≥ ${l.minPercent}%`);
  }
  return lines.join('\n') + '\n';
}

/** `vsr show REF`: a standard or scheme, resolved. */
export const showCommand: Command = {
  name: 'show',
  summary: localText('cli-show-summary'),
  usage: 'REF [--format text|json|yaml]',
  help: { format: localText('cli-show-format') },
  example: 'vsr show fengqiao --format json',
  options: { format: { type: 'string', default: 'text' } },
  async run(ctx) {
    const ref = ctx.positionals[0];
    if (!ref) throw new UsageError(localText('show-ref-missing'));
    const format = ctx.values.format;
    if (!['text', 'json', 'yaml'].includes(String(format))) throw new UsageError(localText('show-format-unknown', { format: String(format) }));
    const loaded = await orReport(ctx, () => loadDocument(ref, ctx.cwd, { roots: argRoots(ctx.cwd, ref) }));
    if (!loaded) return 1;
    const compiled = compile(loaded.doc);
    if (format === 'json') writeJson(ctx, resolvedDocument(compiled));
    else if (format === 'yaml') ctx.stdout.write(stringify(resolvedDocument(compiled), { lineWidth: 0 }));
    else ctx.stdout.write(terminalSafe(outline(compiled, ctx.locale)));
    return 0;
  },
};
