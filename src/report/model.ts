/**
 * The report model: one evaluation (with its compiled standard, and the inspection when at hand) turned
 * into the words and numbers every renderer shows, in one language. Markdown, HTML, CSV, XLSX and the
 * `vsr gap` text all format this model, so they always say the same thing.
 */
import type { Locale } from '../i18n/messages.js';
import type { Compiled, CompiledLevel } from '../standard/compiled.js';
import type { Evaluation, ItemState } from '../types/evaluation.js';
import type { PlannedEvaluation } from '../evaluate.js';
import type { Inspection } from '../types/inspection.js';
import { conditionType, levelConditions, type CompiledCondition } from '../rating/conditions/registry.js';
import {
  answerText, answerValue, colon, componentTitle, effortLabel, evidenceGivenText, evidenceRequiredText, itemOf, joinList, local,
  basisNote, msg, reasonText, reconstructionNote, refOf, starCount, stateLabel, stationLevelLabel,
} from './labels.js';

/** What a renderer needs: the evaluation, the compiled standard it was made with, and optionally the inspection. */
export interface ReportInput {
  /** With its gap plan (a stored evaluation written without one, `--gap none`, is refused when read). */
  evaluation: PlannedEvaluation;
  compiled: Compiled;
  /** The inspection scored (gives the inspector and the evidence provided). Absent for a stored evaluation. */
  inspection?: Inspection;
  /** The file the inspection came from. */
  file?: string;
}

export interface ReportOptions {
  locale?: Locale;
}

export interface ConditionView {
  text: string;
  holds: boolean;
}

export interface LevelView {
  id: string;
  label: string;
  stars: number;
  minPercent: number;
  met: boolean;
  reached: boolean;
  conditions: ConditionView[];
}

export interface SectionView {
  id: string;
  title: string;
  depth: number;
  /** Title of the component standard (schemes only). */
  component: string;
  points: number;
  max: number;
  percent: number;
}

export interface ItemView {
  id: string;
  title: string;
  section: string;
  component: string;
  state: ItemState;
  stateLabel: string;
  points: number;
  max: number;
  bonus: boolean;
  veto: boolean;
  answer: string;
  reasons: string[];
  evidenceRequired: string;
  evidenceGiven: string;
  note: string;
}

export interface StepView {
  order: number;
  item: string;
  title: string;
  from: string;
  to: string;
  answer: string;
  evidence: string;
  /** Points of the item this step adds. */
  points: number;
  /** Percentage points of the score this step adds. */
  gain: number;
  effort: string;
  reason: string;
}

export interface ReportModel {
  locale: Locale;
  station: { id: string; name: string; level: string; region: string };
  inspectedAt: string;
  inspector: string;
  file: string;
  standard: { ref: string; title: string; hash: string };
  scheme: { ref: string; title: string } | null;
  /** The note that the standard (or scheme, or some of its standards) is a reconstruction; '' if none is. */
  reconstructed: string;
  /** "示例数据…" when the evaluation is of fictional example data; '' otherwise. */
  example: string;
  score: Evaluation['score'];
  components: { id: string; title: string; weight: number; points: number; max: number; percent: number; applicable: boolean }[];
  rating: { level: string | null; label: string; stars: number; levels: LevelView[] };
  vetoes: { item: string; title: string; message: string }[];
  sections: SectionView[];
  gap: { target: string | null; targetLabel: string; reachable: boolean; why: string[]; steps: StepView[] };
  items: ItemView[];
  warnings: string[];
}

/** A condition in words (its module says which message), with the station levels it applies to. */
function describeCondition(cond: CompiledCondition, compiled: Compiled, locale: Locale): string {
  let text = reasonText(conditionType(cond).describe(cond), locale, compiled);
  if (cond.appliesTo) text += msg('cond-applies-to', locale, { levels: joinList(cond.appliesTo.map((l) => stationLevelLabel(l, locale)), locale) });
  return text;
}

/** Every condition of a level, each marked as holding or not, with the reason when it does not. */
function levelView(level: CompiledLevel, result: Evaluation['rating']['levels'][number] | undefined, reached: string | null, compiled: Compiled, locale: Locale): LevelView {
  const unmet = result?.unmet ?? [];
  let j = 0;
  const conditions: ConditionView[] = levelConditions(compiled, level).map((cond) => {
    // rate() lists unmet reasons in condition order: the next one is this condition's when it owns it.
    if (unmet[j] && conditionType(cond).owns(cond, unmet[j])) {
      const reason = unmet[j++];
      return { text: `${describeCondition(cond, compiled, locale)}${colon(locale)}${reasonText(reason, locale, compiled)}`, holds: false };
    }
    return { text: describeCondition(cond, compiled, locale), holds: true };
  });
  // Any reason not matched to a condition is still shown (a scheme newer than this renderer).
  for (; j < unmet.length; j++) conditions.push({ text: reasonText(unmet[j], locale, compiled), holds: false });
  return { id: level.id, label: local(level.label, locale), stars: starCount(level.id, level.label), minPercent: level.minPercent, met: result?.met ?? false, reached: reached === level.id, conditions };
}

