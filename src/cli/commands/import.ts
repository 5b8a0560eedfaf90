import path from 'node:path';
import { stringify } from 'yaml';
import { formatMessage } from '../../i18n/messages.js';
import { findHeader, importSheet } from '../../sheet/import-sheet.js';
import { readSheetRows } from '../../sheet/read-sheet.js';
import { validateAgainstSchema } from '../../standard/schema-validate.js';
import { checkStandard } from '../../standard/semantic.js';
import { UsageError, type Command } from '../command.js';
import { printProblems } from '../output.js';
import { writeOutput } from './score.js';

const ID = /^[a-z0-9][a-z0-9._-]*$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;

/** `vsr import SHEET --id ID --version V`: an official score sheet (XLSX, CSV, Word table) to a draft standard. */
export const importCommand: Command = {
  name: 'import',
  summary: { 'zh-CN': '把官方评分表（Excel、CSV 或 Word 表格）导入为标准草稿（YAML）', en: 'Import an official score sheet (Excel, CSV or a Word table) as a draft standard (YAML)' },
  usage: 'SHEET --id ID --version V [--kind standard] [--title TITLE] [--out FILE]',
  help: {
    id: { 'zh-CN': '新标准的编号（小写字母、数字、连字符），也是条目编号的前缀', en: 'The new standard\'s id (lower-case letters, digits, hyphens); also the prefix of item ids' },
    version: { 'zh-CN': '版本号，如 1.0.0', en: 'Its version, e.g. 1.0.0' },
    kind: { 'zh-CN': '导入为何种文件：standard（默认，目前唯一可选）', en: 'What to import as: standard (the default and, for now, the only kind)' },
    title: { 'zh-CN': '标准名称（默认取表头上方的标题行）', en: 'The standard\'s title (default: the title line above the header)' },
    out: { 'zh-CN': '输出的 YAML 文件（默认输出到屏幕）', en: 'The YAML file to write (default: standard output)' },
  },
  example: 'vsr import 评分细则.xlsx --id jx-station --version 2024.0.0 --out jx-station.yaml',
  options: { id: { type: 'string' }, version: { type: 'string' }, kind: { type: 'string', default: 'standard' }, title: { type: 'string' }, out: { type: 'string' } },
  async run(ctx) {
    const file = ctx.positionals[0];
    if (!file || ctx.positionals.length > 1) throw new UsageError({ 'zh-CN': '请给出一个评分表文件（.xlsx、.csv 或 .docx）', en: 'Give one score sheet file (.xlsx, .csv or .docx)' });
    const id = ctx.values.id as string | undefined;
    const version = ctx.values.version as string | undefined;
    if (!id || !ID.test(id)) throw new UsageError({ 'zh-CN': '请用 --id 给出编号（小写字母、数字、连字符），如 --id jx-station', en: 'Give the id with --id (lower-case letters, digits, hyphens), e.g. --id jx-station' });
    if (!version || !SEMVER.test(version)) throw new UsageError({ 'zh-CN': '请用 --version 给出版本号，如 --version 1.0.0', en: 'Give the version with --version, e.g. --version 1.0.0' });
    if (ctx.values.kind !== 'standard') throw new UsageError({ 'zh-CN': `--kind 只能是 standard：${String(ctx.values.kind)}`, en: `--kind can only be standard: ${String(ctx.values.kind)}` });
    const full = path.resolve(ctx.cwd, file);
    const read = await readSheetRows(full, (rows) => findHeader(rows) !== undefined);
    if (!read.rows) {
      printProblems(ctx, read.problems);
      return 1;
    }
    const result = importSheet(read.rows, { source: path.basename(file), id, version, imported: new Date().toISOString().slice(0, 10), title: ctx.values.title as string | undefined });
    const placed = result.problems.map((p) => ({ ...p, file }));
    if (!result.standard || !result.summary) {
      printProblems(ctx, placed);
      return 1;
    }
    // what import writes must lint clean; a failure here is a bug in the importer, shown plainly
    const lint = [...validateAgainstSchema('standard', result.standard), ...checkStandard(result.standard)];
    printProblems(ctx, [...placed, ...lint]);
    await writeOutput(ctx, stringify(result.standard, { lineWidth: 0 }));
    const s = result.summary;
    const unread = placed.filter((p) => p.code.startsWith('sheet-row')).length;
    const lines = [formatMessage('import-summary', { ...s }, ctx.locale), ...(unread ? [formatMessage('import-unread', { count: unread }, ctx.locale)] : [])];
    (ctx.values.out ? ctx.stdout : ctx.stderr).write(`${lines.join('\n')}\n`);
    return lint.length ? 1 : 0;
  },
};
