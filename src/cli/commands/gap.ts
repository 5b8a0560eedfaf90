import { localText } from '../../i18n/messages.js';
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
  summary: localText('cli-gap-summary'),
  usage: 'FILE|- [--target LEVEL] [--format text|json|md] [--scheme REF | --standard REF] [--out PATH]',
  help: {
    target: localText('cli-gap-target'),
    format: localText('cli-gap-format'),
    scheme: localText('cli-gap-scheme'),
    standard: localText('cli-gap-standard'),
    out: localText('cli-gap-out'),
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
    if (ctx.positionals.length !== 1) throw new UsageError(localText('gap-one-file-needed'));
    const format = String(ctx.values.format);
    if (!['text', 'json', 'md'].includes(format)) throw new UsageError(localText('gap-format-invalid', { format }));
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
