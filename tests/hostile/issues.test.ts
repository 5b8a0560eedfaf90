// Regression tests for issue 9 (items 5–12) and issue 8 (items 1, 14, 19 .ods), each failing on the old main.
import { TRUSTED } from '../helpers/engine.js';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readInspection, listInspectionFiles } from '../../src/inspection/read.js';
import { readSource } from '../../src/standard/document.js';
import { decodeText, terminalSafe, xmlSafe } from '../../src/safe-text.js';
import { LIMITS } from '../../src/limits.js';
import { renderXlsx } from '../../src/report/xlsx.js';
import { MINI, ROOT, TOWN, townInputs, vsr } from '../report/helpers.js';
import { encodeGb18030 } from '../inspection/gb18030.js';
import { handMadeXlsx, miniTable, tempDir, writeTemp } from './files.js';

const TOWN_YAML = readFileSync(TOWN, 'utf8').replace('"<script>alert(1)</script>示例镇退役军人服务站"', '示例镇退役军人服务站');

describe('issue 8.1: percent cells and fractions', () => {
  it('issue 8.1: an exceljs cell 0.4 with number format 0% reads as 40', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    for (const r of miniTable([['m-org-1', '是'], ['m-svc-1', 0.4]])) ws.addRow(r as never[]);
    ws.getCell('B7').numFmt = '0%';
    const file = writeTemp('pct.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const read = await readInspection(file, { standard: MINI });
    expect(read.ok && read.inspection.answers['m-svc-1']).toBe(40);
    expect(read.ok && read.warnings).toEqual([]);
  });

  it('issue 8.1: a workbook made without exceljs (built-in format 9, as Excel writes it) reads 0.85 as 85', async () => {
    const file = writeTemp('excel.xlsx', await handMadeXlsx(miniTable([['m-org-1', '是'], ['m-svc-1', { n: 0.85, percent: true }]])));
    const read = await readInspection(file, { standard: MINI });
    expect(read.ok && read.inspection.answers['m-svc-1']).toBe(85);
  });

  it('issue 8.1: a fraction for a percent item without a percent format warns, located, in both languages', async () => {
    const file = writeTemp('plain.xlsx', await handMadeXlsx(miniTable([['m-org-1', '是'], ['m-svc-1', 0.4]])));
    const read = await readInspection(file, { standard: MINI });
    if (!read.ok) throw new Error('expected ok');
    expect(read.warnings).toMatchObject([{ code: 'percent-unscaled', file, line: 7, column: 2 }]);
    expect(read.warnings[0].message.en).toContain('40');
    expect(read.warnings[0].message['zh-CN']).toContain('40');
    const csv = writeTemp('a.csv', '站点编号,T-1\n站点名称,站\n站点层级,town\n检查日期,2024-05-01\n编号,答案\nm-svc-1,0.5\nm-svc-2,1\n');
    const c = await readInspection(csv, { standard: MINI });
    expect(c.ok && c.warnings.map((w) => [w.code, w.line])).toEqual([['percent-unscaled', 6]]);
    const pct = writeTemp('b.csv', '站点编号,T-1\n站点名称,站\n站点层级,town\n检查日期,2024-05-01\n编号,答案\nm-svc-1,0.5%\n');
    const p = await readInspection(pct, { standard: MINI });
    expect(p.ok && p.warnings).toEqual([]);
    const yaml = writeTemp('y.yaml', TOWN_YAML.replace('m-svc-1: 80', 'm-svc-1: 0.8'));
    const y = await readInspection(yaml, { standard: MINI });
    expect(y.ok && y.warnings.map((w) => [w.code, w.line])).toEqual([['percent-unscaled', 15]]);
    const cli = await vsr(['score', yaml, '--standard', MINI]);
    expect(cli.code).toBe(0);
    expect(cli.stderr).toMatch(/percent-unscaled|不大于 1/);
    expect(cli.stderr).toContain('at most 1');
  });
});

