/* Generated from schemas/*.schema.json by scripts/gen-types.mjs (npm run gen). Do not edit by hand. */

/**
 * @minItems 1
 *
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "StationLevels".
 */
export type StationLevels = [StationLevel, ...StationLevel[]];
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "StationLevel".
 */
export type StationLevel = 'county' | 'town' | 'village' | 'enterprise';
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "Check".
 */
export type Check = BooleanCheck | GradeCheck | ThresholdCheck | CountCheck | ChecklistCheck | DeductionCheck;
/**
 * The station levels this requirement applies to (default: all). For other stations it is not asked and does not count.
 *
 * @minItems 1
 */
export type StationLevels1 = [StationLevel, ...StationLevel[]];
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "EvidenceKind".
 */
export type EvidenceKind = 'photo' | 'document' | 'ledger' | 'interview' | 'record' | 'video' | 'certificate';
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "Method".
 */
export type Method = 'examine-records' | 'on-site' | 'interview' | 'test';
/**
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "Condition".
 */
export type Condition = NoVetoCondition | ItemsPassedCondition | SectionCondition | StandardMetCondition;
/**
 * A condition of the base level, named by its key (`noVeto: true`, `section: ID`, `standardMet: ID`, or `itemsPassed` for the level's one itemsPassed condition), with the fields that change.
 *
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "ConditionPatch".
 */
export type ConditionPatch = NoVetoPatch | ItemsPassedPatch | SectionPatch | StandardMetPatch;
/**
 * This interface was referenced by `Inspection`'s JSON-Schema
 * via the `definition` "AnswerEntry".
 */
export type AnswerEntry = Answer | DetailedAnswer;
/**
 * boolean → true/false; grade → a grade id; threshold → a number; count and deduction → a whole number ≥ 0; checklist → the ids of the requirements met.
 *
 * This interface was referenced by `Inspection`'s JSON-Schema
 * via the `definition` "Answer".
 */
export type Answer = boolean | number | string | string[];
/**
 * Where the document is in the sign-off: self-assessment (自评), town review (初审), county verification (复核).
 *
 * This interface was referenced by `Inspection`'s JSON-Schema
 * via the `definition` "ReviewStage".
 */
export type ReviewStage = 'self-assessment' | 'town-review' | 'county-verification';
/**
 * This interface was referenced by `Evaluation`'s JSON-Schema
 * via the `definition` "ItemState".
 */
export type ItemState = 'pass' | 'partial' | 'fail' | 'not-applicable' | 'unanswered' | 'waived';
/**
 * boolean → true/false; grade → a grade id; threshold → a number; count and deduction → a whole number ≥ 0; checklist → the ids of the requirements met.
 */
export type Answer1 = boolean | number | string | string[];
/**
 * This interface was referenced by `Rectification`'s JSON-Schema
 * via the `definition` "RectificationStatus".
 */
export type RectificationStatus = 'open' | 'in-progress' | 'done' | 'verified';
/**
 * same: the item is unchanged. renamed: a new id, the answer as it was. rescaled: a threshold whose answer is multiplied by `factor` (e.g. a percentage of a required area to square metres). split: one old item to several new ones, each getting the old answer where it is valid for it (a checklist answer keeps the requirements each new item has). merged: several old items (`from` a list) to one new item, the answers combined by `combine`. dropped: no successor; `reason` says why.
 *
 * This interface was referenced by `Crosswalk`'s JSON-Schema
 * via the `definition` "ItemMapping".
 */
export type ItemMapping = {
  /**
   * The old item id (a list only for `merged`).
   */
  from: string | [string, string, ...string[]];
  /**
   * The new item id (a list only for `split`). Absent for `dropped`.
   */
  to?: string | [string, string, ...string[]];
  how: 'same' | 'renamed' | 'rescaled' | 'split' | 'merged' | 'dropped';
  /**
   * For `rescaled`: the new answer is the old answer times this.
   */
  factor?: number;
  /**
   * For `merged`: all (every old boolean true), any (one true), sum (numbers added), union (checklist requirements joined). Default: all for booleans, union for checklists, sum for counts and deductions.
   */
  combine?: 'all' | 'any' | 'sum' | 'union';
  /**
   * Checklist requirement ids renamed: old id → new id.
   */
  requirements?: {
    /**
     * This interface was referenced by `Crosswalk`'s JSON-Schema
     * via the `definition` "ItemId".
     */
    [k: string]: string;
  };
  /**
   * Grade ids renamed: old id → new id.
   */
  grades?: {
    /**
     * This interface was referenced by `Crosswalk`'s JSON-Schema
     * via the `definition` "ItemId".
     */
    [k: string]: string;
  };
  /**
   * For `dropped` (required there): why the item has no successor.
   */
  reason?: string;
};

export interface Contracts {
  standard?: Standard;
  'rating-scheme'?: RatingScheme;
  inspection?: Inspection;
  evaluation?: Evaluation;
  rectification?: Rectification;
  crosswalk?: Crosswalk;
  'standard-diff'?: StandardDiff;
  'batch-summary'?: BatchSummary;
  comparison?: Comparison;
  'evaluation-compact'?: CompactEvaluation;
  'evaluation-summary'?: StationSummary;
}
/**
 * A versioned checklist standard for veterans service centres and stations (schema vsr/standard@1). Also used for overlay files that extend another standard.
 */
