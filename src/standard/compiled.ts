import type { Check, EvidenceRequirement, Item, Standard, StationLevel, Text } from '../types/standard.js';
import type { Condition, RatingScheme } from '../types/rating-scheme.js';
import type { ResolvedScheme } from './resolve.js';
import type { CheckType } from '../checks/check-type.js';

/** One item, ready to score. Points are integer hundredths. */
export interface CompiledItem {
  id: string;
  index: number;
  /** Index of the component (standard) it belongs to. */
  component: number;
  /** Indices of the sections that contain it, outermost first. */
  sections: number[];
  max: number;
  bonus: boolean;
  veto: Text | null;
  /** Station levels it applies to (item ∩ sections ∩ standard); null: all. */
  appliesTo: readonly StationLevel[] | null;
  check: Check;
  checkType: CheckType;
  evidence: readonly EvidenceRequirement[];
  effort: 'S' | 'M' | 'L';
  /** false: records the past (incidents, petitions); the gap plan never proposes changing it. */
  remediable: boolean;
  title: Text;
  /** The resolved item as written (after overlays). */
  definition: Item;
}

export interface CompiledSection {
  id: string;
  index: number;
  component: number;
  title: Text;
  parent: number | null;
  depth: number;
}

export interface CompiledComponent {
  id: string;
  version: string;
  title: Text;
  weight: number;
  /** Bonus cap in hundredths. */
  bonusCap: number;
  passMark: number | null;
  missing: 'zero' | 'exclude' | 'error';
  appliesTo: readonly StationLevel[] | null;
  /** Calendar years of inspection in which the component is used (a scheme's `components[].years`); null: every year. */
  years: { from?: number; to?: number } | null;
  hash: string;
  /** The resolved standard (overlays applied). */
  standard: Standard;
}

export interface CompiledLevel {
  id: string;
  label: Text;
  minPercent: number;
  requires: Condition[];
}

/** A standard or rating scheme compiled for evaluation. Built by `compile()`, read by the core. */
export interface Compiled {
  kind: 'standard' | 'scheme';
  id: string;
  version: string;
  /** sha256 content hash of the resolved standard(s) and scheme. */
  hash: string;
  title: Text;
  /** The resolved source: a standard with overlays applied, or the scheme. */
  source: Standard | RatingScheme;
  /** The scheme with its overlays applied (components and levels of its own), or null for a standard. */
  scheme: ResolvedScheme | null;
  appliesTo: readonly StationLevel[] | null;
  components: CompiledComponent[];
  sections: CompiledSection[];
  items: CompiledItem[];
  itemIndex: ReadonlyMap<string, number>;
  sectionIndex: ReadonlyMap<string, number>;
  componentIndex: ReadonlyMap<string, number>;
  /** Levels lowest first. A standard with a passMark has one level, `pass`. */
  levels: CompiledLevel[];
}

/** Whether a scheme component is used for an inspection in the given calendar year (its `years`, if any). */
export function componentInYear(component: CompiledComponent, year: number): boolean {
  const y = component.years;
  return !y || ((y.from === undefined || year >= y.from) && (y.to === undefined || year <= y.to));
}
