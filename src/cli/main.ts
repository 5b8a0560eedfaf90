#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatMessage, type Locale } from '../i18n/messages.js';
import { commands } from './registry.js';
import { UsageError, type Command, type CommandContext } from './command.js';
import { EXIT, exitCodesHelp } from './fail-policy.js';
import { VsrError } from '../i18n/problem.js';
import { printProblems } from './output.js';
import { terminalSafe } from '../safe-text.js';

const GLOBAL_OPTIONS = {
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The locale of the system (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX orders them):
 * `en_US.UTF-8` → en, `zh_CN.UTF-8` → zh-CN; anything else (or `C`/`POSIX`) → undefined.
 */
export function systemLocale(env: NodeJS.ProcessEnv = process.env): Locale | undefined {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (!value) return undefined;
  const lang = value.split(/[._@]/)[0].toLowerCase();
  return lang === 'en' ? 'en' : lang === 'zh' ? 'zh-CN' : undefined;
}

/** --locale, else VSR_LOCALE, else the system's locale (LC_ALL/LC_MESSAGES/LANG), else zh-CN. */
export function pickLocale(argv: string[], env: NodeJS.ProcessEnv = process.env): Locale {
  const i = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const value = i < 0 ? (env.VSR_LOCALE ?? systemLocale(env)) : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'zh-CN';
}

/** The package's version: package.json beside dist/ (the built CLI) or two folders up (src/cli when run from source). */
function version(): string {
  const require = createRequire(import.meta.url);
  for (const file of ['../package.json', '../../package.json']) {
    try {
      const pkg = require(file);
      if (pkg.name === 'veteran-station-rating') return pkg.version;
    } catch {
      /* try the next place */
    }
  }
  return 'unknown';
}

export function generalHelp(locale: Locale): string {
  const lines = [
    formatMessage('cli-main-title', undefined, locale),
    '',
    formatMessage('cli-main-usage', undefined, locale),
    formatMessage('cli-main-version', { version: version() }, locale),
    formatMessage('cli-main-language', undefined, locale),
    '',
    formatMessage('cli-main-commands', undefined, locale),
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary[locale]}`),
    '',
    formatMessage('cli-main-examples', undefined, locale),
    ...commands.map((c) => `  ${c.example}`),
    '',
    formatMessage('cli-main-exit-codes', { policy: EXIT.policy }, locale),
  ];
  return lines.join('\n') + '\n';
}

export function commandHelp(cmd: Command, locale: Locale): string {
  const lines = [`vsr ${cmd.name} ${cmd.usage}`, '', cmd.summary[locale], ''];
  const names = Object.keys(cmd.help);
  const width = Math.max(12, ...names.map((n) => n.length));
  if (names.length) {
    lines.push(formatMessage('cli-main-options', undefined, locale));
    for (const n of names) lines.push(`  --${n.padEnd(width)} ${cmd.help[n][locale]}`);
  }
  lines.push(`  --${'locale'.padEnd(width)} ${formatMessage('cli-main-locale-help', undefined, locale)}`);
  lines.push('', formatMessage('cli-main-example', undefined, locale), `  ${cmd.example}`);
  lines.push('', ...exitCodesHelp(locale, 'fail-below' in cmd.options));
  return lines.join('\n') + '\n';
}

/** Runs `vsr` with the given arguments; returns the exit code. Never throws for a user's mistake. */
export async function runCli(argv: string[], io: Partial<Pick<CommandContext, 'stdout' | 'stderr' | 'stdin' | 'cwd'>> = {}): Promise<number> {
  const locale = pickLocale(argv);
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help' || verb.startsWith('--locale')) {
    stdout.write(generalHelp(locale));
    return verb ? 0 : 2;
  }
  if (verb === '--version' || verb === '-v') {
    stdout.write(version() + '\n');
    return 0;
  }
  const cmd = commands.find((c) => c.name === verb);
  if (!cmd) {
    stderr.write(terminalSafe(`${formatMessage('cli-main-unknown-command', { verb }, locale)}\n\n`));
    stderr.write(generalHelp(locale));
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...GLOBAL_OPTIONS, ...cmd.options }, allowPositionals: true, strict: true });
  } catch (e) {
    stderr.write(`${terminalSafe((e as Error).message)}\n\n${commandHelp(cmd, locale)}`);
    return 2;
  }
  if (parsed.values.help) {
    stdout.write(commandHelp(cmd, locale));
    return 0;
  }
  if (parsed.values.locale !== undefined && parsed.values.locale !== 'en' && parsed.values.locale !== 'zh-CN') {
    stderr.write(`--locale: zh-CN | en\n`);
    return 2;
  }
  try {
    return await cmd.run({ positionals: parsed.positionals, values: parsed.values as CommandContext['values'], locale, stdout, stderr, stdin: io.stdin ?? process.stdin, cwd: io.cwd ?? process.cwd() });
  } catch (e) {
    if (e instanceof UsageError) {
      stderr.write(`${terminalSafe(e.text[locale])}\n\n${commandHelp(cmd, locale)}`);
      return 2;
    }
    if (e instanceof VsrError) {
      printProblems({ stderr, locale, cwd: io.cwd }, e.problems);
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && (err.code === 'ENOENT' || err.code === 'EACCES' || err.code === 'EISDIR')) {
      stderr.write(terminalSafe(`${formatMessage('cli-main-cannot-access', { path: err.path ?? '', errno: err.code ?? '' }, locale)}\n`));
      return 1;
    }
    stderr.write(terminalSafe(`${formatMessage('cli-main-internal-error', { detail: err?.message ?? String(e) }, locale)}\n`));
    if (process.env.VSR_DEBUG) stderr.write(String(err?.stack) + '\n');
    return 3;
  }
}

/**
 * Whether this module is the program node was started with: the script's real path (symlinks such as
 * `node_modules/.bin/vsr` or one under another name resolved) is this module's file.
 */
export function isMainModule(script: string | undefined, moduleUrl: string): boolean {
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

if (isMainModule(process.argv[1], import.meta.url)) {
  // `vsr score … | head`: the reader closing the pipe early is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
