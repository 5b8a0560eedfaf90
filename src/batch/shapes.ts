/**
 * The output shapes of a batch (`--output full|compact|summary`), decided once here: `full` is the
 * evaluation (vsr/evaluation@1); `compact` (vsr/evaluation-compact@1) leaves out the items that do not
 * apply and the reasons of items that pass, and refers to sections, vetoes and levels by id; `summary`
 * (vsr/evaluation-summary@1) is one short line per station: what a regional summary or a comparison of
 * rounds needs. Pure functions of the evaluation; docs/semantics.md describes them.
 */
import type { Evaluation, Gap, ItemState } from '../types/evaluation.js';
import type { CompactEvaluation } from '../types/evaluation-compact.js';
import type { StationGap, StationSummary } from '../types/evaluation-summary.js';
import type { Compiled } from '../standard/compiled.js';
import { addReportFields, itemReportFields } from '../report-fields.js';
import type { LineBytes } from './line-bytes.js';

export type OutputShape = 'full' | 'compact' | 'summary';
export const OUTPUT_SHAPES: readonly OutputShape[] = ['full', 'compact', 'summary'];

/** One letter per item state, as `states` of the summary shape holds them (bonus items: n). */
export const STATE_CODES: Record<ItemState, string> = { pass: 'p', partial: 'a', fail: 'f', unanswered: 'u', waived: 'w', 'not-applicable': 'n' };
export const STATE_OF_CODE: Record<string, ItemState> = Object.fromEntries(Object.entries(STATE_CODES).map(([s, c]) => [c, s as ItemState]));

/**
 * The standard and scheme an evaluation names, by reference only: the renderer's fields the full
 * evaluation carries beside them (titles, issue 10.2) stay in `full`.
 */
function refsOf(e: Evaluation | CompactEvaluation): Pick<StationSummary, 'standard' | 'scheme'> {
  return { standard: { id: e.standard.id, version: e.standard.version, hash: e.standard.hash }, scheme: e.scheme ? { id: e.scheme.id, version: e.scheme.version } : null };
}

type ScoreComponent = NonNullable<Evaluation['score']['components']>[number];

type EvaluatedItem = Evaluation['items'][number];

/** An item as the compact shape holds it (items that do not apply are left out). */
function compactItem(i: EvaluatedItem): CompactEvaluation['items'][number] {
  return i.state === 'pass'
    ? { id: i.id, state: i.state, points: i.points, max: i.max, ...(i.bonus ? { bonus: true } : {}) }
    : { id: i.id, state: i.state, points: i.points, max: i.max, ...(i.bonus !== undefined ? { bonus: i.bonus } : {}), reasons: i.reasons };
}

export function toCompact(e: Evaluation): CompactEvaluation {
  const { sections, items, vetoes, rating, score } = e;
  // Only the fields the compact schema names: the renderer's fields of the full evaluation (titles,
  // answers, evidence and notes given, checks, section tree, level labels, conditions) stay in `full`.
  const component = (c: ScoreComponent) => ({ id: c.id, version: c.version, weight: c.weight, points: c.points, max: c.max, percent: c.percent, bonus: c.bonus, applicable: c.applicable });
  return {
    schema: 'vsr/evaluation-compact@1',
    ...(e.example !== undefined ? { example: e.example } : {}),
    station: e.station,
    ...refsOf(e),
    inspectedAt: e.inspectedAt,
    ...(e.validUntil !== undefined ? { validUntil: e.validUntil } : {}),
    score: { points: score.points, max: score.max, percent: score.percent, bonus: score.bonus, deductions: score.deductions, ...(score.components ? { components: score.components.map(component) } : {}) },
    sections: sections.map((s) => ({ id: s.id, points: s.points, max: s.max, percent: s.percent })),
    items: items.filter((i) => i.state !== 'not-applicable').map(compactItem),
    vetoes: vetoes.map((v) => ({ item: v.item })),
    rating: { level: rating.level, levels: rating.levels.map((l) => ({ id: l.id, met: l.met, unmet: l.unmet })) },
    ...(e.gap ? { gap: e.gap } : {}),
    ...(e.gaps ? { gaps: e.gaps } : {}),
    warnings: e.warnings,
  };
}

