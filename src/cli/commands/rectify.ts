import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import YAML from 'yaml';
import { problem, type Problem } from '../../i18n/problem.js';
import { openInspectionFile, placeIn } from '../../io/read.js';
import { loadReportInputs } from '../../io/inputs.js';
import { validateAgainstSchema } from '../../standard/schema-validate.js';
import { dayNumber } from '../../scoring/dates.js';
import type { Rectification } from '../../types/rectification.js';
import { createRectificationPlan, recheckPlan, RECTIFICATION_SCHEMA, type DueDays } from '../../rectify/plan.js';
import { renderRectificationHtml, renderRectificationMarkdown, renderRectificationXlsx } from '../../rectify/render.js';
import { UsageError, type Command, type CommandContext } from '../command.js';
import { printProblems } from '../output.js';
import { oneOf, writeOutput } from './score.js';

const FORMATS = ['yaml', 'json', 'md', 'html', 'xlsx'] as const;

/** Today in UTC as YYYY-MM-DD: the edge's clock, passed into the pure core. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A --on/--issued date, checked. */
export function dateOption(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  const s = String(value);
  if (Number.isNaN(dayNumber(s))) throw new UsageError({ 'zh-CN': `--${option} 的日期无效：${s}（格式 YYYY-MM-DD）`, en: `Invalid --${option} date: ${s} (YYYY-MM-DD)` });
  return s;
}

/** `--due-days 45` (every effort) or `--due-days S=15,M=30,L=60`. */
export function dueDaysOption(value: unknown): Partial<DueDays> | undefined {
  if (value === undefined) return undefined;
  const s = String(value).trim();
  const bad = () => new UsageError({ 'zh-CN': `--due-days 的取值无效：${s}（例如 45 或 S=15,M=30,L=60）`, en: `Invalid --due-days: ${s} (e.g. 45 or S=15,M=30,L=60)` });
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    return { S: n, M: n, L: n };
  }
  const out: Partial<DueDays> = {};
  for (const part of s.split(',')) {
    const m = /^\s*([SML])\s*=\s*(\d+)\s*$/.exec(part);
    if (!m) throw bad();
    out[m[1] as keyof DueDays] = Number(m[2]);
  }
  return out;
}

/** Reads a rectification plan (YAML or JSON), checked against its schema; problems name file and line. */
export async function readPlan(file: string, cwd: string): Promise<{ plan?: Rectification; problems: Problem[] }> {
  const opened = await openInspectionFile(path.resolve(cwd, file));
  if (!opened.source) return { problems: opened.problems.map((p) => ({ ...p, file })) };
  const source = { ...opened.source, file };
  if ((source.data as { schema?: unknown } | null)?.schema !== RECTIFICATION_SCHEMA) return { problems: placeIn(source, [problem('rectify-not-a-plan', '/schema')]) };
  const problems = validateAgainstSchema('rectification', source.data);
  if (problems.length) return { problems: placeIn(source, problems) };
  return { plan: source.data as Rectification, problems: [] };
}

export async function isPlanFile(file: string, cwd: string): Promise<boolean> {
  const ext = path.extname(file).toLowerCase();
  if (!['.yaml', '.yml', '.json'].includes(ext)) return false;
  try {
    const text = await readFile(path.resolve(cwd, file), 'utf8');
    return /^\s*["']?schema["']?\s*:\s*["']?vsr\/rectification@1/m.test(text);
  } catch {
    return false;
  }
}

function planText(plan: Rectification, format: 'yaml' | 'json'): string {
  return format === 'json' ? JSON.stringify(plan, null, 2) + '\n' : YAML.stringify(plan, { lineWidth: 0 });
}

async function writePlan(ctx: CommandContext, plan: Rectification, fallback?: string): Promise<void> {
  const out = (ctx.values.out as string | undefined) ?? fallback;
  const format = ctx.values.format ? String(ctx.values.format) : out && /\.json$/i.test(out) ? 'json' : 'yaml';
  const text = planText(plan, format === 'json' ? 'json' : 'yaml');
  if (!ctx.values.out && fallback) await writeFile(path.resolve(ctx.cwd, fallback), text);
  else await writeOutput(ctx, text);
}

