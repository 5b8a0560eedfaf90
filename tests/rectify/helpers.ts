// Helpers for the rectification / lifecycle tests: the shipped example and its re-inspection, read
// through the library, a scratch folder in the OS temp folder, and the CLI run in-process.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInspection, evaluate, type Compiled, type Evaluation, type Inspection, type PlannedEvaluation } from '../../src/index.js';
import { runCli } from '../../src/cli/main.js';
import { validateAgainstSchema } from '../../src/standard/schema-validate.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FOUR_STAR = path.join(ROOT, 'examples/inspections/four-star-town.yaml');
export const RECHECK = path.join(ROOT, 'tests/fixtures/rectify/four-star-town-recheck.yaml');

export function scratch(name: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `vsr-${name}-`));
}

export async function scored(file: string): Promise<{ evaluation: PlannedEvaluation; compiled: Compiled; inspection: Inspection }> {
  const r = await readInspection(file);
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.problems)}`);
  return { evaluation: evaluate(r.compiled, r.inspection), compiled: r.compiled, inspection: r.inspection };
}

/** Schema problems of a document (an empty list when it validates). */
export function schemaProblems(name: 'rectification' | 'evaluation', doc: unknown): string[] {
  return validateAgainstSchema(name, doc).map((p) => `${p.pointer}: ${p.message.en}`);
}

export async function vsr(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => ({ write: (s: string | Uint8Array) => (add(String(s)), true), isTTY: false }) as unknown as NodeJS.WritableStream;
  const code = await runCli(args, { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), cwd });
  return { code, stdout, stderr };
}