export interface Standard {
  schema: 'vsr/standard@1';
  /**
   * This interface was referenced by `Standard`'s JSON-Schema
   * via the `definition` "Id".
   */
  id: string;
  /**
   * This interface was referenced by `Standard`'s JSON-Schema
   * via the `definition` "SemVer".
   */
  version: string;
  /**
   * Year of the edition.
   */
  edition?: number;
  /**
   * id@version of the standard this one replaces.
   */
  supersedes?: string;
  /**
   * id@version (or relative path) of the base standard this overlay tailors. A file with `extends` is an overlay.
   */
  extends?: string;
  title: Text;
  description?: Text;
  issuer?: Text;
  status?: 'official' | 'trial' | 'draft';
  provenance?: Provenance;
  appliesTo?: StationLevels;
  /**
   * Sum of the points of every non-bonus item.
   */
  totalPoints?: number;
  /**
   * The most the bonus pool can add. 0 or absent: bonus items earn nothing.
   */
  bonusCap?: number;
  /**
   * Percent needed to meet the standard. When set, evaluating the standard alone rates it with a single level `pass`.
   */
  passMark?: number;
  /**
   * Unanswered applicable items: `zero` scores them 0 (state unanswered), `exclude` leaves them out of the maximum, `error` rejects the inspection.
   */
  missing?: 'zero' | 'exclude' | 'error';
  /**
   * An unanswered veto item: `fails` fires the veto (as before); `not-assessed` leaves it unassessed (state unanswered, reason veto-not-assessed), and every level that needs the veto says it was not assessed instead of failed.
   */
  unansweredVeto?: 'fails' | 'not-assessed';
  /**
   * The assessment period that "年度内 / in the year" means in item text: `calendar-year` = the calendar year in which the inspection takes place (1 January to the inspection date; the annual rating is held towards the end of the year); `twelve-months` = the 12 months before the inspection date.
   */
  period?: 'calendar-year' | 'twelve-months';
  /**
   * 规范性引用文件: the laws, regulations and standards the standard rests on.
   */
  normativeReferences?: NormativeReference[];
  /**
   * Requirements of the source this standard reconstructs that are assessed by items of other standards (asked once there, not again here).
   */
  crossReferences?: CrossReference[];
  /**
   * Sources that items cite by id.
   */
  sources?: Source[];
  sections?: Section[];
  overlay?: Overlay;
}
/**
 * Prose in Chinese (primary) and English.
 *
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "Text".
 */
export interface Text {
  'zh-CN': string;
  en: string;
}
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "Provenance".
 */
export interface Provenance {
  kind: 'official' | 'reconstructed';
  note: Text;
  sources?: Source[];
  /**
   * For an imported official text: the file name of the score sheet it was read from (`vsr import`).
   */
  source?: string;
  /**
   * For an imported official text: the date it was imported (YYYY-MM-DD).
   */
  imported?: string;
}
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  /**
   * This interface was referenced by `Standard`'s JSON-Schema
   * via the `definition` "Id".
   */
  id: string;
  title: string;
  url?: string;
  date?: string;
  note?: string;
}
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "NormativeReference".
 */
export interface NormativeReference {
  /**
   * Title as published, e.g. 《中华人民共和国退役军人保障法》.
   */
  title: string;
  issuer?: string;
  /**
   * Date adopted or in force.
   */
  date?: string;
  url?: string;
  note?: Text;
}
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "CrossReference".
 */
export interface CrossReference {
  topic: Text;
  /**
   * standard-id:item-id (or item id) of the items that assess it.
   *
   * @minItems 1
   */
  items: [string, ...string[]];
  /**
   * Ids of items of an earlier version that asked the same thing.
   */
  replaces?: string[];
}
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "Section".
 */
export interface Section {
  /**
   * This interface was referenced by `Standard`'s JSON-Schema
   * via the `definition` "Id".
   */
  id: string;
  title: Text;
  description?: Text;
  /**
   * When given, the non-bonus items (and subsections) must add up to it.
   */
  points?: number;
  appliesTo?: StationLevels;
  sections?: Section[];
  items?: Item[];
}
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "Item".
 */
export interface Item {
  /**
   * This interface was referenced by `Standard`'s JSON-Schema
   * via the `definition` "Id".
   */
  id: string;
  title: Text;
  text?: Text;
  scoring?: ScoringText;
  points: number;
  check: Check;
  veto?: Veto;
  /**
   * Counts into the capped bonus pool instead of the total; never offsets a veto.
   */
  bonus?: boolean;
  appliesTo?: StationLevels;
  evidence?: EvidenceRequirement[];
  method?: Method;
  /**
   * How hard a station finds it to fix: S small, M medium, L large. Used by the gap plan.
   */
  effort?: 'S' | 'M' | 'L';
  /**
   * false: the answer records what has already happened (incidents, petitions counted over the period, a serious incident). The gap plan never proposes changing it; a level that only such items block cannot be reached this round.
   */
  remediable?: boolean;
  tags?: string[];
  /**
   * Ids of sources (standard-level `sources` or provenance sources) this item rests on.
   */
  sources?: string[];
  /**
   * What a person still has to do for this item (written by `vsr import`, shown by `vsr lint` as a note): `check`: the check could not be inferred from the scoring text and is a boolean placeholder; `translate`: the English texts are copies of the Chinese and await a translator.
   *
   * @minItems 1
   */
  todo?: ['check' | 'translate', ...('check' | 'translate')[]];
  basis?: Basis;
  /**
   * Set by resolution: which file an item came from. Not written by hand.
   */
  origin?: string;
}
/**
 * 评分细则 / 评分标准: the item's scoring rule in plain words, for the printed form (e.g. 缺一项扣0.5分，扣完为止). `vsr import` keeps an official sheet's text here verbatim (zh-CN; `en` may wait for a translator); `vsr export` prints it.
 */
export interface ScoringText {
  'zh-CN': string;
  en?: string;
}
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "BooleanCheck".
 */
export interface BooleanCheck {
  type: 'boolean';
}
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "GradeCheck".
 */
export interface GradeCheck {
  type: 'grade';
  /**
   * Best first; each grade earns `fraction` of the item's points.
   *
   * @minItems 2
   */
  grades: [
    {
      /**
       * This interface was referenced by `Standard`'s JSON-Schema
       * via the `definition` "Id".
       */
      id: string;
      label?: Text;
      fraction: number;
    },
    {
      /**
       * This interface was referenced by `Standard`'s JSON-Schema
       * via the `definition` "Id".
       */
      id: string;
      label?: Text;
      fraction: number;
    },
    ...{
      /**
       * This interface was referenced by `Standard`'s JSON-Schema
       * via the `definition` "Id".
       */
      id: string;
      label?: Text;
      fraction: number;
    }[]
  ];
}
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "ThresholdCheck".
 */
