// Issue 10.5: the schemas are compiled at build time into ajv standalone code
// (src/standard/schema-validators.ts, by scripts/gen-validators.mjs), so no ajv compiler loads or runs
// when the package does. The generated code must say exactly what ajv compiling the schemas live says.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isMultipleOf, validateAgainstSchema, type SchemaName } from '../../src/standard/schema-validate.js';
import { validators } from '../../src/standard/schema-validators.js';
// @ts-expect-error: a plain .mjs build script without types
import { AJV_OPTIONS, runtimeSchemas, validatorsModule } from '../../scripts/gen-validators.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const schemas = runtimeSchemas() as Record<SchemaName, { $id: string }>;
const NAMES = Object.keys(schemas) as SchemaName[];

/** ajv compiling the schemas live, as the package did before: `multipleOf` by isMultipleOf. */
function liveAjv(): Ajv2020 {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, verbose: true });
  (addFormats as unknown as (a: unknown) => void)(ajv);
  ajv.removeKeyword('multipleOf');
  ajv.addKeyword({ keyword: 'multipleOf', type: 'number', schemaType: 'number', errors: false, validate: (step: number, x: number) => isMultipleOf(x, step) });
  for (const s of Object.values(schemas)) ajv.addSchema(s as object);
  return ajv;
}
const live = liveAjv();
const liveValidator = (name: SchemaName) => live.getSchema(schemas[name].$id) as ValidateFunction;

/**
 * The parts of an error the package reads (src/standard/schema-validate.ts); for `multipleOf` the step
 * and the value (live: from `verbose`). Not `schemaPath`: the generated code calls a `$ref` instead of
 * copying it in, so its paths start at the referred definition.
 */
function shape(e: ErrorObject): unknown {
  const verbose = e as ErrorObject & { schema?: unknown; data?: unknown };
  const params = e.keyword === 'multipleOf' ? { step: e.params.multipleOf ?? verbose.schema, value: e.params.value ?? verbose.data } : e.params;
  return { keyword: e.keyword, instancePath: e.instancePath, params, message: e.keyword === 'multipleOf' ? undefined : e.message };
}

function agree(name: SchemaName, data: unknown): void {
  const generated = (validators as unknown as Record<SchemaName, ValidateFunction>)[name];
  const byLive = liveValidator(name);
  const ok = byLive(data);
  expect(generated(data), name).toBe(ok);
  if (!ok) expect((generated.errors ?? []).map(shape), name).toEqual((byLive.errors ?? []).map(shape));
}

/** Every YAML and JSON document of the repository's fixtures, examples and shipped standards. */
function corpus(): { file: string; data: unknown }[] {
  const out: { file: string; data: unknown }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ya?ml|json)$/.test(name)) {
        try {
          out.push({ file: path.relative(ROOT, full), data: parse(readFileSync(full, 'utf8'), { maxAliasCount: 100 }) });
        } catch {
          // a fixture that is not YAML on purpose (syntax errors, alias bombs)
        }
      }
    }
  };
  for (const dir of ['tests/fixtures', 'examples', 'standards']) walk(path.join(ROOT, dir));
  return out;
}

describe('issue 10.5: schema validators generated at build time', () => {
  it('issue 10.5: src/standard/schema-validators.ts is what scripts/gen-validators.mjs writes from schemas/ (run `npm run gen`)', () => {
    expect(readFileSync(path.join(ROOT, 'src/standard/schema-validators.ts'), 'utf8')).toBe(validatorsModule());
  });

  it('issue 10.5: the generated validators give the same verdict and errors as ajv compiling live, on every fixture, example and shipped file against every schema', () => {
    const docs = corpus();
    expect(docs.length).toBeGreaterThan(30);
    let failures = 0;
    for (const { data } of docs) {
      for (const name of NAMES) {
        agree(name, data);
        if (!liveValidator(name)(data)) failures++;
      }
    }
    // the corpus exercises errors, not only valid documents
    expect(failures).toBeGreaterThan(100);
  });

  it('issue 10.5: … and on shipped standards with random parts replaced (fast-check)', () => {
    const docs = corpus().filter((d) => d.file.startsWith('standards/'));
    const value = fc.oneof(fc.constant(null), fc.boolean(), fc.double({ noNaN: true }), fc.integer(), fc.constantFrom(0.015, 0.07, 1.15, 80.02, -1), fc.string(), fc.constantFrom('boolean', 'grade', 'threshold', 'x'), fc.array(fc.string(), { maxLength: 2 }), fc.dictionary(fc.constantFrom('type', 'id', 'points', 'x'), fc.jsonValue(), { maxKeys: 2 }));
    fc.assert(
      fc.property(fc.nat(docs.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(), value), { minLength: 1, maxLength: 4 }), (d, edits) => {
        const data = structuredClone(docs[d].data) as Record<string, unknown>;
        for (const [at, key, v] of edits) {
          // walk down to a random object or array, then set one of its keys
          let node: unknown = data;
          for (let depth = at % 7; depth > 0; depth--) {
            const keys = node && typeof node === 'object' ? Object.keys(node) : [];
            if (!keys.length) break;
            const next = (node as Record<string, unknown>)[keys[(key + depth) % keys.length]];
            if (!next || typeof next !== 'object') break;
            node = next;
          }
          const keys = Object.keys(node as object);
          if (keys.length) (node as Record<string, unknown>)[keys[key % keys.length]] = v;
        }
        for (const name of ['standard', 'rating-scheme'] as SchemaName[]) agree(name, data);
      }),
      { numRuns: 300, seed: 10_5 },
    );
  });

  it('issue 10.5 / 8.2: multipleOf stays decided on integers in the generated code (0.07, 1.15, 80.02 are hundredths; 0.015 is not)', () => {
    const std = (points: number) => ({ schema: 'vsr/standard@1', id: 's', version: '1.0.0', title: { 'zh-CN': '标准', en: 'Standard' }, sections: [{ id: 'a', title: { 'zh-CN': '甲', en: 'A' }, items: [{ id: 'i', title: { 'zh-CN': '项', en: 'Item' }, points, check: { type: 'boolean' } }] }] });
    for (const points of [0.07, 1.15, 80.02]) expect(validateAgainstSchema('standard', std(points))).toEqual([]);
    const [p] = validateAgainstSchema('standard', std(0.015));
    expect(p.code).toBe('schema-multiple-of');
    expect(p.params).toEqual({ step: '0.01', value: 0.015 });
    expect(p.pointer).toBe('/sections/0/items/0/points');
  });
});
