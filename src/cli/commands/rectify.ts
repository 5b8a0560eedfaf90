import { localText } from '../../i18n/messages.js';
import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { problem, type Problem } from '../../i18n/problem.js';
import { openInspectionFile, placeIn } from '../../io/read.js';
import { loadReportInputs } from '../../io/inputs.js';
import { validateAgainstSchema } from '../../standard/schema-validate.js';
import { dayNumber } from '../../scoring/dates.js';
import type { Rectification } from '../../types/rectification.js';
import { createRectificationPlan, recheckPlan, RECTIFICATION_SCHEMA, type DueDays } from '../../rectify/plan.js';
import { rectificationPlans } from '../../report/registry.js';
import { formatsOf, rendererOf, type Renderer } from '../../report/renderer.js';
import { chosenRenderer, formatHelp, forTerminal, isBinary } from '../formats.js';
import { UsageError, type Command, type CommandContext } from '../command.js';
import { printProblems } from '../output.js';
import { writeOutput } from './score.js';

/** The formats that write the plan file itself (read back by `vsr rectify PLAN`); the others print the 整改清单. */
const PLAN_FORMATS = ['yaml', 'json'];
const isPlanFormat = (r: Renderer<Rectification>) => PLAN_FORMATS.includes(r.format);
/** The formats that print the 整改清单 (md, html, xlsx): the registry's others. */
const listFormats = () => formatsOf(rectificationPlans).filter((f) => !PLAN_FORMATS.includes(f));

/** Today in UTC as YYYY-MM-DD: the edge's clock, passed into the pure core. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A --on/--issued date, checked. */
export function dateOption(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  const s = String(value);
  if (Number.isNaN(dayNumber(s))) throw new UsageError(localText('rectify-date-invalid', { option, s }));
  return s;
}

/** `--due-days 45` (every effort) or `--due-days S=15,M=30,L=60`. */
export function dueDaysOption(value: unknown): Partial<DueDays> | undefined {
  if (value === undefined) return undefined;
  const s = String(value).trim();
  const bad = () => new UsageError(localText('rectify-due-days-invalid', { s }));
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

/** The plan file's text, YAML or JSON (the registry's renderers). */
async function planText(plan: Rectification, format: 'yaml' | 'json'): Promise<string> {
  return String(await rendererOf(rectificationPlans, format)!.render(plan, { locale: 'zh-CN' }));
}

async function writePlan(ctx: CommandContext, plan: Rectification, fallback?: string): Promise<void> {
  const out = (ctx.values.out as string | undefined) ?? fallback;
  const format = ctx.values.format ? String(ctx.values.format) : out && /\.json$/i.test(out) ? 'json' : 'yaml';
  const text = await planText(plan, format === 'json' ? 'json' : 'yaml');
  if (!ctx.values.out && fallback) await writeFile(path.resolve(ctx.cwd, fallback), text);
  else await writeOutput(ctx, text);
}

/** `vsr rectify EVALUATION|PLAN`: make a rectification plan, recheck it, or print the 整改清单. */
export const rectifyCommand: Command = {
  name: 'rectify',
  get summary() {
    return localText('cli-rectify-summary', { formats: listFormats().join('/') });
  },
  get usage() {
    const lists = listFormats().join('|');
    return `EVALUATION|INSPECTION [--out plan.yaml] [--due-days N|S=30,M=60,L=90] [--all] [--issued DATE]  |  PLAN --recheck INSPECTION [--out PATH]  |  PLAN --format ${lists} [--on DATE] [--out PATH]`;
  },
  get help() {
    return {
    out: localText('cli-rectify-out'),
    'due-days': localText('cli-rectify-due-days'),
    all: localText('cli-rectify-all'),
    issued: localText('cli-rectify-issued'),
    recheck: localText('cli-rectify-recheck'),
    format: formatHelp(rectificationPlans),
    on: localText('cli-rectify-on'),
    example: localText('cli-rectify-example'),
    };
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
    if (ctx.positionals.length !== 1) throw new UsageError(localText('rectify-file-missing'));
    const file = ctx.positionals[0];
    const chosen = ctx.values.format === undefined ? undefined : chosenRenderer(rectificationPlans, ctx.values.format);
    const list = chosen && !isPlanFormat(chosen) ? chosen : undefined;
    const dueDays = dueDaysOption(ctx.values['due-days']);
    const asOf = dateOption(ctx.values.on, 'on') ?? today();
    const issuedOn = dateOption(ctx.values.issued, 'issued');
    if (chosen && isBinary(chosen) && (!ctx.values.out || ctx.values.out === '-') && ctx.stdout.isTTY) throw new UsageError(localText('cli-binary-needs-out', { format: chosen.format }));
    const renderList = async (plan: Rectification) => writeOutput(ctx, forTerminal(list!, await list!.render(plan, { locale: ctx.locale, asOf })));

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
        if (list) {
          await writeFile(path.resolve(ctx.cwd, file), await planText(plan, /\.json$/i.test(file) ? 'json' : 'yaml'));
        } else {
          await writePlan(ctx, plan, file);
          return 0;
        }
      }
      if (list) await renderList(plan);
      else await writePlan(ctx, plan);
      return 0;
    }

    if (ctx.values.recheck) throw new UsageError(localText('rectify-recheck-needs-plan'));
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
    if (list) await renderList(plan);
    else await writePlan(ctx, plan);
    return 0;
  },
};
