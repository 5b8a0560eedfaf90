// Regression tests for issue 8 (command line and reports): each test fails on the main of 2026-11-30.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, vsr } from '../report/helpers.js';

const tmp = (name: string) => mkdtempSync(path.join(tmpdir(), `vsr-i8-${name}-`));

const STATION = 'schema: vsr/inspection@1\nstation: { id: T-1, name: 测试站, level: town }\nstandard: ./toy.yaml\ninspectedAt: 2024-05-01\nanswers:\n  m-org-1: true\n';

/** A folder `in/` holding toy.yaml (the mini standard) and station.yaml naming it as `./toy.yaml`. */
function pathRefFolder(): { dir: string; station: string } {
  const dir = tmp('pathref');
  mkdirSync(path.join(dir, 'in'));
  copyFileSync(MINI, path.join(dir, 'in', 'toy.yaml'));
  writeFileSync(path.join(dir, 'in', 'station.yaml'), STATION);
  return { dir, station: path.join(dir, 'in', 'station.yaml') };
}

describe('issue 8: command line and reports', () => {
  it('issue 8.8: an inspection naming its standard by a path relative to the file is scored by score, gap and batch', async () => {
    const { dir, station } = pathRefFolder();
    // run from another folder: the path is relative to the inspection file, not the current folder
    const score = await vsr(['score', station], { cwd: dir });
    expect(score.stderr).toBe('');
    expect(score.code).toBe(0);
    const evaluation = JSON.parse(score.stdout);
    expect(evaluation.standard.id).toBe('mini');
    expect(evaluation.score.points).toBe(4);
    const gap = await vsr(['gap', station, '--format', 'json'], { cwd: dir });
    expect(gap.stderr).toBe('');
    expect(gap.code).toBe(0);
    const out = path.join(dir, 'out.ndjson');
    const batch = await vsr(['batch', path.join(dir, 'in'), '--out', out, '--workers', '1', '--locale', 'en'], { cwd: dir });
    const errors = readFileSync(path.join(dir, 'out.errors.ndjson'), 'utf8');
    expect(errors).not.toContain('station.yaml');
    expect(readFileSync(out, 'utf8')).toContain('"id":"T-1"');
    expect(batch.stdout).toContain('1 good');
  });
});
