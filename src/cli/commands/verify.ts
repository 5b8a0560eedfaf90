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
  summary: { 'zh-CN': '核验审核记录：文件在审核后是否被改动；--sign 追加一条审核（自评、初审、复核）', en: 'Verify sign-offs: has the file changed since each review? --sign adds a review (self-assessment, town review, county verification)' },
  usage: 'FILE  |  FILE --sign --by NAME --role ROLE --decision approved|returned|rejected [--stage STAGE] [--date DATE] [--note TEXT] [--out PATH]',
  help: {
    sign: { 'zh-CN': '追加一条审核并写出（不改原文件，除非 --out 指向它）', en: 'Add a review and write the result (the file is left alone unless --out names it)' },
    by: { 'zh-CN': '审核人', en: 'Who reviews' },
    role: { 'zh-CN': '审核人职务或单位', en: 'Their role or office' },
    decision: { 'zh-CN': '结论：approved（通过）、returned（退回修改）、rejected（不予通过）', en: 'Decision: approved, returned or rejected' },
    stage: { 'zh-CN': '阶段：self-assessment（自评）、town-review（初审）、county-verification（复核）；同时设为文件的当前阶段', en: 'Stage: self-assessment, town-review or county-verification; also set as the document\'s stage' },
    date: { 'zh-CN': '审核日期（默认：今天）', en: 'Date of the review (default: today)' },
    note: { 'zh-CN': '审核意见', en: 'Remarks' },
    out: { 'zh-CN': '写入此文件（默认输出到屏幕）', en: 'Write to this file (default: stdout)' },
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
    if (ctx.positionals.length !== 1) throw new UsageError({ 'zh-CN': '请给出一个检查记录文件', en: 'Give one inspection file' });
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
      if (typeof by !== 'string' || typeof role !== 'string' || !by || !role) throw new UsageError({ 'zh-CN': '--sign 需要 --by 和 --role', en: '--sign needs --by and --role' });
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
