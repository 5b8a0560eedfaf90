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
 * This interface was referenced by `Evaluation`'s JSON-Schema
 * via the `definition` "ItemState".
 */
export type ItemState = 'pass' | 'partial' | 'fail' | 'not-applicable' | 'unanswered' | 'waived';
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
  crosswalk?: Crosswalk;
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
  /**
   * Set by resolution: which file an item came from. Not written by hand.
   */
  origin?: string;
}
/**
 * The official scoring rule (评分标准) of the item, verbatim. `vsr import` keeps the sheet's text here; `vsr export` prints it.
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
 * A rating scheme (schema vsr/rating-scheme@1): combines standards with weights into a composite percentage and defines levels (e.g. three, four and five stars).
 */
export interface RatingScheme {
  schema: 'vsr/rating-scheme@1';
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
  components: [
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
    }[]
  ];
  /**
   * Ordered from the lowest level to the highest.
   *
   * @minItems 1
   */
  levels: [Level, ...Level[]];
  /**
   * Items of different components that ask the same question (an item bank): answered once, on the item named by `answer`, and scored in each component by that component's own rule. The form asks each shared question once.
   */
  shared?: SharedQuestion[];
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
 * Inspection data for one station (schema vsr/inspection@1).
 */
export interface Inspection {
  schema?: 'vsr/inspection@1';
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
 * The result of evaluating one inspection (schema vsr/evaluation@1): score, rating and gap plan. Points are decimals with at most two places. Reasons and warnings carry a code and parameters; renderers turn them into zh-CN or en text.
 */
export interface Evaluation {
  schema: 'vsr/evaluation@1';
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
  }[];
  vetoes: {
    item: string;
    message: Text;
  }[];
  rating: {
    level: string | null;
    label: null | Text;
    levels: {
      id: string;
      met: boolean;
      unmet: Reason[];
    }[];
  };
  gap: Gap;
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
 * This interface was referenced by `Evaluation`'s JSON-Schema
 * via the `definition` "Gap".
 */
export interface Gap {
  target: string | null;
  reachable: boolean;
  /**
   * When not reachable: what no answer can fix.
   */
  why?: Reason[];
  steps: {
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
  }[];
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
