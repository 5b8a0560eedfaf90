/**
 * The rectification plan (整改清单, schema vsr/rectification@1): made from an evaluation, checked
 * against a re-inspection, and read for status on a given day. Pure and synchronous: every date
 * (the day the list is issued, the day to judge overdue items on) is passed in, never read from a clock.
 */
import type { Compiled, CompiledItem } from '../standard/compiled.js';
import type { Evaluation, ItemState } from '../types/evaluation.js';
import type { PlannedEvaluation } from '../evaluate.js';
import type { AnswerEntry, Evidence, Inspection } from '../types/inspection.js';
import type { Rectification, RectificationEntry, RectificationStatus } from '../types/rectification.js';
import type { Text } from '../types/standard.js';
import { localText, type Locale } from '../i18n/messages.js';
import { problem, type Problem } from '../i18n/problem.js';
import { dayNumber } from '../scoring/dates.js';
import { bestAnswer } from '../gap/plan.js';
import { answerText, answerValue, evidenceRequiredText, local } from '../report/labels.js';
import { remediableInRound } from './remediable.js';

export const RECTIFICATION_SCHEMA = 'vsr/rectification@1';

export type Effort = 'S' | 'M' | 'L';
/** Days from the day a list is issued to the due date, by the item's effort. */
export type DueDays = Record<Effort, number>;
export const DEFAULT_DUE_DAYS: DueDays = { S: 30, M: 60, L: 90 };
/** What the owner field holds until the bureau fills in a name. */
export const OWNER_PLACEHOLDER = '×××';

/** A status on a given day: the stored one, or overdue when the due date has passed unverified. */
export type EntryStatusOn = RectificationStatus | 'overdue';
export const STATUS_ORDER: readonly EntryStatusOn[] = ['overdue', 'open', 'in-progress', 'done', 'verified'];

export interface CreatePlanOptions {
  /** gap (default): the evaluation's gap steps; failed: every item short of its full points. */
  mode?: 'gap' | 'failed';
  /** The day the list is issued (YYYY-MM-DD); default: the inspection day. */
  issuedOn?: string;
  dueDays?: Partial<DueDays>;
  issuedBy?: string;
  example?: boolean;
}

export interface RecheckOptions {
  /** The re-inspection itself: the evidence of each item now passing closes its entry. */
  inspection?: Inspection;
  /** Due days for entries the re-inspection adds (new failures), counted from its date. */
  dueDays?: Partial<DueDays>;
}

export type RecheckResult = { ok: true; plan: Rectification } | { ok: false; problems: Problem[] };

/** YYYY-MM-DD plus n days. */
export function addDays(date: string, days: number): string {
  const day = dayNumber(date);
  if (Number.isNaN(day)) return date;
  return new Date((day + days) * 86_400_000).toISOString().slice(0, 10);
}

const NOT_PASSING: ReadonlySet<ItemState> = new Set(['fail', 'partial', 'unanswered']);

/** What an entry and a not-remediable item share: the item, its title and section, its state, veto. */
function itemHead(compiled: Compiled, item: CompiledItem, from: ItemState) {
  const inner = item.sections[item.sections.length - 1];
  return {
    item: item.id,
    title: item.title,
    ...(inner === undefined ? {} : { section: compiled.sections[inner].title }),
    from,
    ...(item.veto ? { veto: true } : {}),
  };
}

/** What to do, in both languages: the answer that earns the full points and the evidence it needs. */
function actionText(item: CompiledItem, answer: AnswerEntry): Text {
  const text = (locale: Locale) => {
    const params = {
      rule: local(item.definition.text ?? item.title, locale),
      answer: answerText(answerValue(answer), item, locale),
      evidence: item.evidence.length ? evidenceRequiredText(item.evidence, locale) : '',
    };
    return localText(item.evidence.length ? 'rectify-action-evidence' : 'rectify-action', params)[locale];
  };
  return { 'zh-CN': text('zh-CN'), en: text('en') };
}

function entryFor(compiled: Compiled, item: CompiledItem, from: ItemState, answer: AnswerEntry, due: string, extra: Partial<RectificationEntry> = {}): RectificationEntry {
  return {
    ...itemHead(compiled, item, from),
    action: actionText(item, answer),
    answer,
    ...(extra.gain !== undefined ? { gain: extra.gain } : {}),
    effort: item.effort,
    owner: OWNER_PLACEHOLDER,
    due,
    status: 'open',
    evidence: [],
    ...(extra.addedOn ? { addedOn: extra.addedOn } : {}),
  };
}

