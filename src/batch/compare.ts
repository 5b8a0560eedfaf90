import { readFile, stat } from 'node:fs/promises';
import type { Evaluation, ItemState } from '../types/evaluation.js';
import type { Text } from '../types/standard.js';
import { problem, type Problem } from '../i18n/problem.js';
import { MAX_FILE_BYTES } from '../standard/document.js';
import { readLines } from './lines.js';
import { decodeText } from '../safe-text.js';
import { itemFailed } from './summary.js';
import type { StationChange, Comparison } from '../types/comparison.js';
import { refOf, STATE_CODES, STATE_OF_CODE } from './shapes.js';
import type { CompactEvaluation } from '../types/evaluation-compact.js';
import type { StationSummary } from '../types/evaluation-summary.js';
import { StandardsByRef } from './stored-summary.js';

/**
 * Trends between two rounds of inspections: two evaluations, or two batch outputs (NDJSON), matched
 * by station id. The first round is held as a compact snapshot per station (level, percent, one
 * character per item state); the second is streamed against it.
 */

const codesWhere = (holds: (s: ItemState) => boolean) => new Set(Object.entries(STATE_CODES).filter(([s]) => holds(s as ItemState)).map(([, c]) => c));
/** Item states that earn points, and those that fail (as the summary counts them), as codes. */
const EARNING = codesWhere((s) => s === 'pass' || s === 'partial');
const FAILING = codesWhere(itemFailed);

interface Snapshot {
  id: string;
  name: string;
  region?: string[];
  level: string | null;
  rank: number;
  percent: number;
  /** The standard's key (its item list) and one state code per item, in that order. */
  standard: string;
  states: string;
}

/** The comparison document and its station rows: the generated contract types (schemas/comparison.schema.json). */
export type { StationChange, Comparison } from '../types/comparison.js';

/** What a comparison needs of one station's result, read from any batch output shape. */
export interface Comparable {
  station: { id: string; name: string; region?: string[] };
  standard: Evaluation['standard'];
  scheme: Evaluation['scheme'];
  score: { percent: number };
  items: { id: string; state: ItemState; bonus?: boolean }[];
  rating: { level: string | null; label: Text | null; levels: { id: string }[] };
}

/**
 * Rounds are matched by station and by what it was scored on (the scheme's or standard's id, any
 * version): a county centre scored on the construction and the service standard is two results, each
 * compared with its own counterpart, never one with the other.
 */
function matchKey(e: Comparable): string {
  return `${e.station.id}\u001f${e.scheme?.id ?? e.standard.id}`;
}

function isEvaluation(x: unknown): x is Evaluation | CompactEvaluation {
  const e = x as Evaluation;
  return !!e && typeof e === 'object' && (e.schema === 'vsr/evaluation@1' || (e.schema as string) === 'vsr/evaluation-compact@1') && typeof e.station?.id === 'string'
    && Array.isArray(e.items) && typeof e.score?.percent === 'number' && !!e.rating && Array.isArray(e.rating.levels);
}

function isStationSummary(x: unknown): x is StationSummary {
  const e = x as StationSummary;
  return !!e && typeof e === 'object' && e.schema === 'vsr/evaluation-summary@1' && typeof e.station?.id === 'string' && typeof e.percent === 'number'
    && typeof e.states === 'string' && !!e.standard;
}


/**
 * A line of any shape as what the comparison needs: a full evaluation as it is; a compact one with its
 * level's label from the standard (it lists only the items that apply, which is all the comparison
 * looks at); a summary line through its standard's item list and levels (the standard must be shipped
 * or found from `cwd`).
 */
async function comparable(data: unknown, standards: StandardsByRef): Promise<Comparable | Problem | null> {
  const full = isEvaluation(data) && data.schema === 'vsr/evaluation@1';
  if (full) return data as Evaluation;
  if (!isEvaluation(data) && !isStationSummary(data)) return null;
  const ref = refOf(data);
  const known = (await standards.get(ref))?.meta;
  if (!known) return problem('unknown-ref', '/standard', { ref, known: '—' });
  const labelOf = (level: string | null) => (level === null ? null : known.levels.find((l) => l.id === level)?.label ?? null);
  // a compact evaluation refers to its level by id: the label is the standard's
  if (isEvaluation(data)) return { ...data, rating: { ...data.rating, label: labelOf(data.rating.level) } };
  if (known.items.length !== data.states.length) return problem('summary-standard-mismatch', '/states', { ref, have: known.items.length, line: data.states.length });
  return {
    station: { id: data.station.id, name: data.station.id, ...(data.station.region ? { region: data.station.region } : {}) },
    standard: data.standard,
    scheme: data.scheme,
    score: { percent: data.percent },
    items: known.items.map((i, k) => ({ id: i.id, state: STATE_OF_CODE[data.states[k]] ?? 'not-applicable', ...(i.bonus ? { bonus: true } : {}) })),
    rating: { level: data.level, label: labelOf(data.level), levels: known.levels },
  };
}