describe('issue 8.14: stored evaluation arrays', () => {
  it('issue 8.14: the JSON array vsr score writes for several files re-renders', async () => {
    const dir = tempDir();
    const a = writeTemp('a.yaml', TOWN_YAML, dir);
    writeTemp('b.yaml', TOWN_YAML.replace('T-001', 'T-002'), dir);
    const first = await vsr(['score', dir, '--standard', MINI]);
    expect(first.code).toBe(0);
    const arr = writeTemp('all.json', first.stdout);
    const again = await vsr(['score', arr, '--format', 'md', '--standard', MINI]);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('T-002');
    const json = await vsr(['score', arr, '--standard', MINI]);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(first.stdout));
    const single = writeTemp('one.json', (await vsr(['score', a, '--standard', MINI])).stdout);
    expect((await vsr(['score', single, '--format', 'md', '--standard', MINI])).code).toBe(0);
  });

  it('issue 8.14: an array with an entry that is not an evaluation is refused at that entry', async () => {
    const first = await vsr(['score', TOWN, TOWN, '--standard', MINI]);
    const list = JSON.parse(first.stdout);
    list.push({ schema: 'vsr/inspection@1' });
    const arr = writeTemp('mixed.json', JSON.stringify(list, null, 2));
    const r = await vsr(['score', arr, '--standard', MINI]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mixed\.json:\d+:\d+ \/2: /);
    expect(r.stderr).toContain('Entry 3 of the array is not an evaluation');
  });
});

