import type { StationLevel } from '../types/standard.js';
import type { AnswerEntry, DetailedAnswer, Inspection, Waiver } from '../types/inspection.js';
import type { ItemState, Reason } from '../types/evaluation.js';
import { componentInYear, type Compiled, type CompiledItem } from '../standard/compiled.js';
import { add, decimalRatio, over, percentRoundedOf, ratio, times, ZERO, type Ratio } from './exact.js';
import { evidenceShortfall } from './evidence.js';
import { dayNumber } from './dates.js';
import { answerChecked, checkedAnswersOf, type CheckedAnswers } from './checked.js';

/** How one item scored. Points in hundredths. */
export interface ItemResult {
  state: ItemState;
  points: number;
  /** Whether the item's maximum counts in its section, standard and total. */
  counted: boolean;
  deducted: number;
  vetoFailed: boolean;
  reasons: Reason[];
}

/**
 * The scoring of one inspection: every item, and the sums per section and component, kept so one
 * item can be changed and the sums updated in place (the gap plan does this).
 */
export interface ScoreState {
  compiled: Compiled;
  level: StationLevel;
  inspectedAt: string;
  inspectedDay: number;
  items: ItemResult[];
  compPoints: number[];
  compMax: number[];
  compBonus: number[];
  compDeducted: number[];
  compVetoes: number[];
  sectionPoints: number[];
  sectionMax: number[];
  warnings: Reason[];
}

export function isDetailed(entry: AnswerEntry): entry is DetailedAnswer {
  return typeof entry === 'object' && entry !== null && !Array.isArray(entry);
}

/** The states in which an item holds for a veto or a required-item condition. */
export function itemHolds(state: ItemState): boolean {
  return state === 'pass' || state === 'waived' || state === 'not-applicable';
}

/**
 * Scores one item against its answer (pure). `waiver` is a waiver naming this item, if any; `checked`,
 * the answers `validateInspection` checked (an answer among them is not checked again).
 */
export function scoreItem(item: CompiledItem, entry: AnswerEntry | undefined, level: StationLevel, inspectedAt: string, inspectedDay: number, missing: 'zero' | 'exclude' | 'error', waiver: Waiver | undefined, checked: CheckedAnswers | null = null): ItemResult {
  if (item.appliesTo && !item.appliesTo.includes(level)) {
    return { state: 'not-applicable', points: 0, counted: false, deducted: 0, vetoFailed: false, reasons: [{ code: 'not-applicable-level', params: { level } }] };
  }
  let waiverReason: Reason | null = null;
  if (waiver) {
    const params = { reason: waiver.reason, approvedBy: waiver.approvedBy, expires: waiver.expires };
    if (waiverCounts(waiver, inspectedAt)) return { state: 'waived', points: 0, counted: false, deducted: 0, vetoFailed: false, reasons: [{ code: 'waived', params }] };
    waiverReason = { code: 'waiver-expired', params };
  }
  const result = scoreAnswer(item, entry, inspectedDay, missing, checked);
  if (waiverReason) result.reasons.unshift(waiverReason);
  result.vetoFailed = item.veto !== null && !itemHolds(result.state);
  if (result.vetoFailed) result.reasons.push({ code: 'veto-failed' });
  return result;
}

function scoreAnswer(item: CompiledItem, entry: AnswerEntry | undefined, inspectedDay: number, missing: 'zero' | 'exclude' | 'error', checked: CheckedAnswers | null): ItemResult {
  if (entry === undefined || entry === null) {
    return missing === 'exclude'
      ? { state: 'unanswered', points: 0, counted: false, deducted: 0, vetoFailed: false, reasons: [{ code: 'unanswered-excluded' }] }
      : { state: 'unanswered', points: 0, counted: true, deducted: 0, vetoFailed: false, reasons: [{ code: 'unanswered' }] };
  }
  const detailed = isDetailed(entry);
  const value = detailed ? entry.value : entry;
  const invalid = answerChecked(checked, item, value) ? null : item.checkType.validate(item.check, value);
  if (invalid) {
    return { state: 'fail', points: 0, counted: true, deducted: 0, vetoFailed: false, reasons: [{ code: 'invalid-answer', params: { detail: invalid.code } }] };
  }
  const out = item.checkType.score(item.check, value, item.max);
  let points = out.earned;
  const reasons = out.reasons.slice();
  if (points > 0 && item.evidence.length > 0) {
    const short = evidenceShortfall(item.evidence, detailed ? entry.evidence : undefined, inspectedDay);
    if (short.length > 0) {
      points = 0;
      reasons.push(...short);
    }
  }
  const state: ItemState = points === item.max ? 'pass' : points > 0 ? 'partial' : 'fail';
  return { state, points, counted: true, deducted: out.deducted, vetoFailed: false, reasons };
}

