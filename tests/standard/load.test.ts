import { describe, expect, it } from 'vitest';
import { loadRatingScheme, loadStandard } from '../../src/index.js';
import { readSource } from '../../src/standard/document.js';
import type { Problem } from '../../src/i18n/problem.js';
import { fixture, loadProblems, TRUSTED } from '../helpers/engine.js';

/** A problem placed in a file: code, file, line, column, pointer and both languages. */
function expectPlaced(p: Problem, code: string, file: string, line: number, column: number, pointer: string): void {
  expect(p.code).toBe(code);
  expect(p.file).toBe(file);
  expect(p.line).toBe(line);
  expect(p.column).toBe(column);
  expect(p.pointer).toBe(pointer);
  expect(p.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  expect(p.message.en).toMatch(/[A-Za-z]/);
  expect(p.message.en).not.toBe(p.message['zh-CN']);
}

const bad = (name: string) => fixture(`bad/${name}`);

describe('loading fixtures', () => {
  it('loads every fixture standard and the scheme', async () => {
    for (const name of ['construction.yaml', 'service.yaml', 'service-county.yaml', 'safety.yaml', 'mini.yaml']) {
      const std = await loadStandard(fixture(name), TRUSTED);
      expect(std.schema).toBe('vsr/standard@1');
    }
    const scheme = await loadRatingScheme(fixture('scheme.yaml'), TRUSTED);
    expect(scheme.components!.map((c) => c.weight)).toEqual([6, 4, 0]);
  });

  it('loads a shipped standard by id and by id@version', async () => {
    const byId = await loadStandard('construction');
    const byVersion = await loadStandard(`construction@${byId.version}`, TRUSTED);
    expect(byVersion.id).toBe('construction');
    expect(byVersion.version).toBe(byId.version);
  });

  it('refuses a scheme where a standard is wanted, and the reverse', async () => {
    const [p] = await loadProblems(() => loadStandard(fixture('scheme.yaml'), TRUSTED));
    expect(p.code).toBe('wrong-kind');
    const [q] = await loadProblems(() => loadRatingScheme(fixture('service.yaml'), TRUSTED));
    expect(q.code).toBe('wrong-kind');
  });
});

describe('loader errors carry code, file, line, column, pointer and zh-CN + en messages', () => {
  it('duplicate id', async () => {
    const problems = await loadProblems(() => loadStandard(bad('duplicate-id.yaml'), TRUSTED));
    expect(problems).toHaveLength(1);
    // line 13 is the second `- id: x-1`; the value starts at column 13
    expectPlaced(problems[0], 'duplicate-id', bad('duplicate-id.yaml'), 13, 13, '/sections/0/items/1/id');
    expect(problems[0].params).toEqual({ id: 'x-1', first: '/sections/0/items/0' });
  });

  it('section points and totalPoints that do not add up', async () => {
    const problems = await loadProblems(() => loadStandard(bad('points-mismatch.yaml'), TRUSTED));
    const section = problems.find((p) => p.code === 'section-points-mismatch')!;
    // declared 10, items 4 + 5 = 9
    expectPlaced(section, 'section-points-mismatch', bad('points-mismatch.yaml'), 9, 13, '/sections/0/points');
    expect(section.params).toEqual({ id: 'sec', declared: 10, actual: 9 });
    const total = problems.find((p) => p.code === 'total-points-mismatch')!;
    expectPlaced(total, 'total-points-mismatch', bad('points-mismatch.yaml'), 5, 14, '/totalPoints');
    expect(total.params).toEqual({ declared: 12, actual: 9 });
    expect(problems).toHaveLength(2);
  });

  it('grades out of order', async () => {
    const [p] = await loadProblems(() => loadStandard(bad('grade-order.yaml'), TRUSTED));
    expectPlaced(p, 'grades-order', bad('grade-order.yaml'), 16, 37, '/sections/0/items/0/check/grades/1/fraction');
  });

  it('an undefined source', async () => {
    const problems = await loadProblems(() => loadStandard(bad('unknown-source.yaml'), TRUSTED));
    expect(problems).toHaveLength(1);
    expectPlaced(problems[0], 'unknown-source', bad('unknown-source.yaml'), 15, 26, '/sections/0/items/0/sources/1');
    expect(problems[0].params).toEqual({ id: 'nowhere' });
  });

  it('a forbidden __proto__ key', async () => {
    const problems = await loadProblems(() => loadStandard(bad('proto.yaml'), TRUSTED));
    expect(problems).toHaveLength(1);
    expectPlaced(problems[0], 'forbidden-key', bad('proto.yaml'), 13, 9, '/sections/0/items/0/__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a YAML alias bomb', async () => {
    const problems = await loadProblems(() => loadStandard(bad('alias-bomb.yaml'), TRUSTED));
    expect(problems).toHaveLength(1);
    // placed at the first alias, `*a` on line 6 (`b: &b [*a`: column 8)
    expectPlaced(problems[0], 'yaml-alias-limit', bad('alias-bomb.yaml'), 6, 8, '');
  });

  it('a file too large', async () => {
    const file = fixture('mini.yaml');
    const { doc, problems } = await readSource(file, 100);
    expect(doc).toBeUndefined();
    expect(problems).toHaveLength(1);
    expectPlaced(problems[0], 'file-too-large', file, 1, 1, '');
    expect(problems[0].params?.limit).toBe(100);
    expect(Number(problems[0].params?.size)).toBeGreaterThan(100);
  });

  it('a YAML syntax error names its line', async () => {
    const problems = await loadProblems(() => loadStandard(bad('syntax.yaml'), TRUSTED));
    expect(problems.length).toBeGreaterThanOrEqual(1);
    // the flow map opened on line 7 is not closed before line 8
    expectPlaced(problems[0], 'yaml-syntax', bad('syntax.yaml'), 8, 5, '');
  });

  it('an unknown reference in extends', async () => {
    const problems = await loadProblems(() => loadStandard(bad('unknown-ref.yaml'), TRUSTED));
    expect(problems).toHaveLength(1);
    expectPlaced(problems[0], 'unknown-ref', bad('unknown-ref.yaml'), 5, 10, '/extends');
    expect(problems[0].params?.ref).toBe('nowhere@9.9.9');
  });

  it('an unknown reference given to loadStandard has no file but a clear code', async () => {
    const [p] = await loadProblems(() => loadStandard('no-such-standard'));
    expect(p.code).toBe('unknown-ref');
    expect(p.params?.ref).toBe('no-such-standard');
    expect(p.message.en).toContain('no-such-standard');
  });

  it('an extends cycle', async () => {
    const problems = await loadProblems(() => loadStandard(bad('cycle-a.yaml'), TRUSTED));
    expect(problems).toHaveLength(1);
    // cycle-a → cycle-b → cycle-a: reported in cycle-b, whose `extends` (line 5) closes the cycle
    expectPlaced(problems[0], 'extends-cycle', bad('cycle-b.yaml'), 5, 10, '/extends');
    expect(String(problems[0].params?.chain)).toContain('cycle-a.yaml');
  });

  it('a schema error is placed at its field', async () => {
    const problems = await loadProblems(() => loadStandard(bad('schema-error.yaml'), TRUSTED));
    const p = problems.find((q) => q.code === 'schema-type')!;
    expectPlaced(p, 'schema-type', bad('schema-error.yaml'), 11, 17, '/sections/0/items/0/points');
  });
});
