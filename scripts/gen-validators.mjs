#!/usr/bin/env node
// Generates src/standard/schema-validators.ts: ajv's standalone validation code for the published
// schemas (schemas/*.schema.json), compiled here at build time, so the package validates without
// loading or running ajv's compiler at run time (issue 10.5: import cost, and no `new Function` in a
// browser). Run by `npm run gen` and `npm run build`; tests/standard/schema-validators.test.ts checks
// the file is up to date and gives the same problems as ajv compiling the schemas live.
//
// `multipleOf` is the project's own (issue 8.2): decided on integers by isMultipleOf
// (src/standard/multiple-of.ts), because ajv's float division refuses 0.07, 1.15, 80.02 … as
// multiples of 0.01. ajv's small run-time helpers (string length, deep equality, the `date` format) are
// imported from ajv and ajv-formats and bundled into dist/ by tsup, so neither is a run-time dependency.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { _, str } from 'ajv';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'src', 'standard', 'schema-validators.ts');

/**
 * The schemas validated at run time, by name: the published ones, plus two views of the inspection
 * schema derived from it (not copies): the envelope (answers only required to be an object) and one
 * detailed answer. `validateInspection` checks bare answers against their item's check, which is
 * stricter than the schema's `Answer`, so envelope + detailed answers + per-item checks together
 * enforce the whole inspection schema, faster.
 */
export function runtimeSchemas() {
  const read = (name) => JSON.parse(readFileSync(path.join(root, 'schemas', `${name}.schema.json`), 'utf8'));
  const inspection = read('inspection');
  return {
    standard: read('standard'),
    'rating-scheme': read('rating-scheme'),
    inspection,
    evaluation: read('evaluation'),
    rectification: read('rectification'),
    crosswalk: read('crosswalk'),
    'evaluation-compact': read('evaluation-compact'),
    'evaluation-summary': read('evaluation-summary'),
    'inspection-envelope': {
      ...inspection,
      $id: inspection.$id.replace('inspection.schema.json', 'inspection-envelope.schema.json'),
      properties: { ...inspection.properties, answers: { type: 'object' } },
    },
    'detailed-answer': { $id: inspection.$id.replace('inspection.schema.json', 'detailed-answer.schema.json'), $ref: 'inspection.schema.json#/$defs/DetailedAnswer' },
  };
}

/** The ajv options the validators are compiled with (every error listed; a `discriminator` for check types). */
export const AJV_OPTIONS = { allErrors: true, strict: false, discriminator: true };

/** The module text of the standalone validators. */
export function validatorsModule() {
  const schemas = runtimeSchemas();
  const ajv = new Ajv2020({
    ...AJV_OPTIONS,
    // a $ref is a call, not a copy: each shared definition's code is written once
    inlineRefs: false,
    code: { source: true, esm: true, lines: true, formats: _`fullFormats` },
  });
  addFormats(ajv);
  ajv.removeKeyword('multipleOf');
  ajv.addKeyword({
    keyword: 'multipleOf',
    type: 'number',
    schemaType: 'number',
    error: {
      message: ({ schemaCode }) => str`must be multiple of ${schemaCode}`,
      params: ({ schemaCode, data }) => _`{multipleOf: ${schemaCode}, value: ${data}}`,
    },
    code(cxt) {
      const isMultipleOf = cxt.gen.scopeValue('func', { ref: () => true, code: _`isMultipleOf` });
      cxt.fail(_`!${isMultipleOf}(${cxt.data}, ${cxt.schemaCode})`);
    },
  });
  for (const s of Object.values(schemas)) ajv.addSchema(s);
  const exportName = (name) => name.replace(/-(\w)/g, (_m, c) => c.toUpperCase());
  let code = standaloneCode(ajv, Object.fromEntries(Object.entries(schemas).map(([name, s]) => [exportName(name), s.$id])));
  // ajv writes its run-time helpers as require() calls; this is an ES module
  // (their `exports.default`: Node and bundlers give a CommonJS module's default import as module.exports,
  // Vite as exports.default, so the function is taken from either)
  const helpers = {
    'require("ajv/dist/runtime/ucs2length").default': ['ucs2length', 'ajv/dist/runtime/ucs2length.js'],
    'require("ajv/dist/runtime/equal").default': ['equal', 'ajv/dist/runtime/equal.js'],
  };
  const imports = ["import { fullFormats } from 'ajv-formats/dist/formats.js';", "import { isMultipleOf } from './multiple-of.js';"];
  const defaults = [];
  for (const [call, [name, file]] of Object.entries(helpers)) {
    if (code.includes(call)) {
      code = code.split(call).join(name);
      imports.push(`import ${name}Module from '${file}';`);
      defaults.push(`const ${name} = typeof ${name}Module === 'function' ? ${name}Module : ${name}Module.default;`);
    }
  }
  const left = code.match(/require\([^)]*\)/g);
  if (left) throw new Error(`gen-validators: an unexpected require() in ajv's code: ${[...new Set(left)].join(', ')}`);
  code = code.replace(/^"use strict";/, '');
  const table = Object.keys(schemas).map((name) => `  ${JSON.stringify(name)}: ${exportName(name)},`).join('\n');
  return [
    '// GENERATED by scripts/gen-validators.mjs from schemas/*.schema.json: do not edit. Run `npm run gen`.',
    '// @ts-nocheck: ajv standalone validation code (https://ajv.js.org/standalone.html)',
    ...imports,
    ...defaults,
    code,
    '/** The validator of each schema the package checks documents against, by name. */',
    `export const validators = {\n${table}\n};`,
    '',
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(target, validatorsModule());
}
