import type { ParseArgsConfig } from 'node:util';
import type { Locale, LocalText } from '../i18n/messages.js';

/** What a command gets: its parsed arguments and where to write. */
export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
  locale: Locale;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Standard input, for `-` (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  cwd: string;
}

/** One verb of `vsr`. Each lives in `commands/<verb>.ts` and is listed in `registry.ts`. */
export interface Command {
  name: string;
  summary: LocalText;
  /** Usage line after `vsr <name>`. */
  usage: string;
  /** Option descriptions, by option name. */
  help: Record<string, LocalText>;
  example: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code: 0 success, 1 invalid input. Throw UsageError for usage mistakes (exit 2). */
  run(ctx: CommandContext): Promise<number>;
}

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {
  constructor(readonly text: LocalText) {
    super(text.en);
  }
}

export function t(locale: Locale, text: LocalText): string {
  return text[locale];
}
