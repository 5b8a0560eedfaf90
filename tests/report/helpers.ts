// Shared helpers for the report, inspection-reader and CLI tests: the fixture standards and inspections
// evaluated into report inputs, and a way to run `vsr` in-process with captured output.
import { TRUSTED } from '../helpers/engine.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { compile, evaluate, validateInspection } from '../../src/index.js';
import { loadDocument } from '../../src/standard/load.js';
import type { Compiled, Inspection } from '../../src/index.js';
import type { ReportInput } from '../../src/report/model.js';
import { runCli } from '../../src/cli/main.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MINI = path.join(ROOT, 'tests/fixtures/mini.yaml');
export const MINI_SCHEME = path.join(ROOT, 'tests/report/fixtures/mini-scheme.yaml');
export const ALL_TYPES = path.join(ROOT, 'tests/inspection/fixtures/all-types.yaml');
export const TOWN = path.join(ROOT, 'tests/report/fixtures/town.yaml');
export const TOWN_STARS = path.join(ROOT, 'tests/report/fixtures/town-stars.yaml');

export async function compiledOf(file: string): Promise<Compiled> {
  return compile((await loadDocument(file, undefined, TRUSTED)).doc);
}

export function inspectionOf(file: string): Inspection {
  return parse(readFileSync(file, 'utf8')) as Inspection;
}

/** Validates and evaluates an inspection into a report input (throws when the inspection is invalid). */
export function reportInput(compiled: Compiled, inspection: Inspection, file?: string): ReportInput {
  const checked = validateInspection(compiled, inspection);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return { evaluation: evaluate(compiled, checked.inspection), file };
}

/** The town fixture against the mini standard (62.5 %, level `pass`) and against the mini-stars scheme (three stars). */
export async function townInputs(): Promise<{ standard: ReportInput; scheme: ReportInput }> {
  return {
    standard: reportInput(await compiledOf(MINI), inspectionOf(TOWN), 'town.yaml'),
    scheme: reportInput(await compiledOf(MINI_SCHEME), inspectionOf(TOWN_STARS), 'town-stars.yaml'),
  };
}

class Capture {
  chunks: (string | Buffer)[] = [];
  constructor(public isTTY = false) {}
  write(chunk: string | Buffer): boolean {
    this.chunks.push(chunk);
    return true;
  }
  get text(): string {
    return this.chunks.map((c) => c.toString()).join('');
  }
  // what cli-progress needs of a terminal stream
  columns = 100;
  cursorTo(): boolean { return true; }
  clearLine(): boolean { return true; }
  moveCursor(): boolean { return true; }
  on(): this { return this; }
  removeListener(): this { return this; }
}

/** Runs `vsr` in-process; stderr may pretend to be a terminal. */
export async function vsr(args: string[], options: { cwd?: string; ttyStderr?: boolean; ttyStdout?: boolean } = {}): Promise<{ code: number; stdout: string; stderr: string; raw: Buffer }> {
  const stdout = new Capture(options.ttyStdout ?? false);
  const stderr = new Capture(options.ttyStderr ?? false);
  const code = await runCli(args, { stdout: stdout as never, stderr: stderr as never, cwd: options.cwd ?? ROOT });
  return { code, stdout: stdout.text, stderr: stderr.text, raw: Buffer.concat(stdout.chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))) };
}