describe('issue 8.19: .ods files', () => {
  it('issue 8.19: an .ods file is refused with a clear bilingual message, also from a folder', async () => {
    const dir = tempDir();
    writeTemp('station.ods', 'PK', dir);
    const r = await vsr(['score', path.join(dir, 'station.ods'), '--standard', MINI]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('另存为 .xlsx');
    expect(r.stderr).toContain('save it as .xlsx');
    const f = await vsr(['score', dir, '--standard', MINI]);
    expect(f.code).toBe(1);
    expect(f.stderr).toContain('station.ods');
  });
});

describe('issue 9.5: text encodings', () => {
  it('issue 9.5: YAML and JSON saved in GBK read their Chinese text intact', async () => {
    const yaml = writeTemp('gbk.yaml', encodeGb18030(TOWN_YAML.replace(/^#.*\n/gm, '')));
    const y = await readInspection(yaml, { standard: MINI });
    expect(y.ok && y.inspection.station.name).toBe('示例镇退役军人服务站');
    const json = writeTemp('gbk.json', encodeGb18030(JSON.stringify({ station: { id: 'T', name: '白沙镇服务站', level: 'town' }, inspectedAt: '2024-05-01', answers: {} })));
    const j = await readInspection(json, { standard: MINI });
    expect(j.ok && j.inspection.station.name).toBe('白沙镇服务站');
    const std = writeTemp('gbk-std.yaml', encodeGb18030(readFileSync(MINI, 'utf8')));
    const s = await readSource(std);
    expect((s.doc?.data as { title: { 'zh-CN': string } }).title['zh-CN']).toBe('迷你测试标准');
  });

  it('issue 9.5: invalid bytes are refused with file and line, UTF-16 and binary named', async () => {
    const utf8 = new TextEncoder().encode('a: 站\nb: 点\n');
    const damaged = new Uint8Array([...utf8, ...new TextEncoder().encode('c: '), 0xff, 0x0a]);
    expect(decodeText(damaged, 'f.yaml')).toMatchObject({ problem: { code: 'text-invalid', file: 'f.yaml', line: 3 } });
    const bad = writeTemp('bad.yaml', damaged);
    const r = await vsr(['score', bad, '--standard', MINI]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:3: /);
    expect(r.stderr).toContain('not valid UTF-8');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toMatchObject({ problem: { code: 'text-utf16', line: 1 } });
    expect(decodeText(new TextEncoder().encode('a\nb\0'))).toMatchObject({ problem: { code: 'text-binary', line: 2 } });
    expect(decodeText(new Uint8Array([0x61, 0x0a, 0x81, 0x0a]))).toMatchObject({ problem: { code: 'text-invalid', line: 2 } });
  });
});

describe('issue 9.6: symbolic links in folders', () => {
  it('issue 9.6: a symlinked inspection in a folder is scored; a dangling link and a loop are reported', async () => {
    const dir = tempDir();
    const real = writeTemp('real.yaml', TOWN_YAML, tempDir());
    symlinkSync(real, path.join(dir, 'linked.yaml'));
    expect((await listInspectionFiles(dir)).map((f) => path.basename(f))).toEqual(['linked.yaml']);
    const ok = await vsr(['score', dir, '--standard', MINI]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toHaveLength(1);
    symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'dangling.yaml'));
    symlinkSync(path.join(dir, 'loop.yaml'), path.join(dir, 'loop.yaml'));
    const bad = await vsr(['score', dir, '--standard', MINI]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('dangling.yaml');
    expect(bad.stderr).toContain('a dangling link');
    expect(bad.stderr).toContain('is a loop');
    expect(JSON.parse(bad.stdout)).toHaveLength(1);
  });

  it('issue 9.6: batch over a folder follows a symlinked file', async () => {
    const dir = tempDir();
    const real = writeTemp('real.yaml', TOWN_YAML, tempDir());
    symlinkSync(real, path.join(dir, 'linked.yaml'));
    const out = path.join(tempDir(), 'out.ndjson');
    const r = await vsr(['batch', dir, '--standard', MINI, '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(1);
  });
});

describe('issue 9.7: tampered stored evaluations', () => {
  async function stored(): Promise<Record<string, any>> {
    return JSON.parse((await vsr(['score', TOWN, '--standard', MINI])).stdout);
  }
  const cases: [string, (e: Record<string, any>) => void, RegExp][] = [
    ['an item the standard lacks', (e) => (e.items[0].id = 'zz-fake'), /\/items\/0\/id: .*zz-fake/],
    ['points beyond the maximum', (e) => (e.score.points = 1e9), /\/score\/points: /],
    ['item points beyond the item maximum', (e) => (e.items[0].points = 99), /\/items\/0\/points: /],
    ['a level the standard lacks', (e) => (e.rating.level = 'platinum'), /\/rating\/level: .*platinum/],
    ['a percent that does not follow from the points', (e) => (e.score.percent = 99), /\/score\/percent: /],
    ['an item maximum other than the standard says', (e) => (e.items[0].max = 50), /\/items\/0\/max: /],
  ];
  for (const [what, tamper, where] of cases) {
    it(`issue 9.7: ${what} is refused with its place`, async () => {
      const e = await stored();
      tamper(e);
      const file = writeTemp('tampered.json', JSON.stringify(e, null, 2));
      const r = await vsr(['score', file, '--format', 'md', '--standard', MINI]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/tampered\.json:\d+:\d+ /);
      expect(r.stderr).toMatch(where);
      expect(r.stdout).toBe('');
    });
  }
  it('issue 9.7: an untouched stored evaluation still re-renders', async () => {
    const file = writeTemp('fine.json', JSON.stringify(await stored()));
    expect((await vsr(['score', file, '--format', 'md', '--standard', MINI])).code).toBe(0);
  });
});

describe('issue 9.8: formulas without a cached value', () => {
  it('issue 9.8: an answer cell with a formula and no value is a located error; with a value, the value counts', async () => {
    const noValue = writeTemp('f.xlsx', await handMadeXlsx(miniTable([['m-org-1', '是'], ['m-svc-2', { f: 'SUM(1,2)' }]])));
    const r = await readInspection(noValue, { standard: MINI });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toMatchObject([{ code: 'xlsx-formula-no-value', file: noValue, line: 7, column: 2 }]);
      expect(r.problems[0].message.en).toContain('SUM(1,2)');
    }
    const withValue = writeTemp('g.xlsx', await handMadeXlsx(miniTable([['m-org-1', '是'], ['m-svc-2', { f: 'SUM(1,2)', v: 3 }]])));
    const w = await readInspection(withValue, { standard: MINI });
    expect(w.ok && w.inspection.answers['m-svc-2']).toBe(3);
  });
});

describe('issue 9.9: duplicate level ids', () => {
  it('issue 9.9: two levels with the same id in a scheme lint as an error', async () => {
    const dir = tempDir();
    for (const f of ['construction.yaml', 'service.yaml', 'safety.yaml']) writeFileSync(path.join(dir, f), readFileSync(path.join(ROOT, 'tests/fixtures', f)));
    const scheme = readFileSync(path.join(ROOT, 'tests/fixtures/scheme.yaml'), 'utf8').replace('  - id: four\n', '  - id: three\n');
    writeFileSync(path.join(dir, 'scheme.yaml'), scheme);
    const r = await vsr(['lint', path.join(dir, 'scheme.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/scheme\.yaml:\d+:\d+ \/levels\/1\/id: /);
    expect(r.stderr).toContain('Level id three appears twice');
  });
});

describe('issue 9.10: limits', () => {
  it('issue 9.10: an .xlsx whose part inflates beyond the limit is refused quickly', async () => {
    const big = new Uint8Array(LIMITS.xlsxPartBytes + 1024 * 1024); // zeros: compress to ~35 KB
    const bytes = await handMadeXlsx(miniTable([['m-org-1', '是']]), { 'xl/media/bomb.bin': big });
    expect(bytes.length).toBeLessThan(LIMITS.xlsxPartBytes / 100);
    const file = writeTemp('bomb.xlsx', bytes);
    const started = Date.now();
    const r = await vsr(['score', file, '--standard', MINI]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bomb.xlsx');
    expect(r.stderr).toContain('Limit exceeded: decompressed part xl/media/bomb.bin');
  });

  it('issue 9.10: nesting deeper than the limit is refused with its line', async () => {
    const deep = 'a: ' + '['.repeat(LIMITS.nestingDepth + 5) + ']'.repeat(LIMITS.nestingDepth + 5) + '\n';
    const file = writeTemp('deep.yaml', 'x: 1\n' + deep);
    const s = await readSource(file);
    expect(s.problems).toMatchObject([{ code: 'limit-exceeded', line: 2 }]);
    const json = writeTemp('deep.json', '['.repeat(100000) + ']'.repeat(100000));
    const r = await vsr(['score', json, '--standard', MINI]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/deep\.json:1:\d+: /);
  });

  it('issue 9.10: more answers than the limit, and more rows than the limit, are refused', async () => {
    const answers = Object.fromEntries(Array.from({ length: LIMITS.answers + 1 }, (_, i) => [`x-${i}`, 1]));
    const file = writeTemp('many.json', JSON.stringify({ station: { id: 'T', name: 'n', level: 'town' }, inspectedAt: '2024-05-01', answers }));
    const r = await readInspection(file, { standard: MINI });
    expect(!r.ok && r.problems[0]).toMatchObject({ code: 'limit-exceeded', pointer: '/answers', line: 1 });
    const rows = '站点编号,T-1\n编号,答案\n' + 'm-org-1,是\n'.repeat(LIMITS.tableRows);
    const c = await readInspection(writeTemp('rows.csv', rows), { standard: MINI });
    expect(!c.ok && c.problems[0]).toMatchObject({ code: 'limit-exceeded', line: LIMITS.tableRows + 1 });
  });

  it('issue 9.10: the README limits table states the figures of src/limits.ts', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Limits / 限制'));
    expect(table.length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(LIMITS)) {
      const row = table.split('\n').find((l) => l.includes(`\`${name}\``));
      expect(row, name).toBeDefined();
      expect(row!.replace(/[ ,_]/g, ''), name).toContain(`|${value}|`);
    }
  });
});

describe('issue 9.11: terminal safety', () => {
  const evil = '站\u001b]8;;http://x\u0007链接\u001b]8;;\u0007\u001b[2J\u202e\u2066';
  it('issue 9.11: terminalSafe shows control and bidi characters as escapes and keeps tab and newline', () => {
    expect(terminalSafe(`a\tb\n${evil}\u0085\u009b`)).toBe('a\tb\n站\\x1b]8;;http://x\\x07链接\\x1b]8;;\\x07\\x1b[2J\\u202e\\u2066\\x85\\x9b');
  });

  it('issue 9.11: vsr gap, Markdown output and error messages neutralise escapes; JSON keeps them', async () => {
    const file = writeTemp('evil.yaml', TOWN_YAML.replace('name: 示例镇退役军人服务站', `name: ${JSON.stringify(evil)}`));
    for (const args of [['gap', file], ['gap', file, '--format', 'md'], ['score', file, '--format', 'md']]) {
      const r = await vsr([...args, '--standard', MINI]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('链接');
      expect(r.stdout).not.toMatch(/[\u001b\u0007\u202e\u2066]/);
    }
    const json = await vsr(['score', file, '--standard', MINI]);
    expect(JSON.parse(json.stdout).station.name).toBe(evil);
    const bad = writeTemp('evil-answer.yaml', TOWN_YAML.replace('m-svc-2: 3', `"m-\u001b[2Jx": 3`));
    const e = await vsr(['score', bad, '--standard', MINI]);
    expect(e.code).toBe(1);
    expect(e.stderr).toContain('\\x1b[2J');
    expect(e.stderr).not.toContain('\u001b');
    const u = await vsr(['\u001b[2Jscore']);
    expect(u.stderr).not.toContain('\u001b');
  });
});

describe('issue 9.12: XML-illegal characters in XLSX output', () => {
  it('issue 9.12: U+FFFE, U+FFFF and control characters in a station name give an XLSX that parses as XML', async () => {
    expect(xmlSafe('a\uffffb\ufffe\u0001\ud800c\t')).toBe('a\ufffdb\ufffd\ufffd\ufffdc\t');
    const { standard } = await townInputs();
    const input = { ...standard, evaluation: { ...standard.evaluation, station: { ...standard.evaluation.station, name: '站\uffff\ufffe\u0001名' } } };
    const buf = await renderXlsx([input]);
    const zip = await JSZip.loadAsync(buf);
    const all = (await Promise.all(Object.values(zip.files).filter((f) => f.name.endsWith('.xml')).map((f) => f.async('string')))).join('');
    expect(all).not.toMatch(/[\uffff\ufffe\u0001]|&#x?(?:1|ffff|fffe|65535|65534);/i);
    expect(all).toContain('站\ufffd\ufffd\ufffd名');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as never);
    expect(wb.worksheets.length).toBeGreaterThan(0);
  });

  it('issue 9.12: the blank form of a standard whose title holds U+FFFF is XML-safe', async () => {
    const dir = tempDir();
    const std = path.join(dir, 'mini.yaml');
    writeFileSync(std, readFileSync(MINI, 'utf8').replace('title: { zh-CN: 有机构, en: Has an organisation }', 'title: { zh-CN: "有机构\\uffff", en: Has an organisation }'));
    const out = path.join(dir, 'form.xlsx');
    const r = await vsr(['form', std, '--out', out]);
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const all = (await Promise.all(Object.values(zip.files).filter((f) => f.name.endsWith('.xml')).map((f) => f.async('string')))).join('');
    expect(all).not.toContain('\uffff');
    expect(all).toContain('有机构\ufffd');
  });
});


describe('issue 9.5: GBK lines that happen to be valid UTF-8', () => {
  it('issue 9.5: a GBK file whose one-character line is also valid UTF-8 still reads as GBK', () => {
    // 站 in GBK is D5 BE, also the valid UTF-8 of U+057E (վ): the file's other lines decide.
    const text = 'name: 站\nnote: 白沙镇退役军人服务站\nregion: 浙江省示例市\n';
    const bytes = encodeGb18030(text);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 8))).toBe('name: \u057e');
    expect(decodeText(bytes)).toEqual({ text, encoding: 'gb18030' });
  });
});

describe('issue 8.1: the four-star example typed into the form with Excel percentages', () => {
  it('issue 8.1: percent answers stored as fractions with a percent format keep the four-star town at four stars', async () => {
    const { writeInspectionForm } = await import('../../src/inspection/form.js');
    const { loadDocument } = await import('../../src/standard/load.js');
    const { compile } = await import('../../src/standard/compile.js');
    const { evaluate } = await import('../../src/evaluate.js');
    const { parse } = await import('yaml');
    const example = parse(readFileSync(path.join(ROOT, 'examples/inspections/four-star-town.yaml'), 'utf8'));
    const compiled = compile((await loadDocument(example.scheme, undefined, TRUSTED)).doc);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeInspectionForm(compiled)) as never);
    const sheet = wb.worksheets[0];
    const rowOf = new Map<string, number>();
    const cols = new Map<string, number>();
    let header = 0;
    sheet.eachRow((row, n) => {
      row.eachCell((c, k) => {
        const text = String(c.value ?? '');
        if (text.startsWith('编号 / ID')) header = n;
        if (header === n) cols.set(text.split(' / ')[1], k);
        if (header && n > header && !c.isMerged && compiled.itemIndex.has(text)) rowOf.set(text, n);
        if (!header && / \/ Station (ID|name|level)| \/ Inspection date/.test(text)) row.getCell(3).value = { 'Station ID': example.station.id, 'Station name': example.station.name, 'Station level': example.station.level, 'Inspection date': example.inspectedAt }[text.split(' / ')[1].replace(' *', '')] ?? null;
      });
    });
    let percentItems = 0;
    for (const [id, entry] of Object.entries(example.answers as Record<string, any>)) {
      const value = entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? entry.value : entry;
      const item = compiled.items[compiled.itemIndex.get(id)!];
      const cell = sheet.getRow(rowOf.get(id)!).getCell(cols.get('Answer')!);
      if (item.check.type === 'threshold' && item.check.unit === 'percent') {
        cell.value = value / 100; // what Excel stores for a typed "85%"
        cell.style = { ...cell.style, numFmt: '0%' }; // a style of its own: exceljs shares loaded styles between cells
        percentItems++;
      } else cell.value = typeof value === 'boolean' ? (value ? '是' : '否') : Array.isArray(value) ? value.join(', ') : value;
      const evidence = (entry?.evidence ?? []) as { kind: string; date?: string; ref?: string }[];
      if (evidence.length) sheet.getRow(rowOf.get(id)!).getCell(cols.get('Evidence provided')!).value = evidence.map((e) => [e.kind, e.date, e.ref].filter(Boolean).join(':')).join('; ');
    }
    expect(percentItems).toBeGreaterThan(0);
    const file = writeTemp('four-star.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const read = await readInspection(file);
    if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)));
    expect(read.warnings).toEqual([]);
    const fromForm = evaluate(read.compiled, read.inspection);
    const fromYaml = (await readInspection(path.join(ROOT, 'examples/inspections/four-star-town.yaml')));
    if (!fromYaml.ok) throw new Error('example invalid');
    const expected = evaluate(fromYaml.compiled, fromYaml.inspection);
    expect(fromForm.rating.level).toBe(expected.rating.level);
    expect(fromForm.rating.level).not.toBeNull();
    expect(fromForm.score.percent).toBe(expected.score.percent);
  });
});
