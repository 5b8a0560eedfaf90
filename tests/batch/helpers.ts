// Helpers for the batch tests: a scratch folder in the OS temp folder, NDJSON files, and records
// for tests/fixtures/mini.yaml whose scores are worked out by hand in the tests.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MINI = path.join(ROOT, 'tests/fixtures/mini.yaml');

/** A fresh folder for one test file's outputs, unique to this run (test runs may overlap). */
export function scratch(name: string): string {
  const parent = path.join(tmpdir(), 'vsr-tests', 'batch');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, `${name}-`));
}

export function writeLines(file: string, lines: (string | object)[]): string {
  writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return file;
}

export function readNdjson(file: string): any[] {
  const text = readFileSync(file, 'utf8');
  return text === '' ? [] : text.trimEnd().split('\n').map((l) => JSON.parse(l));
}

/** A mini inspection. */
export function mini(id: string, level: 'town' | 'village', region: string[] | undefined, answers: Record<string, unknown>): object {
  return { station: { id, name: `${id} 站`, level, ...(region ? { region } : {}) }, standard: 'mini@1.0.0', inspectedAt: '2024-05-01', answers };
}

export const PHOTO = [{ kind: 'photo', date: '2024-03-01' }];

/** Runs `vsr` in-process and captures what it prints. */
export async function vsr(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => ({ write: (s: string | Uint8Array) => (add(String(s)), true), isTTY: false }) as unknown as NodeJS.WritableStream;
  const code = await runCli(args, { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), cwd: ROOT });
  return { code, stdout, stderr };
}
