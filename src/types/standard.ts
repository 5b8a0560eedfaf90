/* Generated from schemas/standard.schema.json by scripts/gen-types.mjs (npm run gen). Do not edit by hand. */

/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "SemVer".
 */
export type SemVer = string;
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
 * A shipped id, id@version, or a path relative to the file.
 *
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "Ref".
 */
export type Ref = string;

/**
 * A versioned checklist standard for veterans service centres and stations (schema vsr/standard@1). Also used for overlay files that extend another standard.
 */
export interface Standard {
  schema: 'vsr/standard@1';
  id: Id;
  version: SemVer;
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
}
/**
 * This interface was referenced by `Standard`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  id: Id;
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
  id: Id;
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
  id: Id;
  title: Text;
  text?: Text;
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
   * Set by resolution: which file an item came from. Not written by hand.
   */
  origin?: string;
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
      id: Id;
      label?: Text;
      fraction: number;
    },
    {
      id: Id;
      label?: Text;
      fraction: number;
    },
    ...{
      id: Id;
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
      id: Id;
      label: Text;
      /**
       * The requirement is the project's reconstruction, not named in a source.
       */
      reconstructed?: boolean;
    },
    ...{
      id: Id;
      label: Text;
      /**
       * The requirement is the project's reconstruction, not named in a source.
       */
      reconstructed?: boolean;
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
