/* Generated from schemas/evaluation.schema.json by scripts/gen-types.mjs (npm run gen). Do not edit by hand. */

/**
 * This interface was referenced by `Evaluation`'s JSON-Schema
 * via the `definition` "ItemState".
 */
export type ItemState = 'pass' | 'partial' | 'fail' | 'not-applicable' | 'unanswered' | 'waived';

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
 * Prose in Chinese (primary) and English.
 */
export interface Text {
  'zh-CN': string;
  en: string;
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
    answer: (boolean | number | string | string[]) | DetailedAnswer;
    /**
     * Percentage points of the score (composite for a scheme) this step adds.
     */
    gain: number;
    effort?: 'S' | 'M' | 'L';
    reason?: 'veto' | 'required' | 'section' | 'standard' | 'points';
  }[];
}
export interface DetailedAnswer {
  /**
   * boolean → true/false; grade → a grade id; threshold → a number; count and deduction → a whole number ≥ 0; checklist → the ids of the requirements met.
   */
  value: boolean | number | string | string[];
  evidence?: Evidence[];
  note?: string;
}
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