export interface ThresholdCheck {
  type: 'threshold';
  /**
   * Full points at or beyond this value.
   */
  target: number;
  direction?: 'atLeast' | 'atMost';
  unit?: 'percent' | 'number' | 'days' | 'hours';
  /**
   * Optional partial ramp: points grow linearly from 0 at this value to full at `target`.
   */
  partialFrom?: number;
  /**
   * Lowest valid answer (default 0).
   */
  min?: number;
  /**
   * Highest valid answer (default 100 for percent).
   */
  max?: number;
  /**
   * A target that differs by station level (e.g. a floor area in m² that a county centre, a town and a village station must each reach): for a station of a listed level, `target` and `partialFrom` replace the check's own.
   */
  levels?: {
    county?: {
      target: number;
      partialFrom?: number;
    };
    town?: {
      target: number;
      partialFrom?: number;
    };
    village?: {
      target: number;
      partialFrom?: number;
    };
    enterprise?: {
      target: number;
      partialFrom?: number;
    };
  };
}
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "CountCheck".
 */
export interface CountCheck {
  type: 'count';
  /**
   * Points per occurrence, up to the item's points.
   */
  per: number;
  unit?: Text;
}
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "ChecklistCheck".
 */
export interface ChecklistCheck {
  type: 'checklist';
  mode?: 'proportional' | 'all';
  /**
   * @minItems 1
   */
  requirements: [
    {
      /**
       * This interface was referenced by `Standard`'s JSON-Schema
       * via the `definition` "Id".
       */
      id: string;
      label: Text;
      /**
       * The requirement is the project's reconstruction, not named in a source.
       */
      reconstructed?: boolean;
      appliesTo?: StationLevels1;
    },
    ...{
      /**
       * This interface was referenced by `Standard`'s JSON-Schema
       * via the `definition` "Id".
       */
      id: string;
      label: Text;
      /**
       * The requirement is the project's reconstruction, not named in a source.
       */
      reconstructed?: boolean;
      appliesTo?: StationLevels1;
    }[]
  ];
}
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "DeductionCheck".
 */
export interface DeductionCheck {
  type: 'deduction';
  /**
   * Points off per occurrence.
   */
  per: number;
  /**
   * Most points taken off (at most the item's points; default the item's points).
   */
  cap?: number;
  unit?: Text;
}
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "Veto".
 */
export interface Veto {
  message: Text;
}
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "EvidenceRequirement".
 */
export interface EvidenceRequirement {
  kind: EvidenceKind;
  min?: number;
  /**
   * Evidence older than this many days before the inspection is stale.
   */
  maxAgeDays?: number;
  description?: Text;
}
/**
 * Where an item's wording (the requirement it states), its points and its threshold (target, partial ramp, per-occurrence points, grade fractions) come from. Forms and reports mark reconstructed parts "（重构）".
 *
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "Basis".
 */
export interface Basis {
  /**
   * `reconstructed` (the project's reconstruction) or the ids of the sources it is taken from.
   *
   * This interface was referenced by `Standard`'s JSON-Schema
   * via the `definition` "BasisValue".
   */
  wording: 'reconstructed' | [string, ...string[]];
  /**
   * `reconstructed` (the project's reconstruction) or the ids of the sources it is taken from.
   *
   * This interface was referenced by `Standard`'s JSON-Schema
   * via the `definition` "BasisValue".
   */
  points: 'reconstructed' | [string, ...string[]];
  /**
   * `reconstructed` (the project's reconstruction) or the ids of the sources it is taken from.
   *
   * This interface was referenced by `Standard`'s JSON-Schema
   * via the `definition` "BasisValue".
   */
  threshold?: 'reconstructed' | [string, ...string[]];
}
/**
 * How an overlay (a file with `extends`) tailors its base.
 *
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "Overlay".
 */
export interface Overlay {
  /**
   * Keep only these item or section ids (and what they contain).
   */
  select?: string[];
  /**
   * Remove these item or section ids.
   */
  drop?: string[];
  /**
   * Item id → new points.
   */
  reweight?: {
    [k: string]: number;
  };
  /**
   * New items, each group placed in an existing section.
   */
  add?: {
    section: string;
    items: Item[];
  }[];
}
/**
 * A rating scheme (schema vsr/rating-scheme@1): combines standards with weights into a composite percentage and defines levels (e.g. three, four and five stars). A scheme with `extends` is an overlay: it names a base scheme and states under `overlay` only what it changes (levels, conditions, components); its own top-level fields replace the base's.
 */
export interface RatingScheme {
  schema: 'vsr/rating-scheme@1';
  /**
   * Fictional example (a made-up bureau's scheme, e.g. the overlay under examples/); not for rating real stations.
   */
  example?: boolean;
  /**
   * This interface was referenced by `Standard`'s JSON-Schema
   * via the `definition` "Id".
   */
  id: string;
  /**
   * This interface was referenced by `Standard`'s JSON-Schema
   * via the `definition` "SemVer".
   */
  version: string;
  edition?: number;
  /**
   * A shipped id, id@version, or a path relative to the file.
   *
   * This interface was referenced by `Standard`'s JSON-Schema
   * via the `definition` "Ref".
   */
  supersedes?: string;
  /**
   * A shipped id, id@version, or a path relative to the file.
   */
  extends?: string;
  title: Text;
  description?: Text;
  issuer?: Text;
  status?: 'official' | 'trial' | 'draft';
  provenance?: Provenance;
  appliesTo?: StationLevels;
  /**
   * How long an awarded level stands (reconstructed where not published).
   */
  validity?: {
    years?: number;
    note?: Text;
  };
  /**
   * @minItems 1
   */
  components?: [
    {
      /**
       * A shipped id, id@version, or a path relative to the file.
       */
      standard: string;
      /**
       * Share of the composite percentage. 0: evaluated (for prerequisites) but not counted.
       */
      weight: number;
      label?: Text;
      years?: Years;
    },
    ...{
      /**
       * A shipped id, id@version, or a path relative to the file.
       */
      standard: string;
      /**
       * Share of the composite percentage. 0: evaluated (for prerequisites) but not counted.
       */
      weight: number;
      label?: Text;
      years?: Years;
    }[]
  ];
  /**
   * Ordered from the lowest level to the highest.
   *
   * @minItems 1
   */
  levels?: [Level, ...Level[]];
  /**
   * Items of different components that ask the same question (an item bank): answered once, on the item named by `answer`, and scored in each component by that component's own rule. The form asks each shared question once.
   */
  shared?: SharedQuestion[];
  overlay?: SchemeOverlay;
}
/**
 * The component is used only for inspections whose inspection date falls in these calendar years (e.g. a year's key-task list); in other years its items are not applicable and it drops out of the composite.
 *
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "Years".
 */
