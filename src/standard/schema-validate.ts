import { problem, type Problem } from '../i18n/problem.js';
import { validators } from './schema-validators.js';

export { isMultipleOf } from './multiple-of.js';

export type SchemaName = 'standard' | 'rating-scheme' | 'inspection' | 'evaluation' | 'rectification' | 'crosswalk' | 'evaluation-compact' | 'evaluation-summary' | 'inspection-envelope' | 'detailed-answer';

/** One error of ajv's validation code (the fields this module reads). */
interface ErrorObject {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}
type ValidateFunction = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * The validator of each schema: ajv's standalone code, generated at build time from schemas/ by
 * scripts/gen-validators.mjs (src/standard/schema-validators.ts), every error listed; the schemas it
 * covers are named there (the published ones, and two views of the inspection schema: the envelope,
 * answers only required to be an object, and one detailed answer). No ajv compiler at run time.
 */
const VALIDATORS = validators as unknown as Record<SchemaName, ValidateFunction>;

/** One ajv error as a Problem with a catalog code. */
function toProblem(e: ErrorObject): Problem {
  const at = e.instancePath;
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return problem('schema-required', at, { property: String(p.missingProperty) });
    case 'additionalProperties':
      return problem('schema-additional', `${at}/${String(p.additionalProperty)}`, { property: String(p.additionalProperty) });
    case 'type':
      return problem('schema-type', at, { expected: String(p.type) });
    case 'enum':
      return problem('schema-enum', at, { allowed: (p.allowedValues as unknown[]).join(', ') });
    case 'const':
      return problem('schema-const', at, { allowed: JSON.stringify(p.allowedValue) });
    case 'pattern':
      return problem('schema-pattern', at, { pattern: String(p.pattern) });
    case 'format':
      return problem('schema-format', at, { format: String(p.format) });
    case 'multipleOf':
      return problem('schema-multiple-of', at, { step: String(p.multipleOf), value: typeof p.value === 'number' ? p.value : String(p.value) });
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum':
    case 'minItems': case 'maxItems': case 'minLength': case 'maxLength':
      return problem('schema-range', at, { detail: `${e.keyword} ${String(p.limit ?? p.multipleOf)}` });
    case 'discriminator':
      return problem('unknown-check-type', `${at}/type`, { type: String(p.tagValue ?? ''), known: 'boolean, grade, threshold, count, checklist, deduction' });
    default:
      return problem('schema-other', at, { detail: e.message ?? e.keyword });
  }
}

/**
 * Validates a document against one of the published schemas. Returns the problems, most specific
 * first, without the umbrella errors of `anyOf`/`oneOf` when a branch explains them.
 */
export function validateAgainstSchema(name: SchemaName, data: unknown): Problem[] {
  const v = VALIDATORS[name];
  if (v(data)) return [];
  const errors = v.errors ?? [];
  const specific = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if');
  const list = specific.length ? specific : errors;
  // one problem per place and code
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const e of list) {
    const p = toProblem(e);
    const key = `${p.pointer}|${p.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}
