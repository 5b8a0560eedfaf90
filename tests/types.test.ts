// The TypeScript types in src/types are generated from schemas/ and must not be stale.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('generated types', () => {
  it('src/types matches what scripts/gen-types.mjs makes from schemas/', () => {
    const run = spawnSync(process.execPath, ['scripts/gen-types.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('the check fails when a generated file differs (in a copy of the project)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vsr-types-'));
    try {
      for (const sub of ['scripts', 'schemas', 'src/types']) cpSync(path.join(ROOT, sub), path.join(dir, sub), { recursive: true });
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
      // hand-edit one generated file
      const types = path.join(dir, 'src/types');
      const file = path.join(types, readdirSync(types).filter((f) => f.endsWith('.ts')).sort()[0]);
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nexport type HandEdited = true;\n`);
      const run = spawnSync(process.execPath, ['scripts/gen-types.mjs', '--check'], { cwd: dir, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`stale: src/types/${path.basename(file)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every file in src/types says it is generated and not to be edited', () => {
    const dir = path.join(ROOT, 'src/types');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      const first = readFileSync(path.join(dir, f), 'utf8').split('\n')[0];
      expect(first).toMatch(/Generated .*scripts\/gen-types\.mjs.*Do not edit by hand/);
    }
  });
});