function notRemediableFor(compiled: Compiled, item: CompiledItem, from: ItemState): Rectification['notRemediable'][number] {
  return { ...itemHead(compiled, item, from), why: localText('rectify-not-remediable-why') };
}

/** Items that lost points and are not bonus items, in the standard's order. */
function shortItems(compiled: Compiled, evaluation: Evaluation): Array<{ item: CompiledItem; state: ItemState }> {
  const out: Array<{ item: CompiledItem; state: ItemState }> = [];
  for (const r of evaluation.items) {
    const index = compiled.itemIndex.get(r.id);
    if (index === undefined || r.bonus || !NOT_PASSING.has(r.state)) continue;
    out.push({ item: compiled.items[index], state: r.state });
  }
  return out;
}

/**
 * A rectification plan from an evaluation (and the standard or scheme it was made with): one entry per
 * step of its gap plan (or, in mode `failed`, per item short of its full points), due by effort.
 * Items that cannot be fixed within the round (see `remediableInRound`) are listed apart, never as tasks.
 */
export function createRectificationPlan(evaluation: PlannedEvaluation, compiled: Compiled, options: CreatePlanOptions = {}): Rectification {
  const mode = options.mode ?? 'gap';
  const issuedOn = options.issuedOn ?? evaluation.inspectedAt;
  const dueDays = { ...DEFAULT_DUE_DAYS, ...options.dueDays };
  const entries: RectificationEntry[] = [];
  const notRemediable: Rectification['notRemediable'] = [];
  const listed = new Set<string>();
  const short = shortItems(compiled, evaluation);
  const add = (item: CompiledItem, from: ItemState, answer: AnswerEntry, gain?: number) => {
    if (listed.has(item.id)) return;
    listed.add(item.id);
    if (remediableInRound(item)) entries.push(entryFor(compiled, item, from, answer, addDays(issuedOn, dueDays[item.effort]), { gain }));
    else notRemediable.push(notRemediableFor(compiled, item, from));
  };
  if (mode === 'gap') {
    for (const step of evaluation.gap.steps) {
      const index = compiled.itemIndex.get(step.item);
      // Steps that cannot be taken within the round are listed with the other incidents below.
      if (index !== undefined && remediableInRound(compiled.items[index])) add(compiled.items[index], step.from, step.answer, step.gain);
    }
  } else {
    for (const { item, state } of short) add(item, state, bestAnswer(item, evaluation.inspectedAt));
  }
  // Past incidents that cost points are shown in either mode, in the standard's order, so nobody mistakes them for fixed.
  for (const { item, state } of short) if (!remediableInRound(item)) add(item, state, item.checkType.best(item.check, item.max));
  return {
    schema: RECTIFICATION_SCHEMA,
    ...(options.example ? { example: true } : {}),
    station: evaluation.station,
    basis: {
      standard: evaluation.standard,
      scheme: evaluation.scheme,
      inspectedAt: evaluation.inspectedAt,
      level: evaluation.rating.level,
      levelLabel: evaluation.rating.label,
      percent: evaluation.score.percent,
      target: mode === 'gap' ? evaluation.gap.target : null,
      ...(mode === 'gap' && evaluation.gap.target ? { targetLabel: compiled.levels.find((l) => l.id === evaluation.gap.target)?.label ?? null, reachable: evaluation.gap.reachable } : {}),
      mode,
      notPassing: short.map((s) => s.item.id),
    },
    issuedOn,
    ...(options.issuedBy ? { issuedBy: options.issuedBy } : {}),
    entries,
    notRemediable,
    rechecks: [],
  };
}

function evidenceOf(inspection: Inspection | undefined, id: string): Evidence[] {
  const entry = inspection?.answers[id];
  return entry && typeof entry === 'object' && !Array.isArray(entry) && 'evidence' in entry && entry.evidence ? [...entry.evidence] : [];
}

/**
 * The plan after a re-inspection: entries whose item now passes become verified (with the evidence the
 * re-inspection recorded), verified entries that fail again are reopened, and items that passed when
 * the plan was made but fail now are added. The plan given is not changed.
 */
