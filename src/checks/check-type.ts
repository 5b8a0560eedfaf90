import type { Check, StationLevel } from '../types/standard.js';
import type { Answer } from '../types/inspection.js';
import type { Reason } from '../types/evaluation.js';
import type { Locale, Params } from '../i18n/messages.js';

/** A problem with a check's definition (found when a standard is loaded). */
export interface DefinitionProblem {
  code: string;
  /** Pointer relative to the check object, e.g. '/grades/2'. */
  at: string;
  params?: Params;
}

/** A problem with an answer's value (found when an inspection is validated). */
export interface AnswerProblem {
  code: string;
  params?: Params;
}

/** What a check awards for one valid answer. */
export interface CheckOutcome {
  /** Earned points in hundredths, 0 ≤ earned ≤ max. */
  earned: number;
  /** Points taken off by a deduction, in hundredths (0 for other types). */
  deducted: number;
  /** Why it earned less than the maximum (empty when it earned all). */
  reasons: Reason[];
}

/**
 * The data validation of an item's answer cell in the blank form, as plain data (the form turns it
 * into Excel's): a drop-down of choices (written in the rule itself when `inline`, else on a lists
 * sheet), a decimal within bounds (`max` may be Infinity), a whole number from `min`, or free text.
 */
export type FormInput =
  | { kind: 'choice'; choices: string[]; inline: boolean }
  | { kind: 'decimal'; min: number; max: number }
  | { kind: 'whole'; min: number }
  | { kind: 'text'; maxLength: number };

/** What a generator knows when it makes up an answer: whether it should earn the full points, and the station's chance. */
export interface SampleChance {
  meets: boolean;
  /** The station's probability of meeting an item, 0..1. */
  p: number;
  /** A seeded random number in [0, 1). */
  random: () => number;
}

/**
 * One check type. Each lives in its own module and is registered in `registry.ts`; adding a type
 * touches no other type, and no reader, form, generator or renderer switches on the type: they ask
 * the registry.
 */
export interface CheckType<C extends Check = Check> {
  readonly type: C['type'];
  /** Semantic checks on the definition beyond the JSON Schema. `max` is the item's points in hundredths. */
  lint(check: C, max: number): DefinitionProblem[];
  /** Null when `value` is a valid answer for this check. */
  validate(check: C, value: unknown): AnswerProblem | null;
  /** Points for a valid answer. Pure and monotone: a better answer never earns less. */
  score(check: C, value: Answer, max: number): CheckOutcome;
  /** The simplest answer that earns the full points. */
  best(check: C, max: number): Answer;
  /** How to answer, in words: the form's hint column and input prompt. */
  describe(check: C, locale: Locale): string;
  /** An answer value in words for reports: 是/否, a grade's label, a number with its unit, the requirements met. */
  formatAnswer(check: C, value: Answer, locale: Locale): string;
  /**
   * A table cell (CSV field or spreadsheet cell) as an answer: `text` is the trimmed text, `cell` the
   * raw value (a number when the sheet stored one). Left as given when it cannot be read (validate explains).
   */
  parseCell(check: C, text: string, cell: string | number): Answer;
  /** A warning about a valid answer that is probably not what was meant (e.g. 0.4 for 40 %), or null. */
  suspect?(check: C, value: unknown): AnswerProblem | null;
  /** The data validation of the form's answer cell. */
  formInput(check: C, locale: Locale): FormInput;
  /** A plausible answer for generated test data. */
  sample(check: C, max: number, chance: SampleChance): Answer;
  /**
   * Whether a failing answer can be put right within the round (default true). A deduction counts past
   * occurrences (a petition, a complaint), which cannot be undone. The standard's `remediable` overrides it.
   */
  readonly remediable?: boolean;
  /**
   * The check as it applies to a station of `level`, when it differs by level (a threshold's per-level
   * target, checklist requirements for some levels only); null when it is the same for every level.
   */
  forLevel?(check: C, level: StationLevel): C | null;
  /**
   * Why an answer that fits the check as written does not fit it as a station of `level` has it
   * (`levelled`, as `forLevel` gives it), given the problem `levelled` found (`problem`): a checklist
   * requirement of other levels. Null when it is not for that reason (the validator then reports
   * `problem` itself).
   */
  notForLevel?(check: C, levelled: C, level: StationLevel, problem: AnswerProblem): AnswerProblem | null;
  /** What an answer can be, as a string: two checks with the same shape take the same answers (shared questions). Default: the type. */
  answerShape?(check: C): string;
  /** How the answers of several old items merge into one for this check when a crosswalk says nothing: both true, every requirement met, the sum. */
  readonly combine?: 'all' | 'any' | 'sum' | 'union';
  /** The check with its point-valued limits rescaled when an overlay re-weights the item from `from` to `to` hundredths. */
  reweight?(check: C, from: number, to: number): C;
}


export function isWholeNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/**
 * A definition problem `code` for each entry of a check's list (`field`: `grades`, `requirements`)
 * whose id repeats an earlier entry's, at `/<field>/<i>/id`.
 */
export function duplicateIds(list: readonly { id: string }[], field: string, code: string): DefinitionProblem[] {
  const seen = new Set<string>();
  return list.flatMap((x, i) => (seen.has(x.id) ? [{ code, at: `/${field}/${i}/id`, params: { id: x.id } }] : (seen.add(x.id), [])));
}

export function outcome(earned: number, reasons: Reason[] = [], deducted = 0): CheckOutcome {
  return { earned, deducted, reasons };
}
