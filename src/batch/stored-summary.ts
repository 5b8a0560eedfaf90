/**
 * Regional summaries of stored batch output (`vsr summary`): the lines of one or more outputs (shards
 * concatenated in order, any shape) folded as the batch folds them; or the summaries of shards merged
 * by adding their exact sums, which gives exactly the summary of the whole.
 */
import { readFile } from 'node:fs/promises';
import { problem, VsrError, type Problem } from '../i18n/problem.js';
import { loadDocument } from '../standard/load.js';
import { compile } from '../standard/compile.js';
import { decodeText } from '../safe-text.js';
import { readLines } from './lines.js';
import { groupMeta, SummaryAccumulator, type BatchCounts, type GroupMeta } from './summary.js';
import { refOf, shapeOf, stationSummaryOf } from './shapes.js';
import type { StationSummary } from '../types/evaluation-summary.js';

/** What stored lines need of the standard they name: its items and levels, and the summary's metadata. */
export interface KnownStandard {
  meta: GroupMeta;
  itemIds: string[];
}

/**
 * The standards stored lines name (`id@version`), each loaded and compiled once; null for one that
 * cannot be loaded (the caller reports `unknown-ref` with the line).
 */
export class StandardsByRef {
  private known = new Map<string, KnownStandard | null>();
  constructor(private cwd: string) {}

  async get(ref: string): Promise<KnownStandard | null> {
    if (!this.known.has(ref)) {
      try {
        const compiled = compile((await loadDocument(ref, this.cwd)).doc);
        this.known.set(ref, { meta: groupMeta(compiled), itemIds: compiled.items.map((i) => i.id) });
      } catch (e) {
        if (!(e instanceof VsrError)) throw e;
        this.known.set(ref, null);
      }
    }
    return this.known.get(ref)!;
  }
}

/** Folds the lines of stored batch outputs; lines that are not outputs are problems with file and line. */
export async function summariseOutputs(files: string[], cwd: string, problems: Problem[]): Promise<{ summary: SummaryAccumulator; counts: BatchCounts }> {
  const summary = new SummaryAccumulator();
  const counts: BatchCounts = { total: 0, good: 0, bad: 0, blank: 0 };
  const standards = new StandardsByRef(cwd);
  for (const file of files) {
    for await (const { line, text, problem: bad } of readLines(file)) {
      if (text !== null && text.trim() === '') {
        counts.blank++;
        continue;
      }
      counts.total++;
      const fail = (p: Problem) => {
        counts.bad++;
        problems.push({ ...p, file, line });
      };
      if (text === null) {
        fail(bad ?? problem('summary-not-output', ''));
        continue;
      }
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (e) {
        fail(problem('json-syntax', '', { detail: (e as Error).message }));
        continue;
      }
      const shape = shapeOf(data);
      if (!shape) {
        fail(problem('summary-not-output', ''));
        continue;
      }
      const ref = refOf(data as StationSummary);
      const known = await standards.get(ref);
      if (!known) {
        fail(problem('unknown-ref', '/standard', { ref, known: '—' }));
        continue;
      }
      const station = stationSummaryOf(data as StationSummary, known.itemIds);
      if (station.states.length !== known.itemIds.length) {
        fail(problem('summary-standard-mismatch', '/states', { ref, have: known.itemIds.length, line: station.states.length }));
        continue;
      }
      counts.good++;
      summary.addStation(station, known.meta);
    }
  }
  return { summary, counts };
}

/** Adds up the summaries of shards (the .json files of `vsr batch --summary`, with their sums). */
export async function mergeSummaries(files: string[], problems: Problem[]): Promise<{ summary: SummaryAccumulator; counts: BatchCounts }> {
  const summary = new SummaryAccumulator();
  const counts: BatchCounts = { total: 0, good: 0, bad: 0, blank: 0 };
  for (const file of files) {
    const decoded = decodeText(await readFile(file), file);
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      continue;
    }
    let doc: { schema?: unknown; records?: BatchCounts; sums?: unknown };
    try {
      doc = JSON.parse(decoded.text);
    } catch {
      doc = {}; // not one JSON document (batch output, NDJSON): not a summary
    }
    if (doc?.schema !== 'vsr/batch-summary@1' || !Array.isArray(doc.sums) || !doc.records) {
      problems.push(problem('summary-not-summary', '', undefined, { file }));
      continue;
    }
    summary.merge(SummaryAccumulator.fromJSON(doc.sums).take());
    for (const k of ['total', 'good', 'bad', 'blank'] as const) counts[k] += doc.records[k] ?? 0;
  }
  return { summary, counts };
}