/** Adds (sign 1) or removes (sign -1) an item's result from the sums. */
function account(state: ScoreState, item: CompiledItem, r: ItemResult, sign: 1 | -1): void {
  const c = item.component;
  if (r.vetoFailed) state.compVetoes[c] += sign;
  if (!r.counted) return;
  if (item.bonus) {
    state.compBonus[c] += sign * r.points;
    return;
  }
  state.compPoints[c] += sign * r.points;
  state.compMax[c] += sign * item.max;
  state.compDeducted[c] += sign * r.deducted;
  for (const s of item.sections) {
    state.sectionPoints[s] += sign * r.points;
    state.sectionMax[s] += sign * item.max;
  }
}

/** Replaces one item's result and updates the sums in place. */
export function setItem(state: ScoreState, index: number, result: ItemResult): void {
  const item = state.compiled.items[index];
  const old = state.items[index];
  if (old) account(state, item, old, -1);
  state.items[index] = result;
  account(state, item, result, 1);
}

/** Whether a waiver counts at an inspection on `inspectedAt` (it expires at the end of its day). */
export function waiverCounts(waiver: Waiver, inspectedAt: string): boolean {
  return waiver.expires >= inspectedAt;
}

/**
 * The waiver that decides each item, independent of the order they are listed in: the one that runs
 * longest. So any waiver that counts on the inspection day wins over expired ones; when none counts,
 * the one that expired last is reported. Null when there are none.
 */
export function waiversByItem(waivers: readonly Waiver[] | undefined): Map<string, Waiver> | null {
  if (!waivers || waivers.length === 0) return null;
  const byItem = new Map<string, Waiver>();
  for (const w of waivers) {
    const other = byItem.get(w.item);
    if (!other || w.expires > other.expires) byItem.set(w.item, w);
  }
  return byItem;
}

/** The standard or scheme reference an inspection names for what it is scored against (undefined: none). */
export function declaredRef(compiled: Compiled, inspection: Pick<Inspection, 'standard' | 'scheme'>): string | undefined {
  return compiled.kind === 'scheme' ? (inspection.scheme ?? inspection.standard) : (inspection.standard ?? inspection.scheme);
}

/**
 * A warning when the inspection names another version of the standard or scheme it is scored against
 * (`key-tasks@0.9.0` scored on `key-tasks@1.0.0`), naming both.
 */
function versionWarning(compiled: Compiled, inspection: Inspection): Reason | null {
  const declared = declaredRef(compiled, inspection);
  const at = declared?.lastIndexOf('@') ?? -1;
  if (declared === undefined || at <= 0 || declared.slice(0, at) !== compiled.id) return null;
  const actual = `${compiled.id}@${compiled.version}`;
  return declared.slice(at + 1) === compiled.version ? null : { code: 'inspection-version-mismatch', params: { declared, actual } };
}

/**
 * Scores an inspection item by item (pure, no I/O). The inspection should have passed
 * `validateInspection`; an invalid answer scores 0 with the reason `invalid-answer`. `checked`: the
 * answers `validateInspection` checked (default: those of `inspection` against `compiled`), which are
 * not checked again.
 */
export function scoreInspection(compiled: Compiled, inspection: Inspection, checked: CheckedAnswers | null = checkedAnswersOf(compiled, inspection)): ScoreState {
  const n = compiled.components.length;
  const state: ScoreState = {
    compiled,
    level: inspection.station.level,
    inspectedAt: inspection.inspectedAt,
    inspectedDay: dayNumber(inspection.inspectedAt),
    items: new Array(compiled.items.length),
    compPoints: new Array(n).fill(0),
    compMax: new Array(n).fill(0),
    compBonus: new Array(n).fill(0),
    compDeducted: new Array(n).fill(0),
    compVetoes: new Array(n).fill(0),
    sectionPoints: new Array(compiled.sections.length).fill(0),
    sectionMax: new Array(compiled.sections.length).fill(0),
    warnings: [],
  };
  const version = versionWarning(compiled, inspection);
  if (version) state.warnings.push(version);
  const waivers = waiversByItem(inspection.waivers);
  const year = Number(inspection.inspectedAt.slice(0, 4));
  const answers = inspection.answers;
  for (const item of compiled.items) {
    const missing = compiled.components[item.component].missing;
    const waiver = waivers?.get(item.id);
    const r = componentInYear(compiled.components[item.component], year)
      ? scoreItem(item, answers[item.id], state.level, state.inspectedAt, state.inspectedDay, missing, waiver, checked)
      : { state: 'not-applicable' as const, points: 0, counted: false, deducted: 0, vetoFailed: false, reasons: [{ code: 'not-applicable-year', params: { year } }] };
    if (r.vetoFailed && r.state === 'unanswered' && compiled.components[item.component].standard.unansweredVeto === 'not-assessed') {
      // The standard says an unanswered veto item is not assessed rather than failed (issue 12.3).
      r.vetoFailed = false;
      r.reasons = [...r.reasons.filter((x) => x.code !== 'veto-failed'), { code: 'veto-not-assessed' }];
    }
    if (waiver && r.reasons[0]?.code === 'waiver-expired') state.warnings.push({ code: 'waiver-expired', params: { item: item.id, ...r.reasons[0].params } });
    state.items[item.index] = r;
    account(state, item, r, 1);
  }
  // A counted standard that has nothing to score for this station is worth a warning; a scheme's
  // weight-0 prerequisite is not (its condition says for whom it counts).
  compiled.components.forEach((c, i) => {
    if (compiled.kind === 'scheme' && (c.weight <= 0 || !componentInYear(c, year))) return;
    const excluded = c.appliesTo !== null && !c.appliesTo.includes(state.level);
    if (excluded || (state.compMax[i] === 0 && compiled.kind === 'scheme')) state.warnings.push({ code: 'standard-not-applicable', params: { standard: c.id, level: state.level } });
  });
  return state;
}

