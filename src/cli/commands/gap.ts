import { renderGapText } from '../../report/text.js';
import { gapMarkdown, mdEscape } from '../../report/markdown.js';
import { buildReport } from '../../report/model.js';
import { colon, msg } from '../../report/labels.js';
import { UsageError, type Command } from '../command.js';
import { readReports, writeOutput } from './score.js';
import { applyFailPolicy, failPolicyOf, FAIL_HELP, FAIL_OPTIONS } from '../fail-policy.js';
import { terminalSafe } from '../../safe-text.js';

/** `vsr gap FILE`: what a station lacks for a level, cheapest steps first. */
export const gapCommand: Command = {
  name: 'gap',
  summary: { 'zh-CN': '差距清单：离目标等级还差什么，按建议顺序列出每一步可得的分数', en: 'Gap plan: what a station lacks for a level, step by step in planned order with what each step earns' },
  usage: 'FILE|- [--target LEVEL] [--format text|json|md] [--scheme REF | --standard REF] [--out PATH]',
  help: {
    target: { 'zh-CN': '目标等级（默认：高一级）', en: 'The level to aim at (default: the next one up)' },
    format: { 'zh-CN': '输出格式：text（默认）、json（差距对象）或 md（清单）', en: 'Output: text (default), json (the gap object) or md (a checklist)' },
    scheme: { 'zh-CN': '按此评定方案评分；不给时用检查记录里写明的', en: 'Score against this rating scheme; default: the one the file names' },
    standard: { 'zh-CN': '按此标准评分；不给时用检查记录里写明的', en: 'Score against this standard; default: the one the file names' },
    out: { 'zh-CN': '写入此文件（默认或 - 输出到标准输出）；FILE 为 - 时从标准输入读检查记录', en: 'Write to this file (default, or -: stdout). A FILE of - reads the inspection from stdin' },
    ...FAIL_HELP,
  },
  example: 'vsr gap examples/inspections/four-star-town.yaml --target five-star',
  options: {
    target: { type: 'string' },
    format: { type: 'string', default: 'text' },
    scheme: { type: 'string' },
    standard: { type: 'string' },
    out: { type: 'string' },
    ...FAIL_OPTIONS,
  },
  async run(ctx) {
    if (ctx.positionals.length !== 1) throw new UsageError({ 'zh-CN': '请给出一个检查记录文件', en: 'Give one inspection file' });
    const format = String(ctx.values.format);
    if (!['text', 'json', 'md'].includes(format)) throw new UsageError({ 'zh-CN': `--format 的取值无效：${format}（可选：text、json、md）`, en: `Invalid --format: ${format} (allowed: text, json, md)` });
    const policy = failPolicyOf(ctx.values);
    const loaded = await readReports(ctx, ctx.positionals, ctx.values.target as string | undefined);
    const input = loaded.inputs[0];
    if (!input) return 1;
    if (format === 'json') await writeOutput(ctx, JSON.stringify(input.evaluation.gap, null, 2) + '\n');
    else if (format === 'md') {
      const m = buildReport(input, { locale: ctx.locale });
      await writeOutput(ctx, terminalSafe([`# ${msg('report-gap', ctx.locale)}${colon(ctx.locale)}${mdEscape(m.station.name)}`, '', ...gapMarkdown(m), ''].join('\n')));
    } else await writeOutput(ctx, terminalSafe(renderGapText(input, { locale: ctx.locale })));
    const policyCode = applyFailPolicy(ctx, policy, [input.evaluation]);
    return loaded.failed > 0 ? 1 : (policyCode ?? 0);
  },
};
