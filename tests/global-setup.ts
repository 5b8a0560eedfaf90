/**
 * Vitest global setup: the CLI tests run the built command (`dist/cli.js`), so the tests build it first
 * when it is missing or older than any source file. `npm test` on a fresh clone right after `npm ci`
 * therefore passes without a separate `npm run build`. The build writes only `dist/`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function builtMtime(): number {
  const outputs = ['dist/cli.js', 'dist/index.js', 'dist/index.cjs', 'dist/batch-worker.js'].map((f) => path.join(ROOT, f));
  if (!outputs.every((f) => existsSync(f))) return -1;
  return Math.min(...outputs.map((f) => statSync(f).mtimeMs));
}

export default function setup(): void {
  const inputs = Math.max(newestMtime(path.join(ROOT, 'src')), statSync(path.join(ROOT, 'tsup.config.ts')).mtimeMs, statSync(path.join(ROOT, 'package.json')).mtimeMs);
  if (builtMtime() >= inputs) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsup/dist/cli-default.js')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
