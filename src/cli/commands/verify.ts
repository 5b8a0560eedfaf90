import { localText } from '../../i18n/messages.js';
import path from 'node:path';
import YAML from 'yaml';
import { problem } from '../../i18n/problem.js';
import { openInspectionFile, placeIn } from '../../io/read.js';
import { validateAgainstSchema } from '../../standard/schema-validate.js';
import { msg } from '../../report/labels.js';
import { signReview, verifyReviews } from '../../review/sign.js';
import type { Review, ReviewStage } from '../../types/inspection.js';
import { UsageError, type Command } from '../command.js';
import { printProblems } from '../output.js';
import { oneOf, writeOutput } from './score.js';
import { dateOption, today } from './rectify.js';

const STAGES = ['self-assessment', 'town-review', 'county-verification'] as const;
const DECISIONS = ['approved', 'returned', 'rejected'] as const;

/** `vsr verify FILE`: does the inspection still match what each review signed? `--sign` adds a review. */
export const verifyCommand: Command = {
  name: 'verify',
  summary: localText('cli-verify-summary'),
  usage: 'FILE  |  FILE --sign --by NAME --role ROLE --decision approved|returned|rejected [--stage STAGE] [--date DATE] [--note TEXT] [--out PATH]',
  help: {
    sign: localText('cli-verify-sign'),
    by: localText('cli-verify-by'),
    role: localText('cli-verify-role'),
    decision: localText('cli-verify-decision'),
    stage: localText('cli-verify-stage'),
    date: localText('cli-verify-date'),
    note: localText('cli-verify-note'),
    out: localText('cli-verify-out'),
  },
  example: 'vsr verify reviewed-inspection.yaml',
  options: {
    sign: { type: 'boolean' },
    by: { type: 'string' },
    role: { type: 'string' },
    decision: { type: 'string' },
    stage: { type: 'string' },
    date: { type: 'string' },
    note: { type: 'string' },
    out: { type: 'string' },
  },
  async run(ctx) {
    if (ctx.positionals.length !== 1) throw new UsageError(localText('verify-file-missing'));
    const file = ctx.positionals[0];
    const opened = await openInspectionFile(path.resolve(ctx.cwd, file));
    if (!opened.source) {
      printProblems(ctx, opened.problems.map((p) => ({ ...p, file })));
      return 1;
    }
    const source = { ...opened.source, file };
    if (source.format !== 'document' || !source.data || typeof source.data !== 'object') {
      printProblems(ctx, [problem('verify-not-inspection', '', undefined, { file })]);
      return 1;
    }
    const schemaProblems = validateAgainstSchema('inspection-envelope', source.data);
    if (schemaProblems.length) {
      printProblems(ctx, placeIn(source, schemaProblems));
      return 1;
    }
    const doc = source.data as Record<string, unknown> & { reviews?: Review[]; stage?: ReviewStage };
    if (ctx.values.sign) {
      const by = ctx.values.by, role = ctx.values.role;
      if (typeof by !== 'string' || typeof role !== 'string' || !by || !role) throw new UsageError(localText('verify-sign-needs-by-and-role'));
      const decision = oneOf(ctx.values.decision, DECISIONS, 'decision');
      const stage = ctx.values.stage === undefined ? undefined : oneOf(ctx.values.stage, STAGES, 'stage');
      const date = dateOption(ctx.values.date, 'date') ?? today();
      const base = stage ? { ...doc, stage } : doc;
      const signed = signReview(base, { by, role, date, ...(stage ? { stage } : {}), decision, ...(typeof ctx.values.note === 'string' ? { note: ctx.values.note } : {}) });
      await writeOutput(ctx, /\.json$/i.test(String(ctx.values.out ?? file)) ? JSON.stringify(signed, null, 2) + '\n' : YAML.stringify(signed, { lineWidth: 0 }));
      return 0;
    }
    const checks = verifyReviews(doc);
    const L = ctx.locale;
    if (doc.stage) ctx.stdout.write(`${msg('verify-stage', L, { stage: msg(`stage-${doc.stage}`, L) })}\n`);
    if (!checks.length) {
      ctx.stdout.write(`${msg('verify-none', L)}\n`);
      return 0;
    }
    let bad = 0;
    for (const c of checks) {
      const params = { n: c.index + 1, by: c.review.by, role: c.review.role, date: c.review.date, decision: msg(`decision-${c.review.decision}`, L) };
      if (c.ok) ctx.stdout.write(`✔ ${msg('verify-ok', L, params)}\n`);
      else {
        bad++;
        printProblems(ctx, placeIn(source, [problem('verify-mismatch', `/reviews/${c.index}/hash`, params)]));
      }
    }
    return bad ? 1 : 0;
  },
};
