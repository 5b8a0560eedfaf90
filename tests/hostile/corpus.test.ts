// The hostile corpus (issue 9, Deliver 4): inputs an operator's bad day brings, generated from tables
// across every reader (YAML, JSON, CSV, XLSX), document kind (inspections, standards, overlays, schemes,
// stored evaluations), folders and CLI use. Each case runs `vsr` in-process and asserts the exit code,
// a message that names the file (and the line where the reader has lines) in Chinese and English, and
// no stack trace or internal error.
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { MINI, ROOT, TOWN, vsr } from '../report/helpers.js';
import { encodeGb18030 } from '../inspection/gb18030.js';
import { handMadeXlsx, miniTable, tempDir, type HandCell } from './files.js';

const TOWN_TEXT = readFileSync(TOWN, 'utf8');
const TOWN_DATA = parse(TOWN_TEXT) as Record<string, any>;
const MINI_TEXT = readFileSync(MINI, 'utf8');
const MINI_DATA = parse(MINI_TEXT) as Record<string, any>;
const SCHEME_TEXT = readFileSync(path.join(ROOT, 'tests/fixtures/scheme.yaml'), 'utf8');
const FIXTURES = path.join(ROOT, 'tests/fixtures');
const BAD_FIXTURES = readdirSync(path.join(FIXTURES, 'bad')).filter((f) => f.endsWith('.yaml')).sort();

