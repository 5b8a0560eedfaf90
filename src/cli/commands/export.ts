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
  summary: { 'zh-CN': '把标准导出为可打印的评分细则（Excel、Word 或 Markdown），可再用 vsr import 导入', en: 'Export a standard as a printable score sheet (Excel, Word or Markdown) that vsr import reads back' },
  usage: 'REF --format xlsx|docx|md [--out FILE]',
  help: {
    format: { 'zh-CN': '输出格式：xlsx、docx 或 md（默认 md）', en: 'Output format: xlsx, docx or md (default md)' },
    out: { 'zh-CN': '输出文件（xlsx 和 docx 必填）', en: 'Output file (needed for xlsx and docx)' },
  },
  example: 'vsr export construction --format xlsx --out 评分细则.xlsx',
  options: { format: { type: 'string', default: 'md' }, out: { type: 'string' } },
  async run(ctx) {
    const format = String(ctx.values.format);
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError({ 'zh-CN': `未知格式：${format}（可选：${FORMATS.join('、')}）`, en: `Unknown format: ${format} (allowed: ${FORMATS.join(', ')})` });
    if (ctx.positionals.length !== 1) throw new UsageError({ 'zh-CN': '请给出一个标准（编号、编号@版本或文件路径）', en: 'Give one standard (id, id@version or a file path)' });
    if (format !== 'md' && !ctx.values.out) throw new UsageError({ 'zh-CN': `请用 --out 指定 ${format} 文件`, en: `Give the ${format} file with --out` });
    const loaded = await orReport(ctx, () => loadDocument(ctx.positionals[0], ctx.cwd, { roots: argRoots(ctx.cwd, ctx.positionals[0]) }));
    if (!loaded) return 1;
    if (loaded.kind !== 'standard') throw new UsageError({ 'zh-CN': '评分方案不能直接导出，请分别导出其组成标准', en: 'A rating scheme cannot be exported as one sheet; export its component standards' });
    const resolved = compile(loaded.doc).source as Standard;
    const table = sheetTable(resolved);
    await writeOutput(ctx, format === 'xlsx' ? await sheetXlsx(table) : format === 'docx' ? await sheetDocx(table) : sheetMarkdown(table));
    return 0;
  },
};
