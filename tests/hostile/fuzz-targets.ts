// Fuzzing properties for every reader and for `evaluate` (issue 9, Deliver 4): run with 500 cases in
// `npm test` (fuzz.test.ts) and 10,000 in `npm run fuzz` (scripts/fuzz.ts). Each property states what
// must hold for any input: no exception escapes, and every problem names a code and a place.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { decodeText, terminalSafe, xmlSafe } from '../../src/safe-text.js';
import { parseSource } from '../../src/standard/yaml-source.js';
import { csvSource } from '../../src/io/read-csv.js';
import { xlsxSource } from '../../src/io/read-xlsx.js';
import { validateInspection } from '../../src/inspection/validate.js';
import { evaluate } from '../../src/evaluate.js';
import { validateAgainstSchema } from '../../src/standard/schema-validate.js';
import { checkStandard } from '../../src/standard/semantic.js';
import type { Compiled } from '../../src/index.js';
import type { Problem } from '../../src/i18n/problem.js';
import { valueArb } from '../property/arbitraries.js';
import { handMadeXlsx, miniTable, type HandCell } from './files.js';

/** Every problem has a code, both languages and a place (file, and a line where the reader has lines). */
function wellFormed(problems: Problem[], file: string, needLine: boolean): void {
  for (const p of problems) {
    if (!p.code || !p.message['zh-CN'] || !p.message.en) throw new Error(`malformed problem ${JSON.stringify(p)}`);
    if (p.file !== file) throw new Error(`problem without its file: ${JSON.stringify(p)}`);
    if (needLine && !(typeof p.line === 'number' && p.line >= 1)) throw new Error(`problem without a line: ${JSON.stringify(p)}`);
  }
}

/** Any UTF-16 code unit, lone surrogates included. */
const anyChar = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyText = fc.string({ unit: fc.oneof(anyChar, fc.constantFrom('\n', ':', '-', ' ', '[', ']', '{', '}', ',', '"', '&a', '*a', '!', '#', '\u001b', '\u202e', '站')), maxLength: 200 });

/** Bytes: random, or text in UTF-8 / GB18030-looking bytes with damage. */
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  anyText.map((t) => new TextEncoder().encode(t)),
  fc.tuple(anyText, fc.nat(), fc.integer({ min: 0, max: 255 })).map(([t, at, b]) => {
    const bytes = new TextEncoder().encode(t);
    if (bytes.length) bytes[at % bytes.length] = b;
    return bytes;
  }),
);

export interface FuzzContext {
  compiled: Compiled;
  /** A valid filled form of the compiled standard, as bytes, to damage. */
  formBytes: Uint8Array;
}

export function properties(ctx: FuzzContext) {
  const { compiled } = ctx;
  const itemIds = compiled.items.map((i) => i.id);
  const hostileAnswer = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, '40%', '是', '', ' ', '\u0000'));
  const inspection = fc.record({
    station: fc.oneof(fc.record({ id: fc.string(), name: anyText, level: fc.constantFrom('town', 'village', 'county', 'enterprise', 'moon') }), fc.jsonValue({ maxDepth: 2 })),
    inspectedAt: fc.oneof(fc.constantFrom('2024-05-01', '2024-02-30', '2024-13-01', ''), fc.string()),
    answers: fc.oneof(
      fc.dictionary(fc.oneof(fc.constantFrom(...itemIds), fc.string()), hostileAnswer, { maxKeys: itemIds.length + 3 }),
      fc.tuple(...compiled.items.map((item) => fc.option(valueArb(item), { nil: undefined }))).map((values) => Object.fromEntries(values.map((v, i) => [itemIds[i], v]).filter(([, v]) => v !== undefined))),
    ),
  });
  return {
    /** Any bytes decode to text or to one located problem; never both, never an exception. */
    decode: fc.property(anyBytes, (bytes) => {
      const r = decodeText(bytes, 'f');
      if ('problem' in r) wellFormed([r.problem], 'f', true);
      else if (typeof r.text !== 'string') throw new Error('no text');
    }),
    /** Any text parses as YAML/JSON or gives located problems. */
    yaml: fc.property(fc.oneof(anyText, fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v) ?? ''), fc.jsonValue({ maxDepth: 6 }).map((v) => stringify(v))), (text) => {
      const r = parseSource(text, 'f.yaml');
      wellFormed(r.problems, 'f.yaml', true);
      if (!r.doc && !r.problems.length) throw new Error('neither a document nor a problem');
    }),
    /** Any CSV text gives a source or problems; building the answers never throws. */
    csv: fc.property(fc.array(fc.array(fc.oneof(anyText, fc.constantFrom(...itemIds), fc.constantFrom('编号', '答案', '站点编号', '是', '80%', '0.4')), { maxLength: 5 }), { maxLength: 12 }), (rows) => {
      const text = rows.map((r) => r.join(',')).join('\n');
      const r = csvSource(text, 'f.csv');
      wellFormed(r.problems, 'f.csv', false);
      if (r.source) {
        const built = r.source.build(compiled);
        wellFormed(built.problems, 'f.csv', true);
        validateInspection(compiled, built.data);
      }
    }),
    /** Damaged forms and random cell tables read as a source or problems, never an exception. */
    xlsx: fc.asyncProperty(
      fc.oneof(
        fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([at, junk]) => {
          const b = Uint8Array.from(ctx.formBytes);
          b.set(junk.subarray(0, Math.max(0, b.length - (at % b.length))), at % b.length);
          return Promise.resolve(b);
        }),
        fc.array(fc.tuple(fc.constantFrom(...itemIds, 'zz'), fc.oneof<fc.Arbitrary<HandCell>[]>(anyText.map((t) => t.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd]/g, '')), fc.double(), fc.record({ n: fc.double({ noNaN: true }), percent: fc.boolean() }), fc.record({ f: fc.constantFrom('A1+1', 'SUM(B1:B2)') }))), { maxLength: 6 }).map((answers) => handMadeXlsx(miniTable(answers))),
      ),
      async (bytesP) => {
        const r = await xlsxSource(await bytesP, 'f.xlsx');
        wellFormed(r.problems, 'f.xlsx', false);
        if (r.source) {
          const built = r.source.build(compiled);
          wellFormed(built.problems, 'f.xlsx', true);
          validateInspection(compiled, built.data);
        }
      },
    ),
    /** Any standard-shaped data is checked without an exception. */
    standard: fc.property(fc.jsonValue({ maxDepth: 5 }), (data) => {
      const problems = validateAgainstSchema('standard', data);
      if (!problems.length) checkStandard(data as never);
    }),
    /** Any inspection is validated; a valid one evaluates to a percent between 0 and 100. */
    evaluate: fc.property(inspection, (data) => {
      const checked = validateInspection(compiled, data);
      if (!checked.ok) {
        for (const p of checked.errors) if (!p.code || !p.message.en) throw new Error(`malformed problem ${JSON.stringify(p)}`);
        return;
      }
      const e = evaluate(compiled, checked.inspection);
      if (!(e.score.percent >= 0 && e.score.percent <= 100)) throw new Error(`percent ${e.score.percent}`);
    }),
    /** Terminal and XML text never keep a character they must not. */
    safeText: fc.property(fc.string({ unit: anyChar, maxLength: 100 }), (s) => {
      if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(terminalSafe(s))) throw new Error('unsafe for a terminal');
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(xmlSafe(s))) throw new Error('unsafe for XML');
    }),
  };
}
