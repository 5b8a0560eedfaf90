import path from 'node:path';
import { loadDocument } from '../../standard/load.js';
import { argRoots } from '../../io/ref-roots.js';
import { compile } from '../../standard/compile.js';
import { diffStandards } from '../../standard/diff.js';
import type { Compiled } from '../../standard/compiled.js';
import { renderDiffText } from '../../report/diff-text.js';
import { checkCrosswalk, loadCrosswalk } from '../../crosswalk/load.js';
import { oneToOne } from '../../crosswalk/migrate.js';
import { UsageError, type Command } from '../command.js';
import { orReport, writeJson } from '../output.js';
import { terminalSafe } from '../../safe-text.js';

/** `vsr diff REF REF`: what changed between two standards, versions or schemes. */
export const diffCommand: Command = {
  name: 'diff',
  summary: { 'zh-CN': '比较两个标准或方案（版本之间、基础标准与覆盖文件）：新增、删除、修改的条目和章节', en: 'Compare two standards or schemes (versions, or a base and an overlay): items and sections added, removed, changed' },
  usage: 'REF REF [--format text|json] [--crosswalk FILE]',
  help: {
    format: { 'zh-CN': '输出格式：text（默认）或 json', en: 'Output format: text (default) or json' },
    crosswalk: { 'zh-CN': '新旧版本对照表（vsr/crosswalk@1）：其中一对一的更名显示为更名，而非删除加新增', en: 'A crosswalk between the versions (vsr/crosswalk@1): its one-to-one renames show as renames, not as removed and added' },
  },
  example: 'vsr diff construction@1.0.0 county-overlay.yaml',
  options: { format: { type: 'string', default: 'text' }, crosswalk: { type: 'string' } },
  async run(ctx) {
    const format = String(ctx.values.format);
    if (format !== 'text' && format !== 'json') throw new UsageError({ 'zh-CN': `未知格式：${format}`, en: `Unknown format: ${format}` });
    if (ctx.positionals.length !== 2) throw new UsageError({ 'zh-CN': '请给出两个标准或方案（编号、编号@版本或文件路径）', en: 'Give two standards or schemes (id, id@version or a file path)' });
    const loaded: Compiled[] = [];
    for (const ref of ctx.positionals) {
      const doc = await orReport(ctx, () => loadDocument(ref, ctx.cwd, { roots: argRoots(ctx.cwd, ref) }));
      if (!doc) return 1;
      loaded.push(compile(doc.doc));
    }
    let renames: Map<string, string> | undefined;
    if (ctx.values.crosswalk) {
      const file = path.resolve(ctx.cwd, ctx.values.crosswalk as string);
      const crosswalk = await orReport(ctx, async () => checkCrosswalk(await loadCrosswalk(file), loaded[0], loaded[1]));
      if (!crosswalk) return 1;
      renames = oneToOne(crosswalk);
    }
    const diff = diffStandards(loaded[0], loaded[1], renames);
    if (format === 'json') writeJson(ctx, diff);
    else ctx.stdout.write(terminalSafe(renderDiffText(diff, ctx.locale)));
    return 0;
  },
};