export function recheckPlan(plan: Rectification, evaluation: Evaluation, compiled: Compiled, options: RecheckOptions = {}): RecheckResult {
  const problems: Problem[] = [];
  if (evaluation.station.id !== plan.station.id) problems.push(problem('rectify-station-mismatch', '/station/id', { plan: plan.station.id, inspection: evaluation.station.id }));
  const planRef = plan.basis.scheme ?? plan.basis.standard;
  const evalRef = evaluation.scheme ?? evaluation.standard;
  if (planRef.id !== evalRef.id) problems.push(problem('rectify-standard-mismatch', '/standard', { plan: `${planRef.id}@${planRef.version}`, inspection: `${evalRef.id}@${evalRef.version}` }));
  if (dayNumber(evaluation.inspectedAt) < dayNumber(plan.basis.inspectedAt)) problems.push(problem('rectify-recheck-earlier', '/inspectedAt', { date: evaluation.inspectedAt, basis: plan.basis.inspectedAt }));
  if (problems.length) return { ok: false, problems };

  const states = new Map(evaluation.items.map((r) => [r.id, r.state]));
  const on = evaluation.inspectedAt;
  const verified: string[] = [], reopened: string[] = [], added: string[] = [];
  const entries = plan.entries.map((entry): RectificationEntry => {
    const state = states.get(entry.item);
    if (state === 'pass' && entry.status !== 'verified') {
      verified.push(entry.item);
      const evidence = evidenceOf(options.inspection, entry.item);
      return { ...entry, status: 'verified', verifiedOn: on, evidence: evidence.length ? evidence : entry.evidence };
    }
    if (state !== undefined && state !== 'pass' && entry.status === 'verified') {
      reopened.push(entry.item);
      const { verifiedOn: _dropped, ...rest } = entry;
      return { ...rest, status: 'open' };
    }
    return entry;
  });
  const dueDays = { ...DEFAULT_DUE_DAYS, ...options.dueDays };
  const known = new Set([...plan.basis.notPassing, ...plan.entries.map((e) => e.item), ...plan.notRemediable.map((n) => n.item)]);
  const notRemediable = [...plan.notRemediable];
  for (const { item, state } of shortItems(compiled, evaluation)) {
    if (known.has(item.id)) continue;
    added.push(item.id);
    if (remediableInRound(item)) entries.push(entryFor(compiled, item, state, bestAnswer(item, on), addDays(on, dueDays[item.effort]), { addedOn: on }));
    else notRemediable.push(notRemediableFor(compiled, item, state));
  }
  return {
    ok: true,
    plan: {
      ...plan,
      entries,
      notRemediable,
      rechecks: [...plan.rechecks, { inspectedAt: on, level: evaluation.rating.level, levelLabel: evaluation.rating.label, percent: evaluation.score.percent, verified, reopened, added }],
    },
  };
}

/** An entry's status on a day: overdue when it is not verified and its due date is before that day. */
export function entryStatusOn(entry: RectificationEntry, asOf: string): EntryStatusOn {
  if (entry.status === 'verified') return 'verified';
  return dayNumber(entry.due) < dayNumber(asOf) ? 'overdue' : entry.status;
}

export interface PlanStatus {
  asOf: string;
  counts: Record<EntryStatusOn, number>;
  /** Entries with their status on the day, overdue first (earliest due first), then open, in progress, done, verified. */
  entries: Array<{ entry: RectificationEntry; status: EntryStatusOn; daysOverdue: number }>;
}

/** The plan's entries on a day: each status counted, overdue items first. */
export function planStatus(plan: Rectification, asOf: string): PlanStatus {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<EntryStatusOn, number>;
  const today = dayNumber(asOf);
  const entries = plan.entries.map((entry, index) => {
    const status = entryStatusOn(entry, asOf);
    counts[status]++;
    return { entry, status, daysOverdue: status === 'overdue' ? today - dayNumber(entry.due) : 0, index };
  });
  entries.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || (a.status === 'overdue' ? b.daysOverdue - a.daysOverdue : 0) || a.index - b.index);
  return { asOf, counts, entries: entries.map(({ index: _i, ...rest }) => rest) };
}

/** The title of an entry in one language. */
export function entryTitle(entry: { title: Text }, locale: Locale): string {
  return local(entry.title, locale);
}