/**
 * The evaluations of a file, one by one: a single evaluation (JSON), a JSON array of them, or NDJSON
 * (streamed). Lines that are not evaluations become problems with file and line.
 */
export async function* readEvaluations(file: string, problems: Problem[], cwd = process.cwd()): AsyncGenerator<Comparable> {
  const standards = new StandardsByRef(cwd);
  const size = (await stat(file)).size;
  if (size <= MAX_FILE_BYTES) {
    let whole: unknown;
    // UTF-8 or GB18030; not text (UTF-16, binary) is refused with the file, a damaged line below with its line
    const decoded = decodeText(await readFile(file), file);
    if ('problem' in decoded && decoded.problem.code !== 'text-invalid') {
      problems.push(decoded.problem);
      return;
    }
    try {
      whole = 'text' in decoded ? JSON.parse(decoded.text) : undefined;
    } catch {
      whole = undefined; // not one JSON document: NDJSON
    }
    if (whole !== undefined) {
      const list = Array.isArray(whole) ? whole : [whole];
      for (const [i, e] of list.entries()) {
        const c = await comparable(e, standards);
        if (c && 'station' in c) yield c;
        else problems.push(c ? { ...c, pointer: `${Array.isArray(whole) ? `/${i}` : ''}${c.pointer}`, file } : problem('compare-not-evaluation', Array.isArray(whole) ? `/${i}` : '', undefined, { file }));
      }
      return;
    }
  }
  // A file whose first record is not an evaluation (a YAML file, a batch's input) is not one of
  // evaluations at all: one problem for the file, not one per line.
  let first = true;
  for await (const { line, text, size: tooLong, problem: bad } of readLines(file)) {
    if (bad) {
      problems.push(bad);
      continue;
    }
    if (text === null) {
      problems.push(problem('batch-record-too-large', '', { size: tooLong!, limit: MAX_FILE_BYTES }, { file, line }));
      continue;
    }
    if (text.trim() === '') continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      if (first) {
        problems.push(problem('compare-not-evaluations-file', '', { detail: (e as Error).message }, { file, line }));
        return;
      }
      problems.push(problem('json-syntax', '', { detail: (e as Error).message }, { file, line }));
      continue;
    }
    const c = await comparable(data, standards);
    if (c && 'station' in c) yield c;
    else if (c) problems.push({ ...c, file, line });
    else if (first) {
      const schema = (data as { schema?: unknown } | null)?.schema;
      problems.push(problem('compare-not-evaluations-file', '', { detail: typeof schema === 'string' ? `schema ${schema}` : typeof data === 'object' && data !== null ? 'schema —' : JSON.stringify(data).slice(0, 40) }, { file, line }));
      return;
    } else problems.push(problem('compare-not-evaluation', '', undefined, { file, line }));
    first = false;
  }
}

const standardRef = refOf;

function levelRank(e: Comparable): number {
  return e.rating.level === null ? -1 : e.rating.levels.findIndex((l) => l.id === e.rating.level);
}

