// issue 10.1: the station-level vocabulary is one module (src/i18n/station-levels.ts): the order, the names
// in both languages, the short forms a table may use, the `vsr form --level` choices and how the generator
// makes up stations all come from it, so a new level is one entry there plus the schema's StationLevel.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import standardSchema from '../../schemas/standard.schema.json';
import { STATION_LEVEL_INFO, STATION_LEVELS, stationLevelNames } from '../../src/i18n/station-levels.js';
import { stationLevelNames as catalogueNames } from '../../src/i18n/messages.js';
import { formCommand } from '../../src/cli/commands/form.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('station levels in one place (issue 10.1)', () => {
  it('issue 10.1: the schema enum, the names, the form choices and the short forms all come from one list', () => {
    expect([...STATION_LEVELS].sort()).toEqual([...standardSchema.$defs.StationLevel.enum].sort());
    expect(catalogueNames).toBe(stationLevelNames);
    for (const l of STATION_LEVEL_INFO) {
      expect(l.name['zh-CN'] && l.name.en, l.id).toBeTruthy();
      expect(l.words.length, l.id).toBeGreaterThan(0);
      expect(l.sample.share, l.id).toBeGreaterThan(0);
    }
    expect(new Set(STATION_LEVEL_INFO.map((l) => l.sample.code)).size).toBe(STATION_LEVELS.length);
    expect(formCommand.usage).toContain(`--level ${STATION_LEVELS.join('|')}`);
  });

  it('issue 10.1: no other source file lists the station levels', () => {
    const list = /['"`|](county|town|village|enterprise)['"`]?\s*[,|]\s*['"`]?(county|town|village|enterprise)\b/;
    const others = sources(path.join(ROOT, 'src'))
      .filter((f) => !/station-levels\.ts$|shipped-data\.ts$|schema-validators\.ts$|types[/\\]contracts\.ts$/.test(f))
      .filter((f) => list.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(others).toEqual([]);
  });
});
