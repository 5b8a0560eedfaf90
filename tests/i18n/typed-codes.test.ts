// issue 10.3: message codes are typed with their parameters, derived from the catalogue's `{name}` placeholders.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/i18n/messages.js';
import { problem } from '../../src/i18n/problem.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('typed message codes', () => {
  it('issue 10.3: the compiler refuses an unknown code, a missing or misspelt parameter, and accepts the right ones', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vsr-codes-'));
    try {
      const src = (p: string) => JSON.stringify(path.join(ROOT, 'src/i18n', p));
      const lines = [
        `import { formatMessage } from ${src('messages.js')};`,
        `import { problem } from ${src('problem.js')};`,
        `formatMessage('file-not-found', { file: 'a.yaml' }, 'en');`, // 3: fine
        `formatMessage('yaml-alias-limit', undefined, 'en');`, // 4: fine, no placeholders
        `problem('forbidden-key', '/x', { key: '__proto__' });`, // 5: fine
        `problem('yaml-alias-limit', '');`, // 6: fine
        `formatMessage('file-not-found', { fiel: 'a.yaml' }, 'en');`, // 7: misspelt parameter
        `formatMessage('no-such-code', undefined, 'en');`, // 8: unknown code
        `problem('forbidden-key', '/x');`, // 9: parameter missing
        `problem('file-too-large', '', { size: 1 });`, // 10: one of two missing
      ];
      const file = path.join(dir, 'use.ts');
      writeFileSync(file, lines.join('\n') + '\n');
      const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
      const run = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'ES2022', '--module', 'ESNext', '--moduleResolution', 'Bundler', '--skipLibCheck', file], { encoding: 'utf8' });
      const errorLines = [...run.stdout.matchAll(/use\.ts\((\d+),\d+\): error/g)].map((m) => Number(m[1]));
      expect([...new Set(errorLines)]).toEqual([7, 8, 9, 10]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('issue 10.3: at run time the typed functions format as before', () => {
    expect(formatMessage('file-not-found', { file: 'a.yaml' }, 'en')).toBe('File not found: a.yaml');
    expect(problem('forbidden-key', '/x', { key: 'k' }).message).toEqual({ 'zh-CN': '不允许的键名“k”', en: 'Forbidden key "k"' });
  });
});