/** Whether a component has anything to score for this station. */
export function componentApplies(state: ScoreState, c: number): boolean {
  return state.compMax[c] > 0;
}

/** The capped bonus of a component, in hundredths. */
export function componentBonus(state: ScoreState, c: number): number {
  return Math.min(state.compBonus[c], state.compiled.components[c].bonusCap);
}

/** A component's exact share of its maximum: (points + capped bonus) / max, at most 1 (0 when nothing applies). */
export function componentShare(state: ScoreState, c: number): Ratio {
  const max = state.compMax[c];
  if (max <= 0) return ZERO;
  const got = state.compPoints[c] + componentBonus(state, c);
  return got >= max ? ratio(1, 1) : ratio(got, max);
}

/** A component's share as a float (0 when nothing applies): `componentShare` for ranking and quick decisions. */
export function componentEstimate(state: ScoreState, c: number): number {
  const max = state.compMax[c];
  return max <= 0 ? 0 : Math.min(1, (state.compPoints[c] + componentBonus(state, c)) / max);
}

/** A component's percent: (points + capped bonus) / max, at most 100, two decimals (the exact share only when too close to call). */
export function componentPercent(state: ScoreState, c: number): number {
  return percentRoundedOf(componentEstimate(state, c), () => componentShare(state, c));
}

/**
 * The exact weighted composite share over the components that apply (a standard alone: its share):
 * Σ weight × share / Σ weight, with the weights taken as written.
 */
export function compositeShare(state: ScoreState): Ratio {
  let weighted = ZERO;
  let weights = ZERO;
  const comps = state.compiled.components;
  for (let c = 0; c < comps.length; c++) {
    const w = comps[c].weight;
    if (w <= 0 || !componentApplies(state, c)) continue;
    const wr = decimalRatio(w);
    weighted = add(weighted, times(wr, componentShare(state, c)));
    weights = add(weights, wr);
  }
  return weights.num === 0n ? ZERO : over(weighted, weights);
}

/**
 * The composite share as a float: for ranking choices (the gap plan's gains) only, where speed matters
 * and a last-digit error does not; marks are decided on `compositeShare`.
 */
export function compositeEstimate(state: ScoreState): number {
  let weighted = 0;
  let weights = 0;
  const comps = state.compiled.components;
  for (let c = 0; c < comps.length; c++) {
    const w = comps[c].weight;
    if (w <= 0 || !componentApplies(state, c)) continue;
    weighted += w * Math.min(1, (state.compPoints[c] + componentBonus(state, c)) / state.compMax[c]);
    weights += w;
  }
  return weights === 0 ? 0 : weighted / weights;
}

/**
 * The composite share of a scoring as it is now: its float `estimate`, and the `exact` share, computed
 * once and only when asked (a decision too close to call on the estimate). Make a new one after
 * changing the scoring.
 */
export interface Composite {
  readonly estimate: number;
  exact(): Ratio;
}

export function compositeOf(state: ScoreState): Composite {
  let exact: Ratio | null = null;
  return { estimate: compositeEstimate(state), exact: () => (exact ??= compositeShare(state)) };
}

/** The weighted composite percent, rounded to two decimals for display (levels are decided on `compositeShare`). */
export function compositePercent(state: ScoreState): number {
  return percentRoundedOf(compositeEstimate(state), () => compositeShare(state));
}

/** A section's exact share of its applicable maximum. */
export function sectionShare(state: ScoreState, s: number): Ratio {
  return state.sectionMax[s] <= 0 ? ZERO : ratio(state.sectionPoints[s], state.sectionMax[s]);
}

/** A section's percent of its applicable maximum, two decimals (the exact share only when too close to call). */
export function sectionPercent(state: ScoreState, s: number): number {
  const max = state.sectionMax[s];
  return percentRoundedOf(max <= 0 ? 0 : state.sectionPoints[s] / max, () => sectionShare(state, s));
}