export function toStationSummary(e: Evaluation): StationSummary {
  let states = '';
  for (const i of e.items) states += i.bonus ? 'n' : STATE_CODES[i.state];
  return summaryWith(e, states);
}

/** The summary line of a full or compact evaluation, given its item states. */
function summaryWith(e: Evaluation | CompactEvaluation, states: string): StationSummary {
  return {
    schema: 'vsr/evaluation-summary@1',
    ...(e.example !== undefined ? { example: e.example } : {}),
    station: { id: e.station.id, ...(e.station.region ? { region: e.station.region } : {}) },
    ...refsOf(e),
    inspectedAt: e.inspectedAt,
    percent: e.score.percent,
    level: e.rating.level,
    vetoes: e.vetoes.map((v) => v.item),
    components: (e.score.components ?? []).map((c) => ({ id: c.id, percent: c.percent })),
    sections: e.sections.filter((s) => s.max > 0).map((s) => ({ id: s.id, percent: s.percent })),
    states,
    ...(e.gap ? { gap: stationGap(e.gap) } : {}),
    ...(e.gaps ? { gaps: e.gaps.map(stationGap) } : {}),
  };
}

/** A gap plan as a summary line holds it: its target, whether reachable, its steps' items. */
function stationGap(gap: Gap): StationGap {
  return { target: gap.target, reachable: gap.reachable, steps: gap.steps.map((s) => s.item) };
}

/** The line (JSON text, without its newline) of an evaluation in a shape. */
export function shapeLine(e: Evaluation, shape: OutputShape): string {
  // The line is stringified from the shape's object: a line built by string concatenation measured no
  // faster once encoded (the worker encodes each line, and a concatenated string is flattened first).
  return JSON.stringify(shape === 'full' ? e : shape === 'compact' ? toCompact(e) : toStationSummary(e));
}

/**
 * An item's renderer fields as the full line writes them: the JSON text that follows the item's own
 * fields (`,"section":…,"check":…}`), encoded once, with and without the comma before the next item.
 * `own` are the fields the item carries itself when the fragment applies (its title, from evaluate).
 */
interface ItemFragment {
  own: ReadonlySet<string>;
  keys: readonly string[];
  last: Uint8Array;
  next: Uint8Array;
}

const fragmentsMemo = new WeakMap<Compiled, Map<string, ItemFragment>>();
const fragmentEncoder = new TextEncoder();

/**
 * Whether a fragment fits an item: `addReportFields` sets each field the item lacks (value undefined),
 * after the item's own keys, so the fragment fits an item whose own fields it skips and that has no key
 * of the others.
 */
function fits(fragment: ItemFragment, item: Record<string, unknown>): boolean {
  for (const k of fragment.keys) if (k in item) return false;
  for (const k of fragment.own) if (item[k] === undefined) return false;
  return true;
}

/**
 * The fragment of an item, from `fragments` (the memo of its compiled standard; made the first time an
 * item with these fields is met), or null: no fragment fits.
 */
function fragmentOf(compiled: Compiled, fragments: Map<string, ItemFragment>, item: EvaluatedItem): ItemFragment | null {
  const record = item as unknown as Record<string, unknown>;
  const known = fragments.get(item.id);
  if (known) return fits(known, record) ? known : null;
  const fields = itemReportFields(compiled).get(item.id);
  if (!fields) return null;
  const own = new Set<string>(), added: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    if (record[k] !== undefined) own.add(k);
    else if (k in record) return null;
    else added[k] = v;
  }
  const keys = Object.keys(added);
  const text = keys.length ? ',' + JSON.stringify(added).slice(1) : '}';
  const fragment = { own, keys, last: fragmentEncoder.encode(text), next: fragmentEncoder.encode(text + ',') };
  fragments.set(item.id, fragment);
  return fragment;
}