export interface Years {
  from?: number;
  to?: number;
}
/**
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "Level".
 */
export interface Level {
  /**
   * This interface was referenced by `Standard`'s JSON-Schema
   * via the `definition` "Id".
   */
  id: string;
  label: Text;
  minPercent: number;
  requires?: Condition[];
}
/**
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "NoVetoCondition".
 */
export interface NoVetoCondition {
  /**
   * No veto item failed in any component.
   */
  noVeto: true;
  appliesTo?: StationLevels;
  /**
   * `all`: a failed veto in any component blocks the level; `counted`: only vetoes of components with weight > 0 (a weight-0 prerequisite's vetoes then block only the levels whose `standardMet` names it).
   */
  scope?: 'all' | 'counted';
}
/**
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "ItemsPassedCondition".
 */
export interface ItemsPassedCondition {
  /**
   * Each named item passes (not-applicable and waived count as holding).
   *
   * @minItems 1
   */
  itemsPassed: [string, ...string[]];
  appliesTo?: StationLevels;
}
/**
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "SectionCondition".
 */
export interface SectionCondition {
  /**
   * A section id in one of the components.
   */
  section: string;
  minPercent: number;
  appliesTo?: StationLevels;
}
/**
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "StandardMetCondition".
 */
export interface StandardMetCondition {
  /**
   * The id of a component standard that must be met: no veto failed in it and its percent at least `minPercent` (default: its passMark).
   */
  standardMet: string;
  minPercent?: number;
  /**
   * The condition also holds when each of these items passes (e.g. the station already holds the title the standard leads to), whatever the standard's percent.
   *
   * @minItems 1
   */
  orItemsPassed?: [string, ...string[]];
  appliesTo?: StationLevels;
}
/**
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "SharedQuestion".
 */
export interface SharedQuestion {
  /**
   * The linked items (ids from different components). Their checks must take the same answers: the same type, grade ids, requirement ids or threshold unit.
   *
   * @minItems 2
   *
   * Items: This interface was referenced by `Standard`'s JSON-Schema
   * via the `definition` "Id".
   */
  items: [string, string, ...string[]];
  /**
   * The item that carries the answer (default: the first of `items`). The others take its answer unless the inspection answers them itself.
   */
  answer?: string;
  note?: string;
}
/**
 * How an overlay scheme (a scheme with `extends`) changes its base. Lists are merged by key: a component by the id of its standard in the base, a level by its id, a condition by what it is about (`noVeto`; `section` id; `standardMet` id; `itemsPassed`). Only the fields stated change; a key the base does not have is an error.
 *
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "SchemeOverlay".
 */
export interface SchemeOverlay {
  /**
   * Changes to components of the base, each named by `id`.
   */
  components?: ComponentPatch[];
  /**
   * Changes to levels of the base, each named by `id`.
   */
  levels?: LevelPatch[];
}
/**
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "ComponentPatch".
 */
export interface ComponentPatch {
  /**
   * The id of the component's standard in the base (e.g. `construction`).
   */
  id: string;
  /**
   * A shipped id, id@version, or a path relative to the file.
   */
  standard?: string;
  weight?: number;
  label?: Text;
  years?: Years;
}
/**
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "LevelPatch".
 */
export interface LevelPatch {
  /**
   * The id of a level of the base.
   */
  id: string;
  label?: Text;
  minPercent?: number;
  /**
   * Changes to conditions the base level has, each named by what it is about; the fields stated replace the base condition's.
   */
  requires?: ConditionPatch[];
  /**
   * New conditions, appended to the level's.
   */
  add?: Condition[];
}
/**
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "NoVetoPatch".
 */
export interface NoVetoPatch {
  /**
   * No veto item failed in any component.
   */
  noVeto: true;
  appliesTo?: StationLevels;
  /**
   * `all`: a failed veto in any component blocks the level; `counted`: only vetoes of components with weight > 0 (a weight-0 prerequisite's vetoes then block only the levels whose `standardMet` names it).
   */
  scope?: 'all' | 'counted';
}
/**
 * The level's one itemsPassed condition: the list stated replaces the base's.
 *
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "ItemsPassedPatch".
 */
export interface ItemsPassedPatch {
  /**
   * Each named item passes (not-applicable and waived count as holding).
   *
   * @minItems 1
   */
  itemsPassed: [string, ...string[]];
  appliesTo?: StationLevels;
}
/**
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "SectionPatch".
 */
export interface SectionPatch {
  /**
   * A section id in one of the components.
   */
  section: string;
  minPercent?: number;
  appliesTo?: StationLevels;
}
/**
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "StandardMetPatch".
 */
export interface StandardMetPatch {
  /**
   * The id of a component standard that must be met: no veto failed in it and its percent at least `minPercent` (default: its passMark).
   */
  standardMet: string;
  minPercent?: number;
  /**
   * The condition also holds when each of these items passes (e.g. the station already holds the title the standard leads to), whatever the standard's percent.
   *
   * @minItems 1
   */
  orItemsPassed?: [string, ...string[]];
  appliesTo?: StationLevels;
}
/**
 * Inspection data for one station (schema vsr/inspection@1).
 */
