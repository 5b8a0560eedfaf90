/* Generated from schemas/inspection.schema.json by scripts/gen-types.mjs (npm run gen). Do not edit by hand. */

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
  level: 'county' | 'town' | 'village' | 'enterprise';
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
  kind: 'photo' | 'document' | 'ledger' | 'interview' | 'record' | 'video' | 'certificate';
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
