import { loadDocument } from '../../standard/load.js';
import { argRoots } from '../../io/ref-roots.js';
import { compile } from '../../standard/compile.js';
import { formatMessage } from '../../i18n/messages.js';
import { UsageError, type Command } from '../command.js';
import { orReport } from '../output.js';
import { terminalSafe } from '../../safe-text.js';

/** `vsr lint FILE…`: checks standard and scheme files. */
export const lintCommand: Command = {
  name: 'lint',
  summary: { 'zh-CN': '检查标准或方案文件（格式、分值合计、编号、引用）', en: 'Check standard or scheme files (schema, point sums, ids, references)' },
  usage: 'FILE…',
  help: {},
  example: 'vsr lint standards/fengqiao/1.0.0.yaml',
  options: {},
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError({ 'zh-CN': '请给出要检查的文件', en: 'Give the files to check' });
    let bad = 0;
    for (const file of ctx.positionals) {
      const loaded = await orReport(ctx, () => loadDocument(file, ctx.cwd, { roots: argRoots(ctx.cwd, file) }));
      if (!loaded) {
        bad++;
        continue;
      }
      const compiled = compile(loaded.doc);
      const points = (c: number) => compiled.items.filter((it) => it.component === c && !it.bonus).reduce((a, it) => a + it.max, 0) / 100;
      const en = ctx.locale === 'en';
      const head = `✓ ${file}${en ? ': ' : '：'}${compiled.id}@${compiled.version}${en ? ', ' : '，'}${compiled.items.length}${en ? ' items' : ' 条'}`;
      const detail = compiled.kind === 'standard'
        ? `${points(0)}${en ? ' points' : ' 分'}`
        : compiled.components.map((c, i) => `${c.id} ${points(i)}${en ? ' pts' : '分'} ×${c.weight}`).join(en ? ', ' : '，');
      ctx.stdout.write(terminalSafe(`${head}${en ? ', ' : '，'}${detail}\n`));
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
