import { writeInspectionForm } from '../../io/form.js';
import { CompiledCache } from '../../io/read.js';
import { STATION_LEVELS } from '../../report/labels.js';
import type { StationLevel } from '../../types/standard.js';
import { UsageError, type Command } from '../command.js';
import { orReport } from '../output.js';
import { writeOutput } from './score.js';

/** `vsr form REF --out form.xlsx`: a blank inspection form to fill in and score. */
export const formCommand: Command = {
  name: 'form',
  summary: { 'zh-CN': '生成空白检查表（Excel），填好后可直接用 vsr score 评分', en: 'Write a blank inspection form (Excel); score the filled form with vsr score' },
  usage: 'REF --out form.xlsx [--level county|town|village|enterprise] [--year YYYY]',
  help: {
    out: { 'zh-CN': '检查表文件（.xlsx）', en: 'The form file (.xlsx)' },
    level: { 'zh-CN': '只列出适用于该层级站点的条目', en: 'List only the items that apply to stations of this level' },
    year: { 'zh-CN': '检查年度：方案按年度选用的组成标准（如重点任务清单）只列出该年度的（默认今年）', en: 'Year of the inspection: of a scheme\'s yearly components (e.g. the key-task list), list only that year\'s (default: this year)' },
  },
  example: 'vsr form star-rating --level town --out town-form.xlsx',
  options: { out: { type: 'string' }, level: { type: 'string' }, year: { type: 'string' } },
  async run(ctx) {
    const ref = ctx.positionals[0];
    if (!ref || ctx.positionals.length > 1) throw new UsageError({ 'zh-CN': '请给出一个标准或方案（编号、编号@版本或文件路径）', en: 'Give one standard or scheme (id, id@version or a path)' });
    if (!ctx.values.out) throw new UsageError({ 'zh-CN': '请用 --out 指定检查表文件，如 --out form.xlsx', en: 'Give the form file with --out, e.g. --out form.xlsx' });
    const level = ctx.values.level as string | undefined;
    if (level !== undefined && !(STATION_LEVELS as readonly string[]).includes(level)) {
      throw new UsageError({ 'zh-CN': `--level 的取值无效：${level}（可选：${STATION_LEVELS.join('、')}）`, en: `Invalid --level: ${level} (allowed: ${STATION_LEVELS.join(', ')})` });
    }
    const yearText = ctx.values.year as string | undefined;
    if (yearText !== undefined && !/^(19|20|21)\d\d$/.test(yearText)) {
      throw new UsageError({ 'zh-CN': `--year 的取值无效：${yearText}（应为四位年份，如 2024）`, en: `Invalid --year: ${yearText} (give a four-digit year, e.g. 2024)` });
    }
    const compiled = await orReport(ctx, () => new CompiledCache().get(ref, ctx.cwd));
    if (!compiled) return 1;
    await writeOutput(ctx, await writeInspectionForm(compiled, { locale: ctx.locale, level: level as StationLevel | undefined, year: yearText === undefined ? undefined : Number(yearText) }));
    return 0;
  },
};
