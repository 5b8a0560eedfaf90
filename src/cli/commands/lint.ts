import { loadDocument } from '../../standard/load.js';
import { argRoots } from '../../io/ref-roots.js';
import { compile } from '../../standard/compile.js';
import { localText, formatMessage } from '../../i18n/messages.js';
import { UsageError, type Command } from '../command.js';
import { orReport } from '../output.js';
import { terminalSafe } from '../../safe-text.js';

/** `vsr lint FILE…`: checks standard and scheme files. */
export const lintCommand: Command = {
  name: 'lint',
  summary: localText('cli-lint-summary'),
  usage: 'FILE…',
  help: {},
  example: 'vsr lint standards/fengqiao/1.0.0.yaml',
  options: {},
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError(localText('lint-files-missing'));
    let bad = 0;
    for (const file of ctx.positionals) {
      const loaded = await orReport(ctx, () => loadDocument(file, ctx.cwd, { roots: argRoots(ctx.cwd, file) }));
      if (!loaded) {
        bad++;
        continue;
      }
      const compiled = compile(loaded.doc);
      const points = (c: number) => compiled.items.filter((it) => it.component === c && !it.bonus).reduce((a, it) => a + it.max, 0) / 100;
      const L = ctx.locale;
      const detail = compiled.kind === 'standard'
        ? formatMessage('cli-lint-points', { points: points(0) }, L)
        : compiled.components.map((c, i) => formatMessage('cli-lint-component', { id: c.id, points: points(i), weight: c.weight }, L)).join(formatMessage('cli-lint-separator', undefined, L));
      ctx.stdout.write(terminalSafe(`${formatMessage('cli-lint-ok', { file, ref: `${compiled.id}@${compiled.version}`, items: compiled.items.length, detail }, L)}\n`));
      // items an import left for a person (`todo`): notes, not errors
      const todo = (what: 'check' | 'translate') => compiled.items.filter((it) => it.definition.todo?.includes(what)).map((it) => it.id);
      const needCheck = todo('check');
      const needTranslation = todo('translate');
      if (needCheck.length) ctx.stdout.write(terminalSafe(`  ${formatMessage('lint-todo', { count: needCheck.length, ids: needCheck.join(', ') }, ctx.locale)}\n`));
      if (needTranslation.length) ctx.stdout.write(`  ${formatMessage('lint-translate', { count: needTranslation.length }, ctx.locale)}\n`);
    }
    return bad ? 1 : 0;
  },
};