export interface Inspection {
  schema?: 'vsr/inspection@1';
  /**
   * Fictional example data (made-up places and people); every report says so (示例数据 / Example data).
   */
  example?: boolean;
  station: Station;
  /**
   * id@version of the standard inspected against (one of `standard` or `scheme`).
   */
  standard?: string;
  /**
   * id@version of the rating scheme inspected against.
   */
  scheme?: string;
  /**
   * Date of the inspection (YYYY-MM-DD).
   */
  inspectedAt: string;
  inspector?: string;
  /**
   * Item id → a bare value, or { value, evidence[], note }.
   */
  answers: {
    [k: string]: AnswerEntry;
  };
  waivers?: Waiver[];
  note?: string;
  stage?: ReviewStage;
  /**
   * Sign-offs, oldest first. Each records the hash of what it reviewed (see Review), so `vsr verify` finds a later change.
   */
  reviews?: Review[];
}
/**
 * This interface was referenced by `Inspection`'s JSON-Schema
 * via the `definition` "Station".
 */
export interface Station {
  id: string;
  name: string;
  level: StationLevel;
  /**
   * Region path, province first: [province, city, county, town, village].
   *
   * @maxItems 6
   */
  region?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string];
}
/**
 * This interface was referenced by `Inspection`'s JSON-Schema
 * via the `definition` "DetailedAnswer".
 */
export interface DetailedAnswer {
  value: Answer;
  evidence?: Evidence[];
  note?: string;
}
/**
 * This interface was referenced by `Inspection`'s JSON-Schema
 * via the `definition` "Evidence".
 */
export interface Evidence {
  kind: EvidenceKind;
  /**
   * When the evidence was made (YYYY-MM-DD); needed where the item sets maxAgeDays.
   */
  date?: string;
  /**
   * File name, ledger number or other pointer.
   */
  ref?: string;
  note?: string;
}
/**
 * This interface was referenced by `Inspection`'s JSON-Schema
 * via the `definition` "Waiver".
 */
export interface Waiver {
  item: string;
  reason: string;
  approvedBy: string;
  expires: string;
}
/**
 * One sign-off. hash: sha256 of the canonical JSON of the document without `stage` and with `reviews` holding the reviews before this one and this one without its hash; a change to the answers, an earlier review or this review makes it differ (a later review, or the stage moving on, does not).
 *
 * This interface was referenced by `Inspection`'s JSON-Schema
 * via the `definition` "Review".
 */
export interface Review {
  by: string;
  role: string;
  date: string;
  stage?: ReviewStage;
  decision: 'approved' | 'returned' | 'rejected';
  note?: string;
  /**
   * Answers the reviewer holds to be right instead of the ones recorded, each with the reason and the authority for it. The engine scores the overriding answer, and every report marks the item as overridden (a reason on the item and a warning).
   */
  overrides?: Override[];
  hash: string;
}
/**
 * This interface was referenced by `Inspection`'s JSON-Schema
 * via the `definition` "Override".
 */
export interface Override {
  item: string;
  answer: AnswerEntry;
  reason: string;
  /**
   * Under what authority the result is changed (a rule, a decision, an office).
   */
  authority: string;
}
/**
 * The result of evaluating one inspection (schema vsr/evaluation@1): score, rating and gap plan. Points are decimals with at most two places. Reasons and warnings carry a code and parameters; renderers turn them into zh-CN or en text.
 */
export interface Evaluation {
  schema: 'vsr/evaluation@1';
  /**
   * Fictional example data (made-up places and people); every report says so (示例数据 / Example data).
   */
  example?: boolean;
  station: Station;
  /**
   * The resolved standard (or, for a scheme, the scheme's combined standard) and a sha256 content hash of it.
   */
  standard: {
    id: string;
    version: string;
    hash: string;
  };
  scheme: null | {
    id: string;
    version: string;
  };
  inspectedAt: string;
  /**
   * The last day the awarded level stands: present when the scheme sets `validity.years` and a level is reached; the inspection date plus that many years, less one day (2025-06-01 with one year: 2026-05-31; 2024-02-29: 2025-02-28).
   */
  validUntil?: string;
  /**
   * points: earned by non-bonus items (deductions already taken); max: the applicable maximum; bonus: the capped bonus pool; percent: for a standard (points + bonus) / max, capped at 100; for a scheme the weighted composite of the components' percents.
   */
  score: {
    points: number;
    max: number;
    percent: number;
    bonus: number;
    deductions: number;
    components?: {
      id: string;
      version: string;
      weight: number;
      points: number;
      max: number;
      percent: number;
      bonus: number;
      applicable: boolean;
    }[];
  };
  sections: {
    id: string;
    title?: Text;
    points: number;
    max: number;
    percent: number;
  }[];
  items: {
    id: string;
    state: ItemState;
    points: number;
    max: number;
    bonus?: boolean;
    reasons: Reason[];
    title?: Text1;
    answer?: Answer1;
    /**
     * The evidence given with the answer (absent when none).
     */
    evidence?: Evidence[];
  }[];
  vetoes: {
    item: string;
    message: Text;
  }[];
  rating: Rating;
  gap?: Gap;
  /**
   * With `gap: all` (`vsr batch --gap all`) only: one plan per level above the one reached, lowest first (the first is `gap`'s); empty at the top level.
   */
  gaps?: Gap1[];
  warnings: Reason[];
}
/**
 * A machine-readable reason: a code from the message catalog and its parameters.
 *
 * This interface was referenced by `Evaluation`'s JSON-Schema
 * via the `definition` "Reason".
 */
export interface Reason {
  code: string;
  params?: {
    [k: string]: string | number | boolean | null;
  };
}
/**
 * Prose in Chinese (primary) and English.
 */
export interface Text1 {
  'zh-CN': string;
  en: string;
}
/**
 * This interface was referenced by `Evaluation`'s JSON-Schema
 * via the `definition` "Rating".
 */
export interface Rating {
  level: string | null;
  label: null | Text;
  levels: LevelResult[];
}
/**
 * This interface was referenced by `Evaluation`'s JSON-Schema
 * via the `definition` "LevelResult".
 */
