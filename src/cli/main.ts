import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../i18n/messages.js';
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
  const en = locale === 'en';
  const lines = [
    en ? 'vsr: standards, scores and star ratings for veterans service centres and stations' : 'vsr：退役军人服务中心（站）标准、评分与星级评定工具',
    '',
    en ? 'Usage: vsr <command> [options]   (--locale zh-CN|en, --help, --version)' : '用法：vsr <命令> [选项]   （--locale zh-CN|en，--help，--version）',
    `${en ? 'Version' : '版本'}${en ? ': ' : '：'}${version()}`,
    en
      ? 'Language: --locale, else VSR_LOCALE, else LC_ALL/LC_MESSAGES/LANG (zh_CN.UTF-8 → zh-CN, en_US.UTF-8 → en), else zh-CN'
      : '输出语言：--locale，其次 VSR_LOCALE，再次 LC_ALL/LC_MESSAGES/LANG（zh_CN.UTF-8 → zh-CN，en_US.UTF-8 → en），默认 zh-CN',
    '',
    en ? 'Commands:' : '命令：',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary[locale]}`),
    '',
    en ? 'Examples:' : '示例：',
    ...commands.map((c) => `  ${c.example}`),
    '',
    en
      ? `Exit codes: 0 success, 1 invalid input, 2 usage error, 3 unexpected failure (a bug: please report it), ${EXIT.policy} --fail-below/--fail-on-veto not met. \`vsr <command> --help\` for details.`
      : `退出码：0 成功，1 输入有误，2 用法错误，3 程序故障（请报告），${EXIT.policy} 未通过 --fail-below/--fail-on-veto。用 \`vsr <命令> --help\` 查看详情。`,
  ];
  return lines.join('\n') + '\n';
}

export function commandHelp(cmd: Command, locale: Locale): string {
  const en = locale === 'en';
  const lines = [`vsr ${cmd.name} ${cmd.usage}`, '', cmd.summary[locale], ''];
  const names = Object.keys(cmd.help);
  const width = Math.max(12, ...names.map((n) => n.length));
  if (names.length) {
    lines.push(en ? 'Options:' : '选项：');
    for (const n of names) lines.push(`  --${n.padEnd(width)} ${cmd.help[n][locale]}`);
  }
  lines.push(`  --${'locale'.padEnd(width)} ${en ? 'Language of the output: zh-CN or en (default: VSR_LOCALE, else LANG, else zh-CN)' : '输出语言：zh-CN 或 en（默认取 VSR_LOCALE，其次 LANG，否则 zh-CN）'}`);
  lines.push('', en ? 'Example:' : '示例：', `  ${cmd.example}`);
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
    stderr.write(terminalSafe(locale === 'en' ? `Unknown command: ${verb}\n\n` : `未知命令：${verb}\n\n`));
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
      stderr.write(terminalSafe(locale === 'en' ? `Cannot access ${err.path ?? ''}: ${err.code}\n` : `无法访问 ${err.path ?? ''}：${err.code}\n`));
      return 1;
    }
    stderr.write(terminalSafe((locale === 'en' ? 'Internal error: ' : '内部错误：') + (err?.message ?? String(e)) + '\n'));
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