/** Builds the report model of one evaluation in one language. */
export function buildReport(input: ReportInput, options: ReportOptions = {}): ReportModel {
  const locale = options.locale ?? 'zh-CN';
  const { evaluation: ev, compiled, inspection } = input;
  const isScheme = compiled.kind === 'scheme';

  const sectionResults = new Map(ev.sections.map((s) => [s.id, s]));
  const sections: SectionView[] = compiled.sections.map((s) => {
    const r = sectionResults.get(s.id);
    return {
      id: s.id, title: local(s.title, locale), depth: s.depth,
      component: isScheme ? local(compiled.components[s.component].title, locale) : '',
      points: r?.points ?? 0, max: r?.max ?? 0, percent: r?.percent ?? 0,
    };
  });

  const items: ItemView[] = ev.items.map((r) => {
    const item = itemOf(compiled, r.id);
    const entry = inspection?.answers[r.id];
    const detailed = entry !== undefined && typeof entry === 'object' && !Array.isArray(entry) ? entry : undefined;
    const innermost = item ? compiled.sections[item.sections[item.sections.length - 1]] : undefined;
    return {
      id: r.id,
      title: item ? `${local(item.title, locale)}${basisNote(item, locale)}` : r.id,
      section: innermost ? local(innermost.title, locale) : '',
      component: isScheme && item ? local(compiled.components[item.component].title, locale) : '',
      state: r.state,
      stateLabel: stateLabel(r.state, locale),
      points: r.points,
      max: r.max,
      bonus: r.bonus === true,
      veto: item?.veto != null,
      answer: entry === undefined ? '' : answerText(answerValue(entry), item, locale),
      reasons: r.reasons.filter((x) => x.code !== 'answered').map((x) => reasonText(x, locale, compiled, r.id)),
      evidenceRequired: item ? evidenceRequiredText(item.evidence, locale) : '',
      evidenceGiven: evidenceGivenText(detailed?.evidence, locale),
      note: detailed?.note ?? '',
    };
  });
  const itemById = new Map(items.map((i) => [i.id, i]));

  const levelResults = new Map(ev.rating.levels.map((l) => [l.id, l]));
  const levels = compiled.levels.map((l) => levelView(l, levelResults.get(l.id), ev.rating.level, compiled, locale));
  const reached = levels.find((l) => l.reached);

  const steps: StepView[] = ev.gap.steps.map((s, k) => {
    const item = itemOf(compiled, s.item);
    const entry = s.answer;
    const detailed = typeof entry === 'object' && !Array.isArray(entry) ? entry : undefined;
    const current = itemById.get(s.item);
    return {
      order: k + 1,
      item: s.item,
      title: item ? local(item.title, locale) : s.item,
      from: stateLabel(s.from, locale),
      to: stateLabel(s.to, locale),
      answer: answerText(answerValue(entry), item, locale),
      evidence: evidenceGivenText(detailed?.evidence, locale),
      points: Math.round(((current?.max ?? 0) - (current?.points ?? 0)) * 100) / 100,
      gain: s.gain,
      effort: s.effort ? effortLabel(s.effort, locale) : '',
      reason: s.reason ? msg(`step-reason-${s.reason}`, locale) : '',
    };
  });

  const region = ev.station.region ?? [];
  return {
    locale,
    station: { id: ev.station.id, name: ev.station.name, level: stationLevelLabel(ev.station.level, locale), region: region.join(' / ') },
    inspectedAt: ev.inspectedAt,
    inspector: inspection?.inspector ?? '',
    file: input.file ?? '',
    standard: { ref: refOf(ev.standard), title: local(compiled.title, locale), hash: ev.standard.hash },
    scheme: ev.scheme ? { ref: refOf(ev.scheme), title: local(compiled.title, locale) } : null,
    reconstructed: reconstructionNote(compiled, locale),
    example: ev.example ? msg('report-example', locale) : '',
    score: ev.score,
    components: (ev.score.components ?? []).map((c) => ({ id: c.id, title: componentTitle(compiled, c.id, locale), weight: c.weight, points: c.points, max: c.max, percent: c.percent, applicable: c.applicable })),
    rating: {
      level: ev.rating.level,
      label: ev.rating.level ? local(ev.rating.label, locale) : msg('report-no-level', locale),
      stars: reached?.stars ?? 0,
      levels,
    },
    vetoes: ev.vetoes.map((v) => ({ item: v.item, title: itemById.get(v.item)?.title ?? v.item, message: local(v.message, locale) })),
    sections,
    gap: {
      target: ev.gap.target,
      targetLabel: ev.gap.target ? (levels.find((l) => l.id === ev.gap.target)?.label ?? ev.gap.target) : '',
      reachable: ev.gap.reachable,
      why: (ev.gap.why ?? []).map((r) => reasonText(r, locale, compiled)),
      steps,
    },
    items,
    warnings: ev.warnings.map((w) => reasonText(w, locale, compiled, typeof w.params?.item === 'string' ? w.params.item : undefined)),
  };
}

/**
 * "共 8 个站点" — stations, not evaluations: a station scored on two standards counts once (by its id);
 * when the numbers differ, the evaluations are given too: "共 8 个站点（9 份评定）".
 */
export function stationsCount(models: ReportModel[], locale: Locale): string {
  const stations = new Set(models.map((m) => m.station.id)).size;
  return stations === models.length
    ? msg('report-stations-count', locale, { count: stations })
    : msg('report-stations-evaluations', locale, { stations, evaluations: models.length });
}

/** "五星级：3 个" for each level reached (most stars first), then the stations with none. */
export function levelCounts(models: ReportModel[], locale: Locale): string[] {
  const counts = new Map<string, { count: number; stars: number; none: boolean }>();
  for (const m of models) {
    const c = counts.get(m.rating.label) ?? { count: 0, stars: m.rating.stars, none: m.rating.level === null };
    c.count++;
    counts.set(m.rating.label, c);
  }
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => Number(x.none) - Number(y.none) || y.stars - x.stars || a.localeCompare(b))
    .map(([label, { count }]) => msg('report-level-count', locale, { label, count }));
}