export interface LevelResult {
  id: string;
  met: boolean;
  unmet: Reason[];
  /**
   * Each condition of the level in order (the minimum percent first, then `requires`) and whether it holds; a condition that does not hold carries its reason (the same as in `unmet`). Optional: evaluations made before this field was added lack it.
   */
  conditions?: ConditionResult[];
}
/**
 * This interface was referenced by `Evaluation`'s JSON-Schema
 * via the `definition` "ConditionResult".
 */
export interface ConditionResult {
  /**
   * The condition as the scheme states it; the level's minimum percent as {minPercent}.
   */
  condition: Condition | MinPercentCondition;
  holds: boolean;
  reason?: Reason;
}
export interface MinPercentCondition {
  minPercent: number;
}
/**
 * The plan to the next level above the one reached (or to the level asked for). Absent when the evaluation was asked for no plan (`gap: none`, `vsr batch --gap none`).
 */
export interface Gap {
  target: string | null;
  reachable: boolean;
  /**
   * When not reachable: what no answer can fix.
   */
  why?: Reason[];
  steps: GapStep[];
}
/**
 * This interface was referenced by `Evaluation`'s JSON-Schema
 * via the `definition` "GapStep".
 */
export interface GapStep {
  item: string;
  from: ItemState;
  to: ItemState;
  answer: AnswerEntry;
  /**
   * Percentage points of the score (composite for a scheme) this step adds.
   */
  gain: number;
  effort?: 'S' | 'M' | 'L';
  reason?: 'veto' | 'required' | 'section' | 'standard' | 'points';
}
/**
 * This interface was referenced by `Evaluation`'s JSON-Schema
 * via the `definition` "Gap".
 */
export interface Gap1 {
  target: string | null;
  reachable: boolean;
  /**
   * When not reachable: what no answer can fix.
   */
  why?: Reason[];
  steps: GapStep[];
}
/**
 * A rectification plan (整改清单, schema vsr/rectification@1) made from an evaluation: one entry per item to fix with the action, owner, due date, status and the evidence that closed it, plus the items that cannot be fixed within the round (past incidents), shown but never as tasks. Stored statuses are open, in-progress, done (the station says it is fixed) and verified (a re-inspection found it passing); overdue is not stored but computed against a date: an entry not verified whose due date has passed.
 */
export interface Rectification {
  schema: 'vsr/rectification@1';
  /**
   * True for fictional example data.
   */
  example?: boolean;
  station: Station;
  /**
   * The evaluation the plan was made from.
   */
  basis: {
    standard: {
      id: string;
      version: string;
      hash: string;
    };
    scheme: null | {
      id: string;
      version: string;
    };
    inspectedAt: string;
    level: string | null;
    levelLabel?: null | Text;
    percent: number;
    /**
     * The level the gap plan aimed at (mode gap).
     */
    target: string | null;
    /**
     * Whether the gap plan can reach the target within the round (false: items that record the past stand in the way).
     */
    reachable?: boolean;
    targetLabel?: null | Text;
    /**
     * gap: the steps of the evaluation's gap plan; failed: every item that did not earn its full points.
     */
    mode: 'gap' | 'failed';
    /**
     * Items not passing in the basis evaluation: a later failure of any other item is a new failure.
     */
    notPassing: string[];
  };
  /**
   * The day the list was issued; due dates count from it.
   */
  issuedOn: string;
  issuedBy?: string;
  entries: RectificationEntry[];
  /**
   * Items lost to something that already happened (an incident, a complaint): they cannot be fixed within the round and are not tasks.
   */
  notRemediable: {
    item: string;
    title: Text;
    section?: Text;
    from: ItemState;
    veto?: boolean;
    why?: Text;
  }[];
  /**
   * Re-inspections the plan was checked against, oldest first.
   */
  rechecks: {
    inspectedAt: string;
    level: string | null;
    levelLabel?: null | Text;
    percent: number;
    verified: string[];
    reopened: string[];
    added: string[];
  }[];
}
/**
 * One item to fix. action: what to do in words (the answer that earns the item's full points and the evidence it asks for); answer: that answer as it would be written into the inspection.
 *
 * This interface was referenced by `Rectification`'s JSON-Schema
 * via the `definition` "Entry".
 */
export interface RectificationEntry {
  item: string;
  title: Text;
  section?: Text;
  from: ItemState;
  /**
   * A veto item: failing it blocks every level.
   */
  veto?: boolean;
  action: Text;
  answer: AnswerEntry;
  /**
   * Percentage points of the score the step adds (mode gap).
   */
  gain?: number;
  effort: 'S' | 'M' | 'L';
  /**
   * Who answers for it; ××× until the bureau fills it in.
   */
  owner: string;
  due: string;
  status: RectificationStatus;
  /**
   * The evidence that closed the entry (from the re-inspection's answer), or that the station brings.
   */
  evidence: Evidence[];
  /**
   * Set when a re-inspection added the entry (a new failure).
   */
  addedOn?: string;
  verifiedOn?: string;
  note?: string;
}
/**
 * How the answers to one version of a standard carry over to another (schema vsr/crosswalk@1): for each item of the old version, the item(s) of the new one and how the answer carries over. `vsr migrate` follows it; `vsr diff --crosswalk` shows its renames as renames. An old item the crosswalk does not list carries over unchanged when the new version has an item with the same id, else it is reported as not carried.
 */
export interface Crosswalk {
  schema: 'vsr/crosswalk@1';
  /**
   * id@version of the old standard or scheme.
   */
  from: string;
  /**
   * id@version of the new standard or scheme.
   */
  to: string;
  note?: string;
  items: ItemMapping[];
}
/**
 * What changed between two compiled standards or schemes (vsr diff --format json): settings, components, levels, sections and items, each added, removed or changed field by field.
 */