interface Case {
  name: string;
  /** Files to write into a fresh temp folder (name → content); a function may make links or folders. */
  files?: Record<string, string | Uint8Array>;
  setup?: (dir: string) => void | Promise<void>;
  /** The arguments, given the folder. */
  args: (dir: string) => string[];
  code: number;
  /** The file the message must name (a name in the folder); omitted for command-line mistakes. */
  names?: string;
  /** Whether the message must give a line number after the file name. */
  line?: boolean;
  /** A fragment the English message must contain. */
  says?: string | RegExp;
  /** Where the messages go instead of stderr (batch writes bad records to a file). */
  messagesIn?: string;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const score = (file: string) => (dir: string) => ['score', path.join(dir, file), '--standard', MINI];

// ---- inspections as documents: each mutation written as YAML and as JSON ----
const inspectionMutations: [string, (d: Record<string, any>) => unknown, (string | RegExp)?][] = [
  ['no station', (d) => { delete d.station; }],
  ['station is a string', (d) => { d.station = 'T-1'; }],
  ['station without id', (d) => { delete d.station.id; }],
  ['station id is a list', (d) => { d.station.id = ['a']; }],
  ['empty station name', (d) => { d.station.name = ''; }],
  ['unknown station level', (d) => { d.station.level = 'galaxy'; }],
  ['region is a number', (d) => { d.station.region = 5; }],
  ['no inspection date', (d) => { delete d.inspectedAt; }],
  ['impossible date 2024-02-30', (d) => { d.inspectedAt = '2024-02-30'; }],
  ['date in words', (d) => { d.inspectedAt = 'last Tuesday'; }],
  ['answers is a list', (d) => { d.answers = [1, 2]; }],
  ['answers is a string', (d) => { d.answers = 'all yes'; }],
  ['unknown item', (d) => { d.answers['zz-nope'] = true; }, 'zz-nope'],
  ['boolean item answered 2', (d) => { d.answers['m-org-1'] = 2; }],
  ['boolean item answered maybe', (d) => { d.answers['m-org-1'] = 'maybe'; }],
  ['grade item answered with an unknown grade', (d) => { d.answers['m-org-2'] = 'superb'; }],
  ['grade answered with a number', (d) => { d.answers['m-org-2'] = 3; }],
  ['percent item above 100', (d) => { d.answers['m-svc-1'] = 180; }],
  ['percent item negative', (d) => { d.answers['m-svc-1'] = -5; }],
  ['percent item as text', (d) => { d.answers['m-svc-1'] = 'high'; }],
  ['count negative', (d) => { d.answers['m-svc-2'] = -1; }],
  ['count fractional', (d) => { d.answers['m-svc-2'] = 1.5; }],
  ['deduction as list', (d) => { d.answers['m-svc-3'] = [1]; }],
  ['answer entry without value', (d) => { d.answers['m-org-1'] = { note: 'x' }; }],
  ['answer entry with unknown field', (d) => { d.answers['m-org-1'] = { value: true, colour: 'red' }; }],
  ['evidence of unknown kind', (d) => { d.answers['m-org-2'].evidence = [{ kind: 'rumour', date: '2024-01-01' }]; }],
  ['evidence with a bad date', (d) => { d.answers['m-org-2'].evidence = [{ kind: 'photo', date: '2024-13-01' }]; }],
  ['evidence is a string', (d) => { d.answers['m-org-2'].evidence = 'photo'; }],
  ['unknown top-level field', (d) => { d.colour = 'blue'; }],
  ['standard names nothing known', (d) => { d.standard = 'nowhere@9.9.9'; }],
  ['wrong schema tag', (d) => { d.schema = 'vsr/inspection@99'; }],
  ['waivers of the wrong shape', (d) => { d.waivers = 'none'; }],
  ['waiver for an unknown item', (d) => { d.waivers = [{ item: 'zz-nope', reason: 'x', approvedBy: 'y', expires: '2025-01-01' }]; }],
  ['inspector is a map', (d) => { d.inspector = { a: 1 }; }],
  ['escape sequence in an item id', (d) => { d.answers['\u001b[2J'] = true; }],
  ['bidi override in an item id', (d) => { d.answers['m-\u202eorg'] = true; }],
  ['very long unknown item id', (d) => { d.answers['x'.repeat(5000)] = true; }],
];

function inspectionCases(): Case[] {
  const out: Case[] = [];
  for (const [what, mutate, says] of inspectionMutations) {
    const d = clone(TOWN_DATA);
    mutate(d);
    out.push({ name: `inspection YAML: ${what}`, files: { 'i.yaml': stringify(d) }, args: score('i.yaml'), code: 1, names: 'i.yaml', line: true, says });
    out.push({ name: `inspection JSON: ${what}`, files: { 'i.json': JSON.stringify(d, null, 2) }, args: score('i.json'), code: 1, names: 'i.json', line: true, says });
  }
  return out;
}

// ---- inspections as raw text: syntax, encodings, limits ----
const utf8 = (s: string) => new TextEncoder().encode(s);
const rawTexts: [string, string, string | Uint8Array, (string | RegExp)?][] = [
  ['YAML syntax: unclosed bracket', 'i.yaml', 'station: [a, b\nanswers: {}\n', 'YAML syntax'],
  ['YAML syntax: bad indentation', 'i.yaml', 'station:\n  id: a\n name: b\n'],
  ['YAML duplicate key', 'i.yaml', TOWN_TEXT.replace('inspector: 张三', 'inspector: 张三\ninspector: 李四')],
  ['YAML tab indentation', 'i.yaml', 'station:\n\tid: a\n'],
  ['YAML __proto__ key', 'i.yaml', TOWN_TEXT.replace('answers:', '__proto__: { polluted: true }\nanswers:'), 'Forbidden key'],
  ['YAML constructor key', 'i.yaml', TOWN_TEXT.replace('answers:', 'constructor: 1\nanswers:'), 'Forbidden key'],
  ['YAML alias bomb', 'i.yaml', ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill('*' + 'abcdefgh'[i]).join(',')}]`)].join('\n') + '\n', 'alias'],
  ['YAML custom tag', 'i.yaml', 'station: !!js/function "function(){}"\n'],
  ['YAML unknown tag', 'i.yaml', TOWN_TEXT.replace('inspector: 张三', 'inspector: !shell rm -rf /')],
  ['YAML two documents', 'i.yaml', TOWN_TEXT + '\n---\nstation: 1\n'],
  ['YAML top level is a list', 'i.yaml', '- 1\n- 2\n'],
  ['YAML top level is a scalar', 'i.yaml', 'hello\n'],
  ['YAML empty file', 'i.yaml', ''],
  ['YAML only a BOM', 'i.yaml', new Uint8Array([0xef, 0xbb, 0xbf])],
  ['YAML only comments', 'i.yaml', '# nothing\n'],
  ['YAML deep nesting', 'i.yaml', 'a: ' + '['.repeat(200) + ']'.repeat(200) + '\n', 'nesting depth'],
  ['YAML .nan answer', 'i.yaml', TOWN_TEXT.replace('m-svc-1: 80', 'm-svc-1: .nan')],
  ['YAML .inf answer', 'i.yaml', TOWN_TEXT.replace('m-svc-1: 80', 'm-svc-1: .inf')],
  ['YAML UTF-16 LE', 'i.yaml', new Uint8Array([0xff, 0xfe, ...Array.from(utf8('a: 1\n')).flatMap((b) => [b, 0])]), 'UTF-16'],
  ['YAML UTF-16 BE', 'i.yaml', new Uint8Array([0xfe, 0xff, ...Array.from(utf8('a: 1\n')).flatMap((b) => [0, b])]), 'UTF-16'],
  ['YAML with a NUL byte', 'i.yaml', new Uint8Array([...utf8('station:\n  id: a'), 0, 0x0a]), 'NUL'],
  ['YAML UTF-8 with a broken line', 'i.yaml', new Uint8Array([...utf8(TOWN_TEXT), ...utf8('x: '), 0xc3, 0x28, 0x0a]), 'not valid UTF-8'],
  ['YAML BOM then invalid bytes', 'i.yaml', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a: 1\nb: '), 0xff, 0x0a]), 'not valid UTF-8'],
  ['YAML bytes neither UTF-8 nor GB18030', 'i.yaml', new Uint8Array([...utf8('a: 1\nb: '), 0x81, 0x0a]), 'GB18030'],
  ['YAML in GBK with a bad answer', 'i.yaml', encodeGb18030(TOWN_TEXT.replace(/^#.*\n/gm, '').replace(/<script>alert\(1\)<\/script>/, '').replace('m-org-1: true', 'm-org-1: 也许'))],
  ['JSON syntax: trailing comma', 'i.json', '{"station": {"id": "a",}}'],
  ['JSON syntax: truncated', 'i.json', JSON.stringify(TOWN_DATA).slice(0, 100)],
  ['JSON syntax: single quotes', 'i.json', "{'station': 1}"],
  ['JSON empty', 'i.json', ''],
  ['JSON null', 'i.json', 'null'],
  ['JSON a number', 'i.json', '42'],
  ['JSON array of numbers', 'i.json', '[1,2,3]'],
  ['JSON __proto__ key', 'i.json', JSON.stringify({ ...TOWN_DATA, answers: undefined }).replace('{', '{"__proto__":{"x":1},'), 'Forbidden key'],
  ['JSON deep nesting', 'i.json', '['.repeat(10000) + ']'.repeat(10000), 'nesting depth'],
  ['JSON in UTF-16', 'i.json', new Uint8Array([0xff, 0xfe, ...Array.from(utf8('{}')).flatMap((b) => [b, 0])]), 'UTF-16'],
  ['JSON with NUL', 'i.json', new Uint8Array([0x7b, 0, 0x7d]), 'NUL'],
  ['JSON duplicate keys', 'i.json', '{"station": {"id": "a", "id": "b"}}'],
  ['JSON lone surrogate escape in a name', 'i.json', JSON.stringify({ ...TOWN_DATA, inspectedAt: 'x' }).replace('"T-001"', '"\\ud800"')],
  ['JSON escape sequence in a value', 'i.json', JSON.stringify({ ...TOWN_DATA, inspectedAt: '\u001b]52;c;SGVsbG8=\u0007' })],
];

function rawCases(): Case[] {
  return rawTexts.map(([what, file, content, says]) => ({ name: `inspection text: ${what}`, files: { [file]: content }, args: score(file), code: 1, names: file, line: true, says }));
}

// ---- CSV inspections ----
const CSV_HEAD = ['站点编号 / Station ID,T-1', '站点名称 / Station name,示例镇退役军人服务站', '站点层级 / Station level,town', '检查日期 / Inspection date,2024-05-01', '编号 / ID,答案 / Answer,已提供的佐证 / Evidence provided'];
const csv = (...rows: string[]) => [...CSV_HEAD, ...rows].join('\n') + '\n';
const csvTexts: [string, string | Uint8Array, boolean, (string | RegExp)?][] = [
  ['no header row', 'a,b\nc,d\n', false],
  ['empty file', '', false],
  ['header only, no station', '编号,答案\nm-org-1,是\n', true],
  ['unknown item', csv('zz-nope,是'), true, 'zz-nope'],
  ['duplicate item rows', csv('m-org-1,是', 'm-org-1,否'), true],
  ['boolean answered maybe', csv('m-org-1,也许'), true],
  ['unknown grade', csv('m-org-2,superb'), true],
  ['percent above 100', csv('m-svc-1,180%'), true],
  ['count as words', csv('m-svc-2,many'), true],
  ['negative count', csv('m-svc-2,-3'), true],
  ['unknown evidence kind', csv('m-org-2,good,rumour:2024-01-01'), true],
  ['evidence with a bad date', csv('m-org-2,good,照片:2024-13-45'), true],
  ['formula-looking answer', csv('m-org-1,=cmd|calc!A1'), true],
  ['unterminated quote', csv('m-org-1,"是'), true],
  ['bad station level', csv('m-org-1,是').replace('town', '星球'), true],
  ['bad date', csv('m-org-1,是').replace('2024-05-01', '2024年13月1日'), true],
  ['UTF-16', new Uint8Array([0xff, 0xfe, 0x61, 0]), true, 'UTF-16'],
  ['NUL byte', new Uint8Array([...utf8(csv('m-org-1,是')), 0]), true, 'NUL'],
  ['broken UTF-8 line', new Uint8Array([...utf8(csv('m-org-1,是')), ...utf8('m-org-2,'), 0xe4, 0xb8, 0x0a]), true, 'not valid UTF-8'],
  ['GBK with a bad answer', encodeGb18030(csv('m-org-1,也许')), true],
  ['escape sequence in an answer', csv('m-org-1,\u001b[31m是'), true],
  ['too many rows', csv(...Array(20001).fill('m-org-1,是')), true, 'Limit exceeded: rows'],
];
function csvCases(): Case[] {
  return csvTexts.map(([what, content, line, says]) => ({ name: `CSV: ${what}`, files: { 'i.csv': content }, args: score('i.csv'), code: 1, names: 'i.csv', line, says }));
}

// ---- XLSX inspections ----
const xlsxCases: [string, () => Promise<Uint8Array> | Uint8Array, boolean, (string | RegExp)?][] = [
  ['a text file named .xlsx', () => utf8('station: 1\n'), false, 'Excel'],
  ['an empty file', () => new Uint8Array(0), false],
  ['a truncated zip', async () => (await handMadeXlsx(miniTable([['m-org-1', '是']]))).subarray(0, 300), false],
  ['a zip without a workbook', async () => { const JSZip = (await import('jszip')).default; const z = new JSZip(); z.file('a.txt', 'x'); return z.generateAsync({ type: 'uint8array' }); }, false],
  ['no header row', () => handMadeXlsx([['a', 'b'], ['c', 'd']]), false],
  ['an unknown item', () => handMadeXlsx(miniTable([['zz-nope', '是']])), true, 'zz-nope'],
  ['a bad boolean', () => handMadeXlsx(miniTable([['m-org-1', '也许']])), true],
  ['an unknown grade', () => handMadeXlsx(miniTable([['m-org-2', 'superb']])), true],
  ['a percent cell of 180%', () => handMadeXlsx(miniTable([['m-svc-1', { n: 1.8, percent: true }]])), true],
  ['a formula without a value', () => handMadeXlsx(miniTable([['m-svc-2', { f: 'A1+1' }]])), true, 'no computed value'],
  ['a duplicate item', () => handMadeXlsx(miniTable([['m-org-1', '是'], ['m-org-1', '否']])), true],
  ['a zip bomb', () => handMadeXlsx(miniTable([['m-org-1', '是']]), { 'xl/bomb.xml': new Uint8Array(40 * 1024 * 1024) }), false, 'Limit exceeded'],
  ['too many parts', () => handMadeXlsx(miniTable([['m-org-1', '是']]), Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`xl/p${i}.xml`, 'x']))), false, 'parts'],
  ['a negative count', () => handMadeXlsx(miniTable([['m-svc-2', -2]])), true],
];
function xlsxCaseList(): Case[] {
  return xlsxCases.map(([what, make, line, says]) => ({
    name: `XLSX: ${what}`,
    setup: async (dir) => writeFileSync(path.join(dir, 'i.xlsx'), await make()),
    args: score('i.xlsx'), code: 1, names: 'i.xlsx', line, says,
  }));
}

// ---- standards, overlays and schemes (vsr lint, and as --standard for score) ----
const stdMutations: [string, (d: Record<string, any>) => unknown][] = [
  ['no id', (d) => { delete d.id; }],
  ['bad version', (d) => { d.version = 'one'; }],
  ['points do not add up', (d) => { d.totalPoints = 999; }],
  ['duplicate item id', (d) => { d.sections[0].items[1].id = 'm-org-1'; }],
  ['unknown check type', (d) => { d.sections[0].items[0].check = { type: 'vibes' }; }],
  ['grade fraction above 1', (d) => { d.sections[0].items[1].check.grades[0].fraction = 2; }],
  ['negative points', (d) => { d.sections[0].items[0].points = -4; }],
  ['section without items', (d) => { d.sections[0].items = []; }],
  ['unknown station level', (d) => { d.appliesTo = ['moon']; }],
  ['threshold without target', (d) => { delete d.sections[1].items[0].check.target; }],
  ['unknown field', (d) => { d.script = 'rm -rf /'; }],
  ['items is a map', (d) => { d.sections[0].items = { a: 1 }; }],
  ['escape sequence in a title', (d) => { d.title['zh-CN'] = '\u001b[2J标准'; d.totalPoints = 1; }],
  ['extends an unknown base', (d) => { d.extends = 'nowhere@1.0.0'; }],
  ['extends itself', (d) => { d.extends = './std.yaml'; }],
];
function standardCases(): Case[] {
  const out: Case[] = [];
  for (const [what, mutate] of stdMutations) {
    const d = clone(MINI_DATA);
    mutate(d);
    out.push({ name: `standard (lint): ${what}`, files: { 'std.yaml': stringify(d) }, args: (dir) => ['lint', path.join(dir, 'std.yaml')], code: 1, names: 'std.yaml', line: true });
    out.push({ name: `standard (score --standard): ${what}`, files: { 'std.yaml': stringify(d) }, args: (dir) => ['score', TOWN, '--standard', path.join(dir, 'std.yaml')], code: 1, names: 'std.yaml', line: true });
  }
  for (const bad of BAD_FIXTURES.filter((f) => f !== 'cycle-b.yaml')) {
    out.push({
      name: `shipped bad fixture (lint): ${bad}`,
      setup: (dir) => {
        mkdirSync(path.join(dir, 'bad'));
        for (const f of BAD_FIXTURES) writeFileSync(path.join(dir, 'bad', f), readFileSync(path.join(FIXTURES, 'bad', f)));
        for (const f of ['construction.yaml', 'service.yaml', 'safety.yaml', 'mini.yaml']) writeFileSync(path.join(dir, f), readFileSync(path.join(FIXTURES, f)));
      },
      args: (dir) => ['lint', path.join(dir, 'bad', bad)], code: 1, names: bad.startsWith('cycle') ? 'cycle' : bad, line: true,
    });
  }
  const overlay = (body: string) => `schema: vsr/standard@1\nid: ov\nversion: 1.0.0\nextends: ./mini.yaml\ntitle: { zh-CN: 覆盖, en: Overlay }\n${body}`;
  const overlays: [string, string][] = [
    ['overlay removes an unknown item', 'remove: [zz-nope]\n'],
    ['overlay of the wrong shape', 'remove: 5\n'],
    ['overlay with a syntax error', 'remove: [a\n'],
    ['overlay with a forbidden key', '__proto__: 1\n'],
  ];
  for (const [what, body] of overlays) {
    out.push({ name: `overlay: ${what}`, setup: (dir) => { writeFileSync(path.join(dir, 'mini.yaml'), MINI_TEXT); writeFileSync(path.join(dir, 'ov.yaml'), overlay(body)); }, args: (dir) => ['lint', path.join(dir, 'ov.yaml')], code: 1, names: 'ov.yaml', line: true });
  }
  const schemes: [string, (s: string) => string, string?][] = [
    ['duplicate level ids', (s) => s.replace('  - id: four\n', '  - id: three\n'), 'appears twice'],
    ['unknown component', (s) => s.replace('./safety.yaml', './gone.yaml')],
    ['levels out of order', (s) => s.replace('minPercent: 75', 'minPercent: 10')],
    ['condition on an unknown item', (s) => s.replace('[b-lift, s-duty]', '[zz-nope]')],
    ['component is a scheme', (s) => s.replace('./safety.yaml', './scheme.yaml')],
    ['negative weight', (s) => s.replace('weight: 6', 'weight: -6')],
    ['syntax error', (s) => s.replace('levels:', 'levels: [')],
    ['in UTF-16', (s) => s],
  ];
  for (const [what, change, says] of schemes) {
    out.push({
      name: `scheme: ${what}`,
      setup: (dir) => {
        for (const f of ['construction.yaml', 'service.yaml', 'safety.yaml']) writeFileSync(path.join(dir, f), readFileSync(path.join(FIXTURES, f)));
        const text = change(SCHEME_TEXT);
        writeFileSync(path.join(dir, 'scheme.yaml'), what === 'in UTF-16' ? new Uint8Array([0xff, 0xfe, ...Array.from(utf8(text)).flatMap((b) => [b, 0])]) : text);
      },
      args: (dir) => ['lint', path.join(dir, 'scheme.yaml')], code: 1, names: 'scheme.yaml', line: what !== 'component is a scheme', says,
    });
  }
  return out;
}

// ---- stored evaluations ----
let storedText: string | undefined;
async function storedEvaluation(): Promise<Record<string, any>> {
  storedText ??= (await vsr(['score', TOWN, '--standard', MINI])).stdout;
  return JSON.parse(storedText);
}
const storedMutations: [string, (e: Record<string, any>) => unknown][] = [
  ['an unknown item', (e) => { e.items[1].id = 'zz'; }],
  ['1e9 points', (e) => { e.score.points = 1e9; }],
  ['item points beyond its maximum', (e) => { e.items[2].points = 50; }],
  ['an unknown level', (e) => { e.rating.level = 'gold'; }],
  ['percent above 100', (e) => { e.score.percent = 150; }],
  ['percent not following from points', (e) => { e.score.percent = 12; }],
  ['a changed item maximum', (e) => { e.items[0].max = 40; }],
  ['no station', (e) => { delete e.station; }],
  ['score is a string', (e) => { e.score = 'high'; }],
  ['items is a map', (e) => { e.items = {}; }],
  ['unknown field', (e) => { e.injected = true; }],
  ['standard of another id', (e) => { e.standard.id = 'nowhere'; }],
];
function storedCases(): Case[] {
  const out: Case[] = [];
  for (const [what, mutate] of storedMutations) {
    for (const ext of ['json', 'yaml'] as const) {
      out.push({
        name: `stored evaluation (${ext}): ${what}`,
        setup: async (dir) => {
          const e = clone(await storedEvaluation());
          mutate(e);
          writeFileSync(path.join(dir, `e.${ext}`), ext === 'json' ? JSON.stringify(e, null, 2) : stringify(e));
        },
        args: (dir) => ['score', path.join(dir, `e.${ext}`), '--format', 'md', '--standard', MINI], code: 1, names: `e.${ext}`, line: true,
      });
    }
  }
  out.push({
    name: 'stored evaluation array with a tampered entry',
    setup: async (dir) => {
      const e = clone(await storedEvaluation());
      const bad = clone(e);
      bad.score.points = 1e9;
      writeFileSync(path.join(dir, 'all.json'), JSON.stringify([e, bad], null, 2));
    },
    args: (dir) => ['score', path.join(dir, 'all.json'), '--standard', MINI], code: 1, names: 'all.json', line: true, says: /all\.json:\d+:\d+ \/1\/score\/points: /,
  });
  return out;
}

// ---- folders ----
function folderCases(): Case[] {
  const good = TOWN_TEXT;
  return [
    { name: 'folder: a dangling symlink', setup: (dir) => { writeFileSync(path.join(dir, 'ok.yaml'), good); symlinkSync(path.join(dir, 'gone.yaml'), path.join(dir, 'dangling.yaml')); }, args: (dir) => ['score', dir, '--standard', MINI], code: 1, names: 'dangling.yaml', says: 'dangling' },
    { name: 'folder: a symlink loop', setup: (dir) => { symlinkSync(path.join(dir, 'loop.yaml'), path.join(dir, 'loop.yaml')); }, args: (dir) => ['score', dir, '--standard', MINI], code: 1, names: 'loop.yaml', says: 'loop' },
    { name: 'folder: a symlink to a folder named like a file', setup: (dir) => { mkdirSync(path.join(dir, 'sub')); symlinkSync(path.join(dir, 'sub'), path.join(dir, 'sub.yaml')); }, args: (dir) => ['score', dir, '--standard', MINI], code: 1, names: 'sub.yaml', says: 'not a regular file' },
    { name: 'folder: an .ods form', files: { 'a.ods': 'PK' }, args: (dir) => ['score', dir, '--standard', MINI], code: 1, names: 'a.ods', says: '.ods' },
    { name: 'folder: one bad among good', files: { 'a.yaml': good, 'b.yaml': 'station: [\n' }, args: (dir) => ['score', dir, '--standard', MINI], code: 1, names: 'b.yaml', line: true },
    { name: 'folder: a folder named x.yaml given as a file', setup: (dir) => mkdirSync(path.join(dir, 'x.yaml')), args: (dir) => ['score', path.join(dir, 'x.yaml', 'in.yaml'), '--standard', MINI], code: 1, names: 'in.yaml', says: 'File not found' },
    { name: 'folder: gap on a dangling symlink', setup: (dir) => symlinkSync(path.join(dir, 'gone.yaml'), path.join(dir, 'd.yaml')), args: (dir) => ['gap', path.join(dir, 'd.yaml'), '--standard', MINI], code: 1, names: 'd.yaml', says: 'dangling' },
    { name: 'folder: batch over a folder with a dangling symlink', setup: (dir) => { mkdirSync(path.join(dir, 'in')); writeFileSync(path.join(dir, 'in', 'a.yaml'), good); symlinkSync(path.join(dir, 'gone.yaml'), path.join(dir, 'in', 'd.yaml')); }, args: (dir) => ['batch', path.join(dir, 'in'), '--standard', MINI, '--out', path.join(dir, 'out.ndjson')], code: 1, names: 'd.yaml', says: 'dangling', messagesIn: 'out.errors.ndjson' },
    { name: 'verbs: form of a standard with a syntax error', files: { 's.yaml': 'id: [\n' }, args: (dir) => ['form', path.join(dir, 's.yaml'), '--out', path.join(dir, 'f.xlsx')], code: 1, names: 's.yaml', line: true },
    { name: 'verbs: form of a standard in UTF-16', files: { 's.yaml': new Uint8Array([0xff, 0xfe, 0x61, 0]) }, args: (dir) => ['form', path.join(dir, 's.yaml'), '--out', path.join(dir, 'f.xlsx')], code: 1, names: 's.yaml', line: true, says: 'UTF-16' },
    { name: 'verbs: show a standard with a forbidden key', files: { 's.yaml': MINI_TEXT.replace('sections:', '__proto__: 1\nsections:') }, args: (dir) => ['show', path.join(dir, 's.yaml')], code: 1, names: 's.yaml', line: true, says: 'Forbidden key' },
    { name: 'verbs: diff against a broken standard', files: { 's.yaml': MINI_TEXT.replace('version: 1.0.0', 'version: [') }, args: (dir) => ['diff', MINI, path.join(dir, 's.yaml')], code: 1, names: 's.yaml', line: true },
    { name: 'verbs: diff against a dangling symlink', setup: (dir) => symlinkSync(path.join(dir, 'gone.yaml'), path.join(dir, 's.yaml')), args: (dir) => ['diff', MINI, path.join(dir, 's.yaml')], code: 1, says: /s\.yaml/ },
    { name: 'verbs: compare a file of non-evaluations', files: { 'a.ndjson': '{"x":1}\n{"y":2}\n', 'b.ndjson': '{"x":1}\n' }, args: (dir) => ['compare', path.join(dir, 'a.ndjson'), path.join(dir, 'b.ndjson')], code: 1, names: 'a.ndjson', line: true },
    { name: 'verbs: compare with a broken NDJSON line', files: { 'a.ndjson': '{"x":\n', 'b.ndjson': '{"x":1}\n' }, args: (dir) => ['compare', path.join(dir, 'a.ndjson'), path.join(dir, 'b.ndjson')], code: 1, names: 'a.ndjson', line: true },
    { name: 'verbs: compare a missing file', args: (dir) => ['compare', path.join(dir, 'gone.ndjson'), path.join(dir, 'gone2.ndjson')], code: 1, says: 'gone.ndjson' },
    { name: 'verbs: batch with a missing input', args: (dir) => ['batch', path.join(dir, 'gone.ndjson'), '--standard', MINI, '--out', path.join(dir, 'o.ndjson')], code: 1, says: 'gone.ndjson' },
    { name: 'verbs: batch with a broken --standard', files: { 's.yaml': 'id: [\n', 'in.ndjson': '{}\n' }, args: (dir) => ['batch', path.join(dir, 'in.ndjson'), '--standard', path.join(dir, 's.yaml'), '--out', path.join(dir, 'o.ndjson')], code: 1, names: 's.yaml', line: true },
    { name: 'folder: --standard is a folder', args: (dir) => ['score', TOWN, '--standard', dir], code: 1 },
    { name: 'folder: --standard is a missing file', args: (dir) => ['score', TOWN, '--standard', path.join(dir, 'nope.yaml')], code: 1, says: 'nope.yaml' },
  ];
}

// ---- command-line use (exit 2 for usage mistakes; the message in the chosen language) ----
function cliCases(): Case[] {
  const list: [string, string[], number][] = [
    ['unknown command', ['frobnicate'], 2],
    ['unknown command with escapes', ['\u001b[2Jx'], 2],
    ['score without files', ['score'], 2],
    ['score with an unknown flag', ['score', TOWN, '--colour'], 2],
    ['score with a bad --format', ['score', TOWN, '--format', 'pdf'], 2],
    ['score with both --standard and --scheme', ['score', TOWN, '--standard', MINI, '--scheme', MINI], 2],
    ['score with an unknown --target', ['score', TOWN, '--standard', MINI, '--target', 'galaxy'], 2],
    ['score with a bad --locale', ['score', TOWN, '--locale', 'fr'], 2],
    ['gap with two files', ['gap', TOWN, TOWN], 2],
    ['gap with a bad --format', ['gap', TOWN, '--format', 'pdf'], 2],
    ['lint without files', ['lint'], 2],
    ['show an unknown standard', ['show', 'nowhere@1.0.0'], 1],
    ['diff with one ref', ['diff', 'construction@1.0.0'], 2],
    ['form without a standard', ['form'], 2],
    ['batch without input', ['batch'], 2],
    ['standards with an unknown flag', ['standards', '--bogus'], 2],
    ['compare with one file', ['compare', TOWN], 2],
    ['score --target with escapes', ['score', TOWN, '--standard', MINI, '--target', '\u001b]0;pwned\u0007'], 2],
  ];
  return list.map(([what, args, code]) => ({ name: `CLI: ${what}`, args: () => args, code }));
}

const ALL: Case[] = [...inspectionCases(), ...rawCases(), ...csvCases(), ...xlsxCaseList(), ...standardCases(), ...storedCases(), ...folderCases(), ...cliCases()];

const STACK = /\n\s+at .+[:(]\d+:\d+\)?|Internal error|内部错误|TypeError|RangeError|ReferenceError/;

describe('hostile corpus (issue 9, Deliver 4)', () => {
  it('has at least 200 cases', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(200);
  });

  for (const c of ALL) {
    it(`hostile: ${c.name}`, async () => {
      const dir = tempDir('vsr-corpus-');
      for (const [name, content] of Object.entries(c.files ?? {})) writeFileSync(path.join(dir, name), content);
      await c.setup?.(dir);
      const run = await vsr(c.args(dir), { cwd: dir });
      const zh = c.messagesIn ? { ...run, stderr: run.stderr + JSON.stringify(readFileSync(path.join(dir, c.messagesIn), 'utf8')) } : run;
      expect(zh.stderr, `no stack trace: ${zh.stderr}`).not.toMatch(STACK);
      expect(zh.code, zh.stderr).toBe(c.code);
      expect(zh.stderr).not.toMatch(/[\u001b\u0007\u202e]/);
      if (c.code === 2 && c.args(dir).includes('--locale')) {
        expect(zh.stderr).toContain('--locale: zh-CN | en');
        return;
      }
      if (c.code === 2) {
        // a usage mistake: the message in the chosen language, in each language
        const en = await vsr([...c.args(dir), '--locale', 'en'], { cwd: dir });
        expect(en.code).toBe(2);
        expect(zh.stderr).toMatch(/[\u4e00-\u9fff]/);
        expect(en.stderr).toMatch(/[A-Za-z]{4,}/);
        return;
      }
      // one problem: the chosen language first, the other indented beneath (in a batch errors file: both texts)
      expect(zh.stderr).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.stderr).toMatch(c.messagesIn ? /"en\\?":\s*\\?"[^"\\]*[A-Za-z]{3,}/ : /\n {4}\S.*[A-Za-z]{3,}/);
      if (c.names) {
        const at = new RegExp(`${c.names.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s:]*${c.line ? ':\\d+' : ''}`);
        expect(zh.stderr).toMatch(at);
      }
      if (c.says) expect(zh.stderr).toMatch(typeof c.says === 'string' ? new RegExp(c.says.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : c.says);
    });
  }
});
