/**
 * What `vsr score` and `vsr gap` report on: inspection files (scored now) and stored evaluations
 * (rendered again), read one by one into report inputs, with every problem kept for the caller.
 */
import path from 'node:path';
import { problem, type Problem } from '../i18n/problem.js';
import { CompiledCache, openInspectionFile, placeIn, readInspectionSource, type ReadInspectionOptions } from './read.js';
import { evaluateReviewed } from '../review/overrides.js';
import type { ReportInput } from '../report/model.js';
import type { Compiled } from '../standard/compiled.js';
import type { Inspection } from '../types/inspection.js';
import { isStoredEvaluation, isStoredEvaluationArray, readStoredEvaluation, storedEvaluationEntries } from './stored.js';

export interface LoadReportOptions extends ReadInspectionOptions {
  /** The level the gap plans aim at (default: the next level up). */
  target?: string;
  /** Files that came from a folder: documents in them that are neither inspections nor evaluations are skipped with a note. */
  fromFolder?: ReadonlySet<string>;
  /** Called after each file. */
  onFile?: (file: string) => void;
}

/**
 * One evaluation read for a report: what a renderer takes (the evaluation, which carries every title
 * and label, and its file), and for the commands that need more, the compiled standard it was made
 * with and the inspection scored (absent for a stored evaluation).
 */
export interface LoadedReport extends ReportInput {
  compiled: Compiled;
  inspection?: Inspection;
}

export interface LoadedReports {
  inputs: LoadedReport[];
  /** Invalid files: what is wrong, and where. */
  problems: Problem[];
  /** Files that were read but deserve a word (a stored evaluation of another text, a skipped document). */
  notes: Problem[];
  /** How many files were invalid. */
  failed: number;
}

/** Reads and evaluates each file (inspections are scored; stored evaluations are taken as they are). */
export async function loadReportInputs(files: string[], options: LoadReportOptions = {}): Promise<LoadedReports> {
  const cache = options.cache ?? new CompiledCache();
  const opts = { ...options, cache };
  const out: LoadedReports = { inputs: [], problems: [], notes: [], failed: 0 };
  const fail = (problems: Problem[]) => {
    out.problems.push(...problems);
    out.failed++;
  };
  for (const file of files) {
    const opened = await openInspectionFile(path.resolve(options.cwd ?? process.cwd(), file));
    if (!opened.source) fail(opened.problems.map((p) => ({ ...p, file })));
    else {
      const source = { ...opened.source, file };
      const schema = (source.data as { schema?: unknown } | null)?.schema;
      if (isStoredEvaluation(source) || isStoredEvaluationArray(source)) {
        const { entries, problems } = isStoredEvaluationArray(source) ? storedEvaluationEntries(source) : { entries: [source], problems: [] };
        const read = problems.length ? [] : await Promise.all(entries.map((entry) => readStoredEvaluation(entry, opts)));
        // In an array, a problem's pointer names its entry: /1/score/points.
        const within = (i: number, p: Problem) => (Array.isArray(source.data) && p.file === file ? { ...p, pointer: `/${i}${p.pointer}` } : p);
        const bad = [...problems, ...read.flatMap((r, i) => (r.ok ? [] : r.problems.map((p) => within(i, p))))];
        if (bad.length) fail(bad);
        else {
          for (const stored of read) {
            if (!stored.ok) continue;
            out.inputs.push({ evaluation: stored.evaluation, compiled: stored.compiled, file });
            out.notes.push(...stored.warnings);
          }
        }
      } else if (typeof schema === 'string' && schema !== 'vsr/inspection@1' && options.fromFolder?.has(file)) {
        out.notes.push(problem('inspection-skipped', '', { file, schema }));
      } else {
        const read = await readInspectionSource(source, opts);
        if (!read.ok) fail(read.problems);
        else {
          // Reviewers' overrides are applied and marked (src/review/overrides.ts); without reviews this is evaluate().
          const reviewed = evaluateReviewed(read.compiled, read.inspection, { target: options.target });
          if (reviewed.ok) {
            out.inputs.push({ evaluation: reviewed.evaluation, compiled: read.compiled, inspection: read.inspection, file });
            out.notes.push(...read.warnings);
          } else fail(placeIn(read.source, reviewed.problems));
        }
      }
    }
    options.onFile?.(file);
  }
  return out;
}
