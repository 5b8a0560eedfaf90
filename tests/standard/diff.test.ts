import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { compile } from '../../src/index.js';
import { diffStandards } from '../../src/standard/diff.js';
import { MINI, scratch, vsr } from '../batch/helpers.js';

// mini 1.0.0 and a 1.1.0 made from it by hand: m-org-2 worth 5 instead of 6 with fresher photos,
// the veto on m-org-1 dropped, m-svc-1's target lowered to 85, m-svc-3 replaced by m-svc-5, the
// service section renamed, the pass mark raised to 65 (sections and total re-summed: 9 + 10 = 19).
const v1 = parse(readFileSync(MINI, 'utf8'));
const v2 = structuredClone(v1);
v2.version = '1.1.0';
v2.passMark = 65;
v2.totalPoints = 19;
const [org, svc] = v2.sections;
org.points = 9;
delete org.items[0].veto;
org.items[1].points = 5;
org.items[1].evidence[0].maxAgeDays = 180;
svc.title = { 'zh-CN': '服务质量', en: 'Service quality' };
svc.items[0].check.target = 85;
svc.items.splice(2, 1, { id: 'm-svc-5', title: { 'zh-CN': '代办', en: 'Errands' }, points: 3, check: { type: 'boolean' }, effort: 'S' });

describe('vsr diff', () => {
  it('lists items added, removed and changed field by field, with sections, levels and settings', () => {
    const d = diffStandards(compile(v1), compile(v2));
    expect(d.same).toBe(false);
    expect(d.fields).toEqual([{ field: 'version', from: '1.0.0', to: '1.1.0' }]);
    expect(d.components.changed).toEqual([{ id: 'mini', changes: [
      { field: 'version', from: '1.0.0', to: '1.1.0' },
      { field: 'totalPoints', from: 20, to: 19 },
      { field: 'passMark', from: 60, to: 65 },
    ] }]);
    expect(d.levels.changed).toEqual([{ id: 'pass', changes: [{ field: 'minPercent', from: 60, to: 65 }] }]);
    expect(d.sections).toEqual({ added: [], removed: [], changed: [{ id: 'svc', changes: [{ field: 'title', from: { 'zh-CN': '服务', en: 'Service' }, to: { 'zh-CN': '服务质量', en: 'Service quality' } }] }] });
    expect(d.items.added).toEqual([{ id: 'm-svc-5', title: { 'zh-CN': '代办', en: 'Errands' }, component: 'mini', section: 'svc', points: 3, type: 'boolean' }]);
    expect(d.items.removed.map((i) => i.id)).toEqual(['m-svc-3']);
    expect(d.items.changed).toEqual([
      { id: 'm-org-1', changes: [{ field: 'veto', from: { 'zh-CN': '五有未落实', en: 'Five haves not in place' }, to: null }] },
      { id: 'm-org-2', changes: [{ field: 'points', from: 6, to: 5 }, { field: 'evidence', from: [{ kind: 'photo', min: 1, maxAgeDays: 365 }], to: [{ kind: 'photo', min: 1, maxAgeDays: 180 }] }] },
      { id: 'm-svc-1', changes: [{ field: 'check.target', from: 90, to: 85 }] },
    ]);
  });

  it('finds nothing to report between a standard and itself', () => {
    const d = diffStandards(compile(v1), compile(structuredClone(v1)));
    expect(d.same).toBe(true);
    expect([d.fields, d.items.added, d.items.removed, d.items.changed, d.sections.changed, d.levels.changed]).toEqual([[], [], [], [], [], []]);
  });

  it('prints the changes as text or JSON from two files', async () => {
    const dir = scratch('diff');
    const file = path.join(dir, 'mini-1.1.0.yaml');
    writeFileSync(file, stringify(v2));
    const text = await vsr(['diff', MINI, file, '--locale', 'en']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Changes: mini@1.0.0 → mini@1.1.0');
    expect(text.stdout).toContain('  + m-svc-5  Errands  (3, boolean)  [mini / svc]\n  − m-svc-3  Petitions  (3, deduction)  [mini / svc]\n  ~ m-org-1\n      veto: “Five haves not in place” → —');
    expect(text.stdout).toContain('      check.target: 90 → 85');
    expect(text.stdout).toContain('Items: 1 added, 1 removed, 3 changed');
    const json = await vsr(['diff', MINI, file, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ schema: 'vsr/standard-diff@1', from: { version: '1.0.0' }, to: { version: '1.1.0' } });
    expect((await vsr(['diff', MINI])).code).toBe(2);
    const missing = await vsr(['diff', MINI, path.join(dir, 'none.yaml'), '--locale', 'en']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('File not found');
  });
});
