import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInspectionPaths, listInspectionFiles, readInspection } from '../../src/io/read.js';
import { formatProblem } from '../../src/i18n/problem.js';
import { MINI, TOWN } from '../report/helpers.js';

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'vsr-read-'));
}

describe('reading inspection files', () => {
  it('reads YAML and validates it against the standard given by a flag', async () => {
    const read = await readInspection(TOWN, { standard: MINI });
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.inspection.station.id).toBe('T-001');
  });

  it('names file, line and column of a wrong YAML answer in both languages', async () => {
    const dir = folder();
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, 'station: { id: T-2, name: 站, level: town }\nstandard: mini@1.0.0\ninspectedAt: 2024-05-01\nanswers:\n  m-org-1: maybe\n');
    const read = await readInspection(file, { standard: MINI });
    if (read.ok) throw new Error('expected a problem');
    expect(read.problems).toMatchObject([{ code: 'answer-boolean', file, line: 5, column: 12, pointer: '/answers/m-org-1' }]);
    expect(formatProblem(read.problems[0], 'zh-CN')).toBe(`${file}:5:12 /answers/m-org-1: 应填“是/否”（true/false）`);
  });

  it('names the line of a JSON syntax error', async () => {
    const file = path.join(folder(), 'bad.json');
    writeFileSync(file, '{\n  "station": {\n    "id": "x",,\n  }\n}\n');
    const read = await readInspection(file, { standard: MINI });
    if (read.ok) throw new Error('expected a problem');
    expect(read.problems[0]).toMatchObject({ file, line: 3 });
  });

  it('uses the shipped standard the file names (id@version) when no flag is given', async () => {
    const file = path.join(folder(), 'station.yaml');
    writeFileSync(file, 'station: { id: T-3, name: 站, level: village }\nstandard: construction@1.0.0\ninspectedAt: 2024-05-01\nanswers: {}\n');
    const read = await readInspection(file);
    expect(read.ok).toBe(true);
    if (read.ok) expect(`${read.compiled.id}@${read.compiled.version}`).toBe('construction@1.0.0');
  });

  it('asks for --standard or --scheme when the file names neither', async () => {
    const file = path.join(folder(), 'anon.yaml');
    writeFileSync(file, 'station: { id: T-4, name: 站, level: town }\ninspectedAt: 2024-05-01\nanswers: {}\n');
    const read = await readInspection(file);
    if (read.ok) throw new Error('expected a problem');
    expect(read.problems[0].code).toBe('inspection-no-standard');
    expect(read.problems[0].message.en).toBe('The inspection names no standard or scheme; give --standard or --scheme');
  });

  it('refuses other file types and reports missing files', async () => {
    const txt = path.join(folder(), 'notes.txt');
    writeFileSync(txt, 'x');
    const a = await readInspection(txt, { standard: MINI });
    expect(!a.ok && a.problems[0].code).toBe('inspection-file-type');
    const b = await readInspection(path.join(folder(), 'gone.csv'), { standard: MINI });
    expect(!b.ok && b.problems[0].code).toBe('file-not-found');
  });

  it('lists the inspections of a folder, leaving out hidden files, Excel lock files and other types', async () => {
    const dir = folder();
    for (const f of ['b.yaml', 'a.json', 'c.csv', 'd.xlsx', 'e.yml', '.hidden.yaml', '~$d.xlsx', 'readme.md']) writeFileSync(path.join(dir, f), '');
    mkdirSync(path.join(dir, 'sub.yaml'));
    expect((await listInspectionFiles(dir)).map((f) => path.basename(f))).toEqual(['a.json', 'b.yaml', 'c.csv', 'd.xlsx', 'e.yml']);
    const empty = folder();
    const expanded = await expandInspectionPaths([dir, empty, 'x.yaml'], '/');
    expect(expanded.files.map((f) => path.basename(f))).toEqual(['a.json', 'b.yaml', 'c.csv', 'd.xlsx', 'e.yml', 'x.yaml']);
    expect(expanded.fromFolder.size).toBe(5);
    expect(expanded.emptyFolders).toEqual([empty]);
  });
});