export interface StandardDiff {
  schema: 'vsr/standard-diff@1';
  from: DiffSubject;
  to: DiffSubject;
  /**
   * The resolved content is identical (same hash).
   */
  same: boolean;
  /**
   * The whole: title, kind, station levels.
   */
  fields: FieldChange[];
  components: ComponentDelta;
  levels: LevelDelta;
  sections: Delta;
  items: ItemDelta;
}
/**
 * This interface was referenced by `StandardDiff`'s JSON-Schema
 * via the `definition` "DiffSubject".
 */
export interface DiffSubject {
  kind: 'standard' | 'scheme';
  id: string;
  version: string;
  hash: string;
}
/**
 * This interface was referenced by `StandardDiff`'s JSON-Schema
 * via the `definition` "FieldChange".
 */
export interface FieldChange {
  /**
   * The field, e.g. `points`, `check.target`, `veto`, `minPercent`.
   */
  field: string;
  /**
   * The value before (any JSON value; null when absent).
   */
  from: unknown;
  /**
   * The value after.
   */
  to: unknown;
}
/**
 * This interface was referenced by `StandardDiff`'s JSON-Schema
 * via the `definition` "ComponentDelta".
 */
export interface ComponentDelta {
  added: DiffComponent[];
  removed: DiffComponent[];
  changed: Changed[];
}
/**
 * This interface was referenced by `StandardDiff`'s JSON-Schema
 * via the `definition` "DiffComponent".
 */
export interface DiffComponent {
  id: string;
  version: string;
  weight: number;
  title: Text;
}
/**
 * This interface was referenced by `StandardDiff`'s JSON-Schema
 * via the `definition` "Changed".
 */
export interface Changed {
  id: string;
  changes: FieldChange[];
}
/**
 * This interface was referenced by `StandardDiff`'s JSON-Schema
 * via the `definition` "LevelDelta".
 */
export interface LevelDelta {
  added: DiffLevel[];
  removed: DiffLevel[];
  changed: Changed[];
}
/**
 * This interface was referenced by `StandardDiff`'s JSON-Schema
 * via the `definition` "DiffLevel".
 */
export interface DiffLevel {
  id: string;
  label: Text;
  minPercent: number;
}
/**
 * This interface was referenced by `StandardDiff`'s JSON-Schema
 * via the `definition` "EntryDelta".
 */
export interface Delta {
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: Changed[];
}
/**
 * This interface was referenced by `StandardDiff`'s JSON-Schema
 * via the `definition` "DiffEntry".
 */
export interface DiffEntry {
  id: string;
  title: Text;
  /**
   * The component (standard) id holding it.
   */
  component: string;
  /**
   * For items and sections: the section holding it.
   */
  section?: string | null;
  points?: number;
  /**
   * For items: the check type.
   */
  type?: string;
}
/**
 * This interface was referenced by `StandardDiff`'s JSON-Schema
 * via the `definition` "ItemDelta".
 */
export interface ItemDelta {
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: Changed[];
  /**
   * Items a crosswalk maps one to one under a new id (`vsr diff --crosswalk`): not added and removed, but renamed.
   */
  renamed?: {
    from: string;
    to: string;
    changes: FieldChange[];
  }[];
}
/**
 * The summary document of a batch (vsr batch --summary x.json): one group per standard or scheme in the batch, rolled up by region.
 */
export interface BatchSummary {
  schema: 'vsr/batch-summary@1';
  records: BatchCounts;
  /**
   * The exact sums behind the figures (integers; percents in hundredths), in the accumulator's own JSON form: `vsr summary --merge` adds the summaries of shards with them. Additive within @1; readers other than vsr may ignore it.
   */
  sums?: {}[];
  groups: SummaryGroup[];
}
/**
 * This interface was referenced by `BatchSummary`'s JSON-Schema
 * via the `definition` "BatchCounts".
 */
export interface BatchCounts {
  /**
   * Records read (blank lines are not records).
   */
  total: number;
  good: number;
  bad: number;
  blank: number;
}
/**
 * This interface was referenced by `BatchSummary`'s JSON-Schema
 * via the `definition` "SummaryGroup".
 */
export interface SummaryGroup {
  kind: 'standard' | 'scheme';
  id: string;
  version: string;
  hash: string;
  title: Text;
  levels: {
    id: string;
    label: Text;
  }[];
  /**
   * The standards combined (a standard alone: itself, weight 1).
   */
  components: {
    id: string;
    version: string;
    title: Text;
    weight: number;
  }[];
  targets: {
    id: string;
    level: string;
    minPercent: number;
    label: Text;
  }[];
  total: RegionRow;
  regions: RegionRow[];
  /**
   * Non-bonus items, the most often failed first. failRate: failed / assessed, in percent.
   */
  items: {
    id: string;
    title: Text;
    assessed: number;
    failed: number;
    partial: number;
    failRate: number;
  }[];
  /**
   * Section averages over the stations each applies to; `component` is the standard holding it.
   */
  sections: {
    id: string;
    title: Text;
    component: string;
    depth: number;
    stations: number;
    averagePercent: number;
  }[];
}
/**
 * This interface was referenced by `BatchSummary`'s JSON-Schema
 * via the `definition` "RegionRow".
 */
export interface RegionRow {
  /**
   * Region path, province first; empty for the whole batch.
   */
  path: string[];
  depth: number;
  stations: number;
  averagePercent: number;
  /**
   * Stations at each level, by level id.
   */
  levels: {
    [k: string]: number;
  };
  unrated: number;
  targets: {
    id: string;
    share: number;
    minPercent: number;
    met: boolean;
  }[];
}
/**
 * Two rounds of evaluations compared station by station (vsr compare A B --format json).
 */
