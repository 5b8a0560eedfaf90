/* Generated from schemas/rating-scheme.schema.json by scripts/gen-types.mjs (npm run gen). Do not edit by hand. */

/**
 * @minItems 1
 */
export type StationLevels = [
  'county' | 'town' | 'village' | 'enterprise',
  ...('county' | 'town' | 'village' | 'enterprise')[]
];
/**
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "Condition".
 */
export type Condition = NoVetoCondition | ItemsPassedCondition | SectionCondition | StandardMetCondition;

/**
 * A rating scheme (schema vsr/rating-scheme@1): combines standards with weights into a composite percentage and defines levels (e.g. three, four and five stars).
 */
export interface RatingScheme {
  schema: 'vsr/rating-scheme@1';
  id: string;
  version: string;
  edition?: number;
  /**
   * A shipped id, id@version, or a path relative to the file.
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
}
/**
 * Prose in Chinese (primary) and English.
 */
export interface Text {
  'zh-CN': string;
  en: string;
}
export interface Provenance {
  kind: 'official' | 'reconstructed';
  note: Text;
  sources?: Source[];
}
export interface Source {
  id: string;
  title: string;
  url?: string;
  date?: string;
  note?: string;
}
/**
 * This interface was referenced by `RatingScheme`'s JSON-Schema
 * via the `definition` "Level".
 */
export interface Level {
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