/** `vsr rectify EVALUATION|PLAN`: make a rectification plan, recheck it, or print the 整改清单. */
export const rectifyCommand: Command = {
  name: 'rectify',
  summary: { 'zh-CN': '整改清单：由检查结果生成（责任人、期限、状态），按复查结果销号，输出 md/html/xlsx', en: 'Rectification list: made from an evaluation (owner, due date, status), closed by a re-inspection, printed as md/html/xlsx' },
  usage: 'EVALUATION|INSPECTION [--out plan.yaml] [--due-days N|S=30,M=60,L=90] [--all] [--issued DATE]  |  PLAN --recheck INSPECTION [--out PATH]  |  PLAN --format md|html|xlsx [--on DATE] [--out PATH]',
  help: {
    out: { 'zh-CN': '写入此文件（默认输出到屏幕；复查时默认写回整改清单文件）', en: 'Write to this file (default: stdout; a recheck writes back to the plan file by default)' },
    'due-days': { 'zh-CN': '整改期限天数：一个数（全部条目）或按难度 S=30,M=60,L=90（默认）', en: 'Days to the due date: one number (every item) or by effort, S=30,M=60,L=90 (default)' },
    all: { 'zh-CN': '列出全部未得满分的条目，而不只是差距清单中的步骤', en: 'List every item short of its full points, not only the gap plan\'s steps' },
    issued: { 'zh-CN': '下发日期（默认：检查日期）', en: 'The day the list is issued (default: the inspection day)' },
    recheck: { 'zh-CN': '按此复查记录更新整改清单：已达标的条目复查通过，新出现的问题补入', en: 'Update the plan from this re-inspection: items now passing are verified, new failures added' },
    format: { 'zh-CN': '输出格式：yaml（默认）、json、md、html 或 xlsx', en: 'Output: yaml (default), json, md, html or xlsx' },
    on: { 'zh-CN': '按此日期判断是否逾期（默认：今天）', en: 'Judge overdue items on this day (default: today)' },
    example: { 'zh-CN': '标记为示例（数据虚构）', en: 'Mark the plan as an example (fictional data)' },
  },
  example: 'vsr rectify examples/inspections/four-star-town.yaml --out plan.yaml && vsr rectify plan.yaml --format html --out 整改清单.html',
  options: {
    out: { type: 'string' },
    'due-days': { type: 'string' },
    all: { type: 'boolean' },
    issued: { type: 'string' },
    recheck: { type: 'string' },
    format: { type: 'string' },
    on: { type: 'string' },
    example: { type: 'boolean' },
  },
  async run(ctx) {
    if (ctx.positionals.length !== 1) throw new UsageError({ 'zh-CN': '请给出一个评估结果、检查记录或整改清单文件', en: 'Give one evaluation, inspection or plan file' });
    const file = ctx.positionals[0];
    const format = ctx.values.format === undefined ? undefined : oneOf(ctx.values.format, FORMATS, 'format');
    const dueDays = dueDaysOption(ctx.values['due-days']);
    const asOf = dateOption(ctx.values.on, 'on') ?? today();
    const issuedOn = dateOption(ctx.values.issued, 'issued');
    if (format === 'xlsx' && !ctx.values.out && ctx.stdout.isTTY) throw new UsageError({ 'zh-CN': 'xlsx 格式请用 --out 指定输出文件', en: 'For xlsx, give the output file with --out' });

    if (await isPlanFile(file, ctx.cwd)) {
      const read = await readPlan(file, ctx.cwd);
      if (!read.plan) {
        printProblems(ctx, read.problems);
        return 1;
      }
      let plan = read.plan;
      const recheck = ctx.values.recheck as string | undefined;
      if (recheck) {
        const loaded = await loadReportInputs([recheck], { cwd: ctx.cwd });
        printProblems(ctx, loaded.problems);
        const input = loaded.inputs[0];
        if (!input) return 1;
        const result = recheckPlan(plan, input.evaluation, input.compiled, { inspection: input.inspection, dueDays });
        if (!result.ok) {
          printProblems(ctx, result.problems.map((p) => ({ ...p, file: recheck })));
          return 1;
        }
        plan = result.plan;
        if (format === 'md' || format === 'html' || format === 'xlsx') {
          await writeFile(path.resolve(ctx.cwd, file), planText(plan, /\.json$/i.test(file) ? 'json' : 'yaml'));
        } else {
          await writePlan(ctx, plan, file);
          return 0;
        }
      }
      if (format === 'md') await writeOutput(ctx, renderRectificationMarkdown(plan, { locale: ctx.locale, asOf }));
      else if (format === 'html') await writeOutput(ctx, renderRectificationHtml(plan, { locale: ctx.locale, asOf }));
      else if (format === 'xlsx') await writeOutput(ctx, await renderRectificationXlsx(plan, { locale: ctx.locale, asOf }));
      else await writePlan(ctx, plan);
      return 0;
    }

    if (ctx.values.recheck) throw new UsageError({ 'zh-CN': '--recheck 须配合整改清单文件使用', en: '--recheck goes with a plan file' });
    const loaded = await loadReportInputs([file], { cwd: ctx.cwd });
    printProblems(ctx, loaded.problems);
    const input = loaded.inputs[0];
    if (!input) return 1;
    const plan = createRectificationPlan(input.evaluation, input.compiled, {
      mode: ctx.values.all ? 'failed' : 'gap',
      issuedOn,
      dueDays,
      example: ctx.values.example === true,
    });
    if (format === 'md') await writeOutput(ctx, renderRectificationMarkdown(plan, { locale: ctx.locale, asOf }));
    else if (format === 'html') await writeOutput(ctx, renderRectificationHtml(plan, { locale: ctx.locale, asOf }));
    else if (format === 'xlsx') await writeOutput(ctx, await renderRectificationXlsx(plan, { locale: ctx.locale, asOf }));
    else await writePlan(ctx, plan);
    return 0;
  },
};
