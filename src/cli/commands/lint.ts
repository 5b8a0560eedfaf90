import { loadDocument } from '../../standard/load.js';
import { compile } from '../../standard/compile.js';
import { UsageError, type Command } from '../command.js';
import { orReport } from '../output.js';

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
      const loaded = await orReport(ctx, () => loadDocument(file, ctx.cwd));
      if (!loaded) {
        bad++;
        continue;
      }
      const compiled = compile(loaded.doc);
      const total = compiled.components.reduce((s, c, i) => s + compiled.items.filter((it) => it.component === i && !it.bonus).reduce((a, it) => a + it.max, 0), 0) / 100;
      ctx.stdout.write(ctx.locale === 'en'
        ? `✓ ${file}: ${compiled.id}@${compiled.version}, ${compiled.items.length} items, ${total} points\n`
        : `✓ ${file}：${compiled.id}@${compiled.version}，${compiled.items.length} 条，${total} 分\n`);
    }
    return bad ? 1 : 0;
  },
};
