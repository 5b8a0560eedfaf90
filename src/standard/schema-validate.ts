import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import standardSchema from '../../schemas/standard.schema.json';
import schemeSchema from '../../schemas/rating-scheme.schema.json';
import inspectionSchema from '../../schemas/inspection.schema.json';
import evaluationSchema from '../../schemas/evaluation.schema.json';
import rectificationSchema from '../../schemas/rectification.schema.json';
import crosswalkSchema from '../../schemas/crosswalk.schema.json';
import compactSchema from '../../schemas/evaluation-compact.schema.json';
import stationSummarySchema from '../../schemas/evaluation-summary.schema.json';
import { problem, type Problem } from '../i18n/problem.js';

export type SchemaName = 'standard' | 'rating-scheme' | 'inspection' | 'evaluation' | 'rectification' | 'crosswalk' | 'evaluation-compact' | 'evaluation-summary' | 'inspection-envelope' | 'detailed-answer';

/**
 * The published schemas, plus two views of the inspection schema derived from it (not copies): the
 * envelope (answers only required to be an object) and one detailed answer. `validateInspection`
 * checks bare answers against their item's check, which is stricter than the schema's `Answer`, so
 * envelope + detailed answers + per-item checks together enforce the whole inspection schema, faster.
 */
const schemas = {
  standard: standardSchema,
  'rating-scheme': schemeSchema,
  inspection: inspectionSchema,
  evaluation: evaluationSchema,
  rectification: rectificationSchema,
  crosswalk: crosswalkSchema,
  'evaluation-compact': compactSchema,
  'evaluation-summary': stationSummarySchema,
  'inspection-envelope': {
    ...inspectionSchema,
    $id: inspectionSchema.$id.replace('inspection.schema.json', 'inspection-envelope.schema.json'),
    properties: { ...inspectionSchema.properties, answers: { type: 'object' } },
  },
  'detailed-answer': { $id: inspectionSchema.$id.replace('inspection.schema.json', 'detailed-answer.schema.json'), $ref: 'inspection.schema.json#/$defs/DetailedAnswer' },
};
type Ajv = InstanceType<typeof Ajv2020>;

/** The number of decimal places of a step such as 0.01 (at most 15). */
function decimalPlaces(step: number): number {
  let places = 0;
  while (places < 15 && Math.round(step * 10 ** places) / 10 ** places !== step) places++;
  return places;
}

/**
 * Whether `x` is a whole multiple of `step`, decided on integers: with step 0.01, whether `x` is a
 * whole number of hundredths. `n / 100 === x` holds exactly when `x` is the number a two-decimal text
 * such as `80.02` reads as, so 0.07 and 1.15 pass and 0.015 does not.
 */
export function isMultipleOf(x: number, step: number): boolean {
  if (!Number.isFinite(x)) return false;
  const scale = 10 ** decimalPlaces(step);
  const n = Math.round(x * scale);
  return n / scale === x && n % Math.round(step * scale) === 0;
}
/** Two validators per schema: a quick one that stops at the first error, and one that lists them all. */
const instances: { quick: Ajv | null; full: Ajv | null } = { quick: null, full: null };
const compiled = new Map<string, ValidateFunction>();

function validator(name: SchemaName, mode: 'quick' | 'full'): ValidateFunction {
  const key = `${mode}:${name}`;
  let v = compiled.get(key);
  if (!v) {
    let ajv = instances[mode];
    if (!ajv) {
      ajv = new Ajv2020({ allErrors: mode === 'full', verbose: mode === 'full', strict: false, discriminator: true });
      (addFormats as unknown as (a: unknown) => void)(ajv);
      // `multipleOf` decided on integers: ajv's float division refuses 0.07, 1.15, 80.02 … as multiples of 0.01.
      ajv.removeKeyword('multipleOf');
      ajv.addKeyword({ keyword: 'multipleOf', type: 'number', schemaType: 'number', errors: false, validate: (step: number, x: number) => isMultipleOf(x, step) });
      for (const s of Object.values(schemas)) ajv.addSchema(s as object);
      instances[mode] = ajv;
    }
    v = ajv.getSchema(schemas[name].$id)!;
    compiled.set(key, v);
  }
  return v;
}

/** One ajv error as a Problem with a catalog code. */
function toProblem(e: ErrorObject): Problem {
  const at = e.instancePath;
  const p = e.params as Record<string, unknown>;
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
      return problem('schema-multiple-of', at, { step: String(p.multipleOf ?? e.schema), value: typeof e.data === 'number' ? e.data : String(e.data) });
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
  if (validator(name, 'quick')(data)) return [];
  const v = validator(name, 'full');
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