/**
 * Writes, with its newline, the line of an evaluation made by `evaluate(…, { reportFields: false })`,
 * byte for byte what `shapeLine` gives for the evaluation made with its renderer fields. A full line's
 * items are written as their own fields, then their renderer fields, encoded once per standard: half
 * the bytes of a full line are the same for every station (issue 13.2). Adds the renderer fields
 * other than the items' to `e`.
 */
export function writeShapeLine(out: LineBytes, e: Evaluation, shape: OutputShape, compiled: Compiled): void {
  // compact and summary lines are small: their JSON text, encoded (writing a compact line's passed items
  // from bytes encoded once measured no faster: bench/stages.ts)
  if (shape === 'full') writeFull(out, e, compiled);
  else out.text(shapeLine(e, shape) + '\n');
}

function writeFull(out: LineBytes, e: Evaluation, compiled: Compiled): void {
  let memo = fragmentsMemo.get(compiled);
  if (!memo) fragmentsMemo.set(compiled, (memo = new Map()));
  const fragments = memo;
  const items = e.items;
  const itemFragments = items.map((item) => fragmentOf(compiled, fragments, item));
  if (itemFragments.includes(null)) {
    // an item the fragments do not fit (not made by evaluate): the evaluation's own JSON
    out.text(JSON.stringify(addReportFields(e, compiled)) + '\n');
    return;
  }
  addReportFields(e, compiled, { items: false });
  // the evaluation's keys before and after `items`, in its own order, stringified as JSON would
  const record = e as unknown as Record<string, unknown>;
  const keys = Object.keys(record);
  const at = keys.indexOf('items');
  const before: Record<string, unknown> = {}, after: Record<string, unknown> = {};
  for (let k = 0; k < at; k++) before[keys[k]] = record[keys[k]];
  for (let k = at + 1; k < keys.length; k++) after[keys[k]] = record[keys[k]];
  const head = JSON.stringify(before);
  out.text(head.length > 2 ? head.slice(0, -1) + ',"items":[' : '{"items":[');
  for (let i = 0; i < items.length; i++) {
    out.text(JSON.stringify(items[i]));
    out.unwrite(1); // its closing brace: the fragment closes it
    out.bytes(i < items.length - 1 ? itemFragments[i]!.next : itemFragments[i]!.last);
  }
  out.text(']');
  const rest = JSON.stringify(after);
  out.text(rest.length > 2 ? ',' + rest.slice(1) + '\n' : '}\n');
}

/** The shape of a stored output line, by its `schema`, or null when it is none of the three. */
export function shapeOf(line: unknown): OutputShape | null {
  const schema = (line as { schema?: unknown } | null)?.schema;
  return schema === 'vsr/evaluation@1' ? 'full' : schema === 'vsr/evaluation-compact@1' ? 'compact' : schema === 'vsr/evaluation-summary@1' ? 'summary' : null;
}

/** The reference (`id@version`) of the standard or scheme a stored line was scored against. */
export function refOf(line: Pick<StationSummary, 'standard' | 'scheme'>): string {
  return line.scheme ? `${line.scheme.id}@${line.scheme.version}` : `${line.standard.id}@${line.standard.version}`;
}

/**
 * A stored line of any shape as a summary line. `itemIds` are the standard's items in order: a compact
 * line leaves out the items that do not apply, which are `n` here.
 */
export function stationSummaryOf(line: Evaluation | CompactEvaluation | StationSummary, itemIds: readonly string[]): StationSummary {
  if (line.schema === 'vsr/evaluation-summary@1') return line;
  if (line.schema === 'vsr/evaluation@1') return toStationSummary(line);
  const byId = new Map(line.items.map((i) => [i.id, i]));
  let states = '';
  for (const id of itemIds) {
    const i = byId.get(id);
    states += !i || i.bonus ? 'n' : STATE_CODES[i.state];
  }
  return summaryWith(line, states);
}
