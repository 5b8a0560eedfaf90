// Issue 10.4: the layer rules (.dependency-cruiser.cjs) hold for src/, and they do fail on the
// violations they name: a core module importing node:, the core importing the edge, two folders
// importing each other (as standard/ <-> scoring/ did before check types moved to src/checks/).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, copyFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEPCRUISE = path.join(ROOT, 'node_modules/.bin/depcruise');

function cruise(cwd: string): { status: number; out: string } {
  try {
    const out = execFileSync(DEPCRUISE, ['src', '--config', path.join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err'], { cwd, encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, out: `${err.stdout}${err.stderr}` };
  }
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'vsr-layers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmp, 'tree-'));
  copyFileSync(path.join(ROOT, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('layer rules (issue 10.4)', () => {
  it('issue 10.4: src/ keeps the layer rules (core pure, no folder cycles)', () => {
    const r = cruise(ROOT);
    expect(r.out).toContain('no dependency violations found');
    expect(r.status).toBe(0);
  }, 60_000);

  it('issue 10.4: a folder cycle (standard <-> scoring), node: in the core and the core reading files all fail', () => {
    const dir = tree({
      'src/standard/compile.ts': "import { score } from '../scoring/score.js';\nexport const compile = () => score();\n",
      'src/scoring/score.ts': "import { readFileSync } from 'node:fs';\nimport { level } from '../standard/levels.js';\nexport const score = () => level + readFileSync.length;\n",
      'src/standard/levels.ts': 'export const level = 1;\n',
      'src/gap/plan.ts': "import { read } from '../io/read.js';\nexport const plan = () => read();\n",
      'src/io/read.ts': 'export const read = () => 1;\n',
    });
    const r = cruise(dir);
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/no-folder-cycles: src\/(standard|scoring)/);
    expect(r.out).toMatch(/core-no-node: src\/scoring\/score\.ts → (node:)?fs/);
    expect(r.out).toMatch(/core-no-edge: src\/gap\/plan\.ts → src\/io\/read\.ts/);
  }, 60_000);
});
