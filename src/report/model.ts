/**
 * The report model: one evaluation turned into the words and numbers every renderer shows, in one
 * language. Markdown, HTML, CSV, XLSX and the `vsr gap` text all format this model, so they always say
 * the same thing. It reads the evaluation document alone (issue 10.2): titles, the section tree, each
 * item's check and evidence asked for, level labels and each condition in words are in it
 * (src/report-fields.ts); no standard is loaded and nothing is read.
 */
import type { Locale } from '../i18n/messages.js';
import type { Evaluation, ItemState, LevelResult } from '../types/evaluation.js';
import type { Text } from '../types/standard.js';
import type { PlannedEvaluation } from '../evaluate.js';
import {
  answerValue, answerWordsOf, basisNoteOf, colon, effortLabel, evidenceGivenText, evidenceRequiredText, joinList, local,
  msg, reasonText, reconstructionNoteOf, refOf, starCount, stateLabel, stationLevelLabel, type ReasonNames,
} from './labels.js';

/** What a renderer takes: the evaluation, and the name of the file it came from when there is one. */
export interface ReportInput {
  /** With its gap plan (a stored evaluation written without one, `--gap none`, is refused when read). */
  evaluation: PlannedEvaluation;
  /** The file the inspection (or stored evaluation) came from; reports show it. */
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

/** The titles and checks a reason's parameters are worded with, from the evaluation itself. */
export function namesOfEvaluation(ev: Evaluation): ReasonNames {
  const items = new Map(ev.items.map((i) => [i.id, i]));
  const sections = new Map(ev.sections.map((s) => [s.id, s.title ?? { 'zh-CN': s.id, en: s.id }]));
  const components = new Map<string, Text | undefined>(ev.scheme ? (ev.score.components ?? []).map((c) => [c.id, c.title]) : [[ev.standard.id, ev.standard.title]]);
  return {
    itemTitle: (id) => items.get(id)?.title,
    sectionTitle: (id) => sections.get(id),
    componentTitle: (id) => (components.has(id) ? (components.get(id) ?? { 'zh-CN': id, en: id }) : undefined),
    check: (id) => items.get(id)?.check,
  };
}

/**
 * Every condition of a level, each marked as holding or not, with the reason when it does not, in
 * words (each condition's `description`, the levels it applies to). An evaluation without conditions
 * shows its unmet reasons.
 */
function levelView(result: LevelResult, reached: string | null, names: ReasonNames, locale: Locale): LevelView {
  const conditions: ConditionView[] = result.conditions
    ? result.conditions.flatMap((c): ConditionView[] => {
      const applies = 'appliesTo' in c.condition && c.condition.appliesTo ? msg('cond-applies-to', locale, { levels: joinList(c.condition.appliesTo.map((l) => stationLevelLabel(l, locale)), locale) }) : '';
      const described = c.description ? `${reasonText(c.description, locale, names)}${applies}` : '';
      if (c.holds) return described ? [{ text: described, holds: true }] : [];
      const why = c.reason ? reasonText(c.reason, locale, names) : '';
      return [{ text: described && why ? `${described}${colon(locale)}${why}` : described || why, holds: false }];
    })
    : result.unmet.map((r) => ({ text: reasonText(r, locale, names), holds: false }));
  const label = result.label ?? null;
  return { id: result.id, label: label ? local(label, locale) : result.id, stars: starCount(result.id, label), minPercent: result.minPercent ?? 0, met: result.met, reached: reached === result.id, conditions };
}

/** Builds the report model of one evaluation in one language. */
export function buildReport(input: ReportInput, options: ReportOptions = {}): ReportModel {
  const locale = options.locale ?? 'zh-CN';
  const { evaluation: ev } = input;
  const isScheme = ev.scheme !== null;
  const names = namesOfEvaluation(ev);
  const componentTitle = (id: string | undefined) => (isScheme && id !== undefined ? local(names.componentTitle(id), locale) : '');

  const sections: SectionView[] = ev.sections.map((s) => ({
    id: s.id, title: local(s.title, locale), depth: s.depth ?? 0, component: componentTitle(s.component),
    points: s.points, max: s.max, percent: s.percent,
  }));

  const items: ItemView[] = ev.items.map((r) => ({
    id: r.id,
    title: r.title ? `${local(r.title, locale)}${basisNoteOf(r.reconstructed ?? [], locale)}` : r.id,
    section: r.section !== undefined ? local(names.sectionTitle(r.section), locale) : '',
    component: componentTitle(r.component),
    state: r.state,
    stateLabel: stateLabel(r.state, locale),
    points: r.points,
    max: r.max,
    bonus: r.bonus === true,
    veto: r.veto === true,
    answer: r.answer === undefined ? '' : answerWordsOf(r.check, r.answer, locale),
    reasons: r.reasons.filter((x) => x.code !== 'answered').map((x) => reasonText(x, locale, names, r.id)),
    evidenceRequired: evidenceRequiredText(r.evidenceRequired ?? [], locale),
    evidenceGiven: evidenceGivenText(r.evidence, locale),
    note: r.note ?? '',
  }));
  const itemById = new Map(items.map((i) => [i.id, i]));
  const evaluated = new Map(ev.items.map((i) => [i.id, i]));

  const levels = ev.rating.levels.map((l) => levelView(l, ev.rating.level, names, locale));
  const reached = levels.find((l) => l.reached);

  const steps: StepView[] = ev.gap.steps.map((s, k) => {
    const item = evaluated.get(s.item);
    const entry = s.answer;
    const detailed = typeof entry === 'object' && !Array.isArray(entry) ? entry : undefined;
    const current = itemById.get(s.item);
    return {
      order: k + 1,
      item: s.item,
      title: item?.title ? local(item.title, locale) : s.item,
      from: stateLabel(s.from, locale),
      to: stateLabel(s.to, locale),
      answer: answerWordsOf(item?.check, answerValue(entry), locale),
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
    inspector: ev.inspector ?? '',
    file: input.file ?? '',
    standard: { ref: refOf(ev.standard), title: local(ev.standard.title, locale), hash: ev.standard.hash },
    scheme: ev.scheme ? { ref: refOf(ev.scheme), title: local(ev.scheme.title ?? ev.standard.title, locale) } : null,
    reconstructed: reconstructionNoteOf(ev.reconstructedSources ?? [], locale),
    example: ev.example ? msg('report-example', locale) : '',
    score: ev.score,
    components: (ev.score.components ?? []).map((c) => ({ id: c.id, title: c.title ? local(c.title, locale) : c.id, weight: c.weight, points: c.points, max: c.max, percent: c.percent, applicable: c.applicable })),
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
      why: (ev.gap.why ?? []).map((r) => reasonText(r, locale, names)),
      steps,
    },
    items,
    warnings: ev.warnings.map((w) => reasonText(w, locale, names, typeof w.params?.item === 'string' ? w.params.item : undefined)),
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