/** Compares two rounds. Problems in either file are collected in `problems`; the rest is compared. */
export async function compareRounds(fileA: string, fileB: string, problems: Problem[], labels: { a: string; b: string } = { a: fileA, b: fileB }): Promise<Comparison> {
  // the first round, as snapshots; item lists are shared per standard
  const itemLists = new Map<string, { ids: string[]; index: Map<string, number> }>();
  const first = new Map<string, Snapshot>();
  // region names repeat across thousands of stations: keep one copy of each
  const names = new Map<string, string>();
  const intern = (name: string) => {
    const known = names.get(name);
    if (known !== undefined) return known;
    names.set(name, name);
    return name;
  };
  const standardsA = new Set<string>();
  let countA = 0;
  const levelNames = new Map<string, Text | null>();
  const noteLabel = (e: Comparable) => {
    for (const l of e.rating.levels) if (!levelNames.has(l.id)) levelNames.set(l.id, null);
    if (e.rating.level !== null && e.rating.label && !levelNames.get(e.rating.level)) levelNames.set(e.rating.level, e.rating.label);
  };
  for await (const e of readEvaluations(fileA, problems)) {
    countA++;
    noteLabel(e);
    const ref = standardRef(e);
    standardsA.add(ref);
    const ids = e.items.map((i) => i.id);
    const key = `${ref}\u001f${ids.join('\u001f')}`;
    if (!itemLists.has(key)) itemLists.set(key, { ids, index: new Map(ids.map((id, i) => [id, i])) });
    if (first.has(matchKey(e))) problems.push(problem('compare-duplicate-station', '', { id: e.station.id }, { file: labels.a }));
    first.set(matchKey(e), {
      id: e.station.id,
      name: e.station.name,
      region: e.station.region?.map(intern),
      level: e.rating.level,
      rank: levelRank(e),
      percent: e.score.percent,
      standard: key,
      states: e.items.map((i) => (i.bonus ? 'n' : STATE_CODES[i.state])).join(''),
    });
  }

  const seenB = new Set<string>();
  const standardsB = new Set<string>();
  const onlyInB: string[] = [];
  const stations: StationChange[] = [];
  const itemCounts = new Map<string, { newlyFailed: number; fixed: number }>();
  const transitions = new Map<string, { from: string | null; to: string | null; stations: number }>();
  const levels = { up: 0, down: 0, same: 0 };
  const score = { up: 0, down: 0, same: 0 };
  let deltaSum = 0; // hundredths
  let countB = 0;
  for await (const e of readEvaluations(fileB, problems)) {
    countB++;
    noteLabel(e);
    standardsB.add(standardRef(e));
    const id = e.station.id;
    const key = matchKey(e);
    if (seenB.has(key)) problems.push(problem('compare-duplicate-station', '', { id }, { file: labels.b }));
    seenB.add(key);
    const before = first.get(key);
    if (!before) {
      onlyInB.push(id);
      continue;
    }
    const rank = levelRank(e);
    const change = rank > before.rank ? 'up' : rank < before.rank ? 'down' : 'same';
    levels[change]++;
    const deltaH = Math.round(e.score.percent * 100) - Math.round(before.percent * 100);
    deltaSum += deltaH;
    score[deltaH > 0 ? 'up' : deltaH < 0 ? 'down' : 'same']++;
    const tKey = `${before.level}\u001f${e.rating.level}`;
    const t = transitions.get(tKey) ?? { from: before.level, to: e.rating.level, stations: 0 };
    t.stations++;
    transitions.set(tKey, t);

    const list = itemLists.get(before.standard)!;
    const newlyFailed: string[] = [];
    const fixed: string[] = [];
    for (const item of e.items) {
      if (item.bonus) continue;
      const k = list.index.get(item.id);
      if (k === undefined) continue;
      const was = before.states[k];
      const now = STATE_CODES[item.state];
      if (FAILING.has(now) && EARNING.has(was)) newlyFailed.push(item.id);
      else if (EARNING.has(now) && FAILING.has(was)) fixed.push(item.id);
    }
    for (const [ids, field] of [[newlyFailed, 'newlyFailed'], [fixed, 'fixed']] as const) {
      for (const item of ids) {
        const c = itemCounts.get(item) ?? { newlyFailed: 0, fixed: 0 };
        c[field]++;
        itemCounts.set(item, c);
      }
    }
    if (change !== 'same' || deltaH !== 0 || newlyFailed.length || fixed.length) {
      stations.push({
        id, name: e.station.name, ...(e.station.region ? { region: e.station.region } : {}),
        from: { level: before.level, percent: before.percent },
        to: { level: e.rating.level, percent: e.score.percent },
        change, delta: deltaH / 100, newlyFailed, fixed,
      });
    }
  }
  const order = [...levelNames.keys()];
  const rank = (level: string | null) => (level === null ? -1 : order.indexOf(level));
  const onlyInA = [...first.entries()].filter(([key]) => !seenB.has(key)).map(([, snapshot]) => snapshot.id);
  const matched = levels.up + levels.down + levels.same;
  // down first (the biggest drop first), then up (the biggest rise first), then the rest
  const changeOrder = { down: 0, up: 1, same: 2 };
  stations.sort((x, y) => changeOrder[x.change] - changeOrder[y.change] || (x.change === 'up' ? y.delta - x.delta : x.delta - y.delta) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return {
    schema: 'vsr/comparison@1',
    a: { file: labels.a, evaluations: countA, standards: [...standardsA].sort() },
    b: { file: labels.b, evaluations: countB, standards: [...standardsB].sort() },
    matched,
    onlyInA,
    onlyInB,
    levels,
    transitions: [...transitions.values()].sort((x, y) => rank(x.from) - rank(y.from) || rank(x.to) - rank(y.to)),
    score: { ...score, meanDelta: matched ? Math.round(deltaSum / matched) / 100 : 0 },
    items: [...itemCounts.entries()].map(([id, c]) => ({ id, ...c })).sort((x, y) => y.newlyFailed - x.newlyFailed || y.fixed - x.fixed || (x.id < y.id ? -1 : 1)),
    stations,
    levelNames: [...levelNames.entries()].map(([id, label]) => ({ id, label })),
  };
}