export interface Comparison {
  schema: 'vsr/comparison@1';
  a: ComparedRound;
  b: ComparedRound;
  matched: number;
  onlyInA: string[];
  onlyInB: string[];
  levels: {
    up: number;
    down: number;
    same: number;
  };
  /**
   * Stations by level in the first round and the second; null is unrated.
   */
  transitions: {
    from: string | null;
    to: string | null;
    stations: number;
  }[];
  score: {
    up: number;
    down: number;
    same: number;
    meanDelta: number;
  };
  /**
   * Per item, how many stations newly failed it and how many fixed it: newly failed first.
   */
  items: {
    id: string;
    newlyFailed: number;
    fixed: number;
  }[];
  /**
   * Stations whose level, score or items changed: down first, then up, then the rest.
   */
  stations: StationChange[];
  /**
   * The levels of either round, lowest first, with the labels of those reached.
   */
  levelNames: {
    id: string;
    label: null | Text;
  }[];
}
/**
 * This interface was referenced by `Comparison`'s JSON-Schema
 * via the `definition` "ComparedRound".
 */
export interface ComparedRound {
  file: string;
  evaluations: number;
  standards: string[];
}
/**
 * This interface was referenced by `Comparison`'s JSON-Schema
 * via the `definition` "StationChange".
 */
export interface StationChange {
  id: string;
  name: string;
  region?: string[];
  from: {
    level: string | null;
    percent: number;
  };
  to: {
    level: string | null;
    percent: number;
  };
  change: 'up' | 'down' | 'same';
  /**
   * Percentage points, second round minus first.
   */
  delta: number;
  /**
   * Items that earned points in the first round and fail in the second.
   */
  newlyFailed: string[];
  /**
   * Items that failed in the first round and earn points in the second.
   */
  fixed: string[];
}
/**
 * `vsr batch --output compact` (schema vsr/evaluation-compact@1): the evaluation without what a reader can look up in the standard. Items that do not apply to the station are left out; items that pass carry no reasons; sections, vetoes and the level are referred to by id (their titles, veto messages and level labels are in the standard). Everything else is as in vsr/evaluation@1.
 */
export interface CompactEvaluation {
  schema: 'vsr/evaluation-compact@1';
  /**
   * Fictional example data (made-up places and people); every report says so (示例数据 / Example data).
   */
  example?: boolean;
  station: Station;
  /**
   * The resolved standard (or, for a scheme, the scheme's combined standard) and a sha256 content hash of it.
   */
  standard: {
    id: string;
    version: string;
    hash: string;
  };
  scheme: null | {
    id: string;
    version: string;
  };
  inspectedAt: string;
  /**
   * The last day the awarded level stands: present when the scheme sets `validity.years` and a level is reached; the inspection date plus that many years, less one day (2025-06-01 with one year: 2026-05-31; 2024-02-29: 2025-02-28).
   */
  validUntil?: string;
  /**
   * points: earned by non-bonus items (deductions already taken); max: the applicable maximum; bonus: the capped bonus pool; percent: for a standard (points + bonus) / max, capped at 100; for a scheme the weighted composite of the components' percents.
   */
  score: {
    points: number;
    max: number;
    percent: number;
    bonus: number;
    deductions: number;
    components?: {
      id: string;
      version: string;
      weight: number;
      points: number;
      max: number;
      percent: number;
      bonus: number;
      applicable: boolean;
    }[];
  };
  sections: {
    id: string;
    points: number;
    max: number;
    percent: number;
  }[];
  /**
   * Items: Applicable items only (not-applicable ones are left out), in the standard's order; `reasons` only when the item did not pass.
   */
  items: {
    id: string;
    state: ItemState;
    points: number;
    max: number;
    bonus?: boolean;
    reasons?: Reason[];
  }[];
  vetoes: {
    item: string;
  }[];
  rating: {
    level: string | null;
    levels: {
      id: string;
      met: boolean;
      unmet: Reason[];
    }[];
  };
  gap?: Gap2;
  /**
   * With `gap: all` (`vsr batch --gap all`) only: one plan per level above the one reached, lowest first (the first is `gap`'s); empty at the top level.
   */
  gaps?: Gap1[];
  warnings: Reason[];
}
/**
 * The plan to the next level above the one reached (or to the level asked for). Absent when the evaluation was asked for no plan (`gap: none`, `vsr batch --gap none`).
 */
export interface Gap2 {
  target: string | null;
  reachable: boolean;
  /**
   * When not reachable: what no answer can fix.
   */
  why?: Reason[];
  steps: GapStep[];
}
/**
 * `vsr batch --output summary` (schema vsr/evaluation-summary@1): one line per station, what a regional summary or a comparison of rounds needs. `states` holds one letter per item of the standard, in its order: p pass, a partial, f fail, u unanswered, w waived, n not applicable (bonus items are n).
 */
export interface StationSummary {
  schema: 'vsr/evaluation-summary@1';
  /**
   * Fictional example data (made-up places and people); every report says so (示例数据 / Example data).
   */
  example?: boolean;
  station: {
    id: string;
    region?: string[];
  };
  /**
   * The resolved standard (or, for a scheme, the scheme's combined standard) and a sha256 content hash of it.
   */
  standard: {
    id: string;
    version: string;
    hash: string;
  };
  scheme: null | {
    id: string;
    version: string;
  };
  inspectedAt: string;
  percent: number;
  level: string | null;
  /**
   * Items whose veto failed.
   */
  vetoes: string[];
  /**
   * For a scheme: each standard combined, with its percent (empty for a standard).
   */
  components: {
    id: string;
    percent: number;
  }[];
  /**
   * Sections with an applicable maximum, with their percent.
   */
  sections: {
    id: string;
    percent: number;
  }[];
  states: string;
  gap?: StationGap;
  /**
   * With `vsr batch --gap all` only: one plan per level above the one reached, lowest first (the first is `gap`'s); empty at the top level.
   */
  gaps?: StationGap1[];
}
/**
 * The gap plan's target, whether it is reachable, and its steps' items. Absent with `vsr batch --gap none`.
 */
export interface StationGap {
  target: string | null;
  reachable: boolean;
  /**
   * The items of the gap plan's steps, in order.
   */
  steps: string[];
}
/**
 * This interface was referenced by `StationSummary`'s JSON-Schema
 * via the `definition` "StationGap".
 */
export interface StationGap1 {
  target: string | null;
  reachable: boolean;
  /**
   * The items of the gap plan's steps, in order.
   */
  steps: string[];
}
