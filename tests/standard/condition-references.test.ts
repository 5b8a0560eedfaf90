// issue 10.1: the scheme lint finds the ids a level condition names from the schema (`x-refers-to` on the
// property), not from a chain of `'x' in cond` in src/standard/semantic.ts: a new condition type that names
// items, sections or standards needs no lint code (docs/architecture.md counts the files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import schemeSchema from '../../schemas/rating-scheme.schema.json';
import { conditionReferenceProblems } from '../../src/standard/semantic.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const known = { item: new Set(['a', 'b']), section: new Set(['s1']), standard: new Set(['std']) };

describe('condition references (issue 10.1)', () => {
  it('issue 10.1: a new condition form declared in the schema is linted with no code of its own', () => {
    // a made-up condition type `itemsFailedAtMost` naming items and a section, added to a copy of the schema
    const schema = structuredClone(schemeSchema) as unknown as { $defs: Record<string, any> };
    schema.$defs.Condition.oneOf.push({ $ref: '#/$defs/ItemsFailedCondition' });
    schema.$defs.ItemsFailedCondition = {
      type: 'object',
      required: ['itemsFailedAtMost'],
      properties: { itemsFailedAtMost: { type: 'array', 'x-refers-to': 'item' }, within: { type: 'string', 'x-refers-to': 'section' }, count: { type: 'number' } },
    };
    const problems = conditionReferenceProblems({ itemsFailedAtMost: ['a', 'zz'], within: 'nowhere', count: 1 }, '/levels/0/requires/2', known, schema);
    expect(problems.map((p) => [p.code, p.pointer, p.params?.id])).toEqual([
      ['scheme-unknown-item', '/levels/0/requires/2/itemsFailedAtMost/1', 'zz'],
      ['scheme-unknown-section', '/levels/0/requires/2/within', 'nowhere'],
    ]);
  });

  it('issue 10.1: the shipped condition forms declare their references, and semantic.ts tells no condition apart by its key', () => {
    const at = '/levels/1/requires/0';
    expect(conditionReferenceProblems({ itemsPassed: ['a', 'x'] }, at, known).map((p) => p.pointer)).toEqual([`${at}/itemsPassed/1`]);
    expect(conditionReferenceProblems({ section: 'x', minPercent: 50 }, at, known).map((p) => p.code)).toEqual(['scheme-unknown-section']);
    expect(conditionReferenceProblems({ standardMet: 'x' }, at, known).map((p) => p.code)).toEqual(['scheme-unknown-standard']);
    expect(conditionReferenceProblems({ standardMet: 'std', orItemsPassed: ['x'] }, at, known)).toEqual([]); // orItemsPassed: an unknown id never passes (unchanged)
    expect(conditionReferenceProblems({ noVeto: true }, at, known)).toEqual([]);
    const source = readFileSync(path.join(ROOT, 'src/standard/semantic.ts'), 'utf8');
    expect(source).not.toMatch(/'(itemsPassed|section)' in cond/);
  });
});
