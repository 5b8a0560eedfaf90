// Issue 12.7: the shipped example inspections are fiction and say so. Every file is marked
// `example: true` (every report then opens with 示例数据 / Example data), names no real county, city or
// town that an earlier version attached invented incidents to, and names no inspector: people are ×××.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIR = path.join(ROOT, 'examples/inspections');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory() ? files(full) : /\.ya?ml$/.test(f) ? [full] : [];
  });
}

// Real places the 1.0.0 examples used to name (with invented petitions, titles and failures).
const REAL_PLACES = ['平湖', '桐乡', '平阳', '嘉兴', '温州', '新埭', '濮院', '鳌江', '乍浦', '雅山', '钟埭', '钟溪', '新仓', '芦湾', '萧江', '平兴'];

describe('issue 12.7: example inspections are marked fiction', () => {
  const all = files(DIR);
  it('finds the examples', () => expect(all.length).toBeGreaterThanOrEqual(19));
  it.each(all.map((f) => [path.relative(ROOT, f), f]))('%s is example: true, names no real place and no person', (_, file) => {
    const text = readFileSync(file, 'utf8');
    const doc = parse(text);
    expect(doc.example).toBe(true);
    for (const place of REAL_PLACES) expect(text, place).not.toContain(place);
    // the inspector names a body, with people only as ××× placeholders (or none)
    const people = String(doc.inspector ?? '').match(/（([^）]*)）/)?.[1];
    if (people) expect(people.split('、').every((p) => /^×+$/.test(p) || /示例|虚构/.test(p)), people).toBe(true);
  });
});
