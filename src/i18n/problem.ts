import { localCodeText, formatCode, type LocalText, type Locale, type MessageArgs, type MessageCode, type Params } from './messages.js';

/**
 * One thing wrong with an input: a code from the message catalog, where it is (file, line, column,
 * JSON pointer, or record and field), and the message in zh-CN and en.
 */
export interface Problem {
  code: string;
  /** JSON pointer into the document ('' is the whole document). */
  pointer: string;
  file?: string;
  line?: number;
  column?: number;
  /** For batch input: the 1-based record (line) number. */
  record?: number;
  params?: Params;
  message: LocalText;
}

/** A problem with a catalogue code; its parameters are checked against the code's placeholders. */
export function problem<C extends MessageCode>(code: C, pointer: string, ...[params, where]: MessageArgs<C, [where: Partial<Problem>]>): Problem {
  return problemOfCode(code, pointer, params, where);
}

/** A problem whose code is computed at run time (a check type's or a validator's reason code); prefer `problem`. */
export function problemOfCode(code: string, pointer: string, params?: Params, where?: Partial<Problem>): Problem {
  return { code, pointer, ...where, ...(params ? { params } : {}), message: localCodeText(code, params) };
}

/** "file:line:column /pointer: message" in one language. */
export function formatProblem(p: Problem, locale: Locale = 'zh-CN'): string {
  let where = p.file ?? '';
  if (p.record !== undefined) where += `${where ? ' ' : ''}${locale === 'en' ? 'record' : '记录'} ${p.record}`;
  if (p.line !== undefined) where += `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}`;
  const field = p.pointer ? ` ${p.pointer}` : '';
  const text = formatCode(p.code, p.params, locale);
  return `${where}${field}${where || field ? ': ' : ''}${text}`;
}

/** The brand every VsrError carries: one registry-wide symbol, the same in the ESM and the CJS build. */
const VSR_ERROR = Symbol.for('veteran-station-rating.VsrError');

/**
 * Thrown by the loading functions (the only ones that throw on user input); carries every problem found.
 * `instanceof VsrError` holds across the package's ESM and CJS builds (and two copies of the package):
 * both test the brand, as {@link isVsrError} does.
 */
export class VsrError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map((p) => `${formatProblem(p, 'zh-CN')}\n  ${formatProblem(p, 'en')}`).join('\n'));
    this.name = 'VsrError';
    this.problems = problems;
    Object.defineProperty(this, VSR_ERROR, { value: true });
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return isVsrError(value);
  }
}

/** Whether a value is a VsrError from any build of this package (ESM or CJS): a branded Error with `problems`. */
export function isVsrError(value: unknown): value is VsrError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[VSR_ERROR] === true && Array.isArray((value as { problems?: unknown }).problems);
}

/** Converts a decimal number of points to integer hundredths. */
export function toHundredths(points: number): number {
  return Math.round(points * 100);
}

/** Integer hundredths back to a decimal number of points. */
export function fromHundredths(h: number): number {
  return h / 100;
}

/** A ratio as a percentage rounded to two decimals. */
export function percentOf(points: number, max: number): number {
  if (max <= 0) return 0;
  return Math.round((points * 10000) / max) / 100;
}
