import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import type { Locale } from '../i18n/messages.js';
import { commands } from './registry.js';
import { UsageError, type Command, type CommandContext } from './command.js';
import { terminalSafe } from '../safe-text.js';

const GLOBAL_OPTIONS = {
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function pickLocale(argv: string[]): Locale {
  const i = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const value = i < 0 ? process.env.VSR_LOCALE : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'zh-CN';
}

function version(): string {
  try {
    return createRequire(import.meta.url)('../package.json').version;
  } catch {
    return 'unknown';
  }
}

export function generalHelp(locale: Locale): string {
  const en = locale === 'en';
  const lines = [
    en ? 'vsr: standards, scores and star ratings for veterans service centres and stations' : 'vsr：退役军人服务中心（站）标准、评分与星级评定工具',
    '',
    en ? 'Usage: vsr <command> [options]   (--locale zh-CN|en, --help)' : '用法：vsr <命令> [选项]   （--locale zh-CN|en，--help）',
    '',
    en ? 'Commands:' : '命令：',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary[locale]}`),
    '',
    en ? 'Examples:' : '示例：',
    ...commands.map((c) => `  ${c.example}`),
    '',
    en ? 'Exit codes: 0 success, 1 invalid input, 2 usage error. `vsr <command> --help` for details.' : '退出码：0 成功，1 输入有误，2 用法错误。用 `vsr <命令> --help` 查看详情。',
  ];
  return lines.join('\n') + '\n';
}

export function commandHelp(cmd: Command, locale: Locale): string {
  const en = locale === 'en';
  const lines = [`vsr ${cmd.name} ${cmd.usage}`, '', cmd.summary[locale], ''];
  const names = Object.keys(cmd.help);
  if (names.length) {
    lines.push(en ? 'Options:' : '选项：');
    for (const n of names) lines.push(`  --${n.padEnd(12)} ${cmd.help[n][locale]}`);
  }
  lines.push(`  --locale      ${en ? 'Language of the output: zh-CN (default) or en' : '输出语言：zh-CN（默认）或 en'}`);
  lines.push('', en ? 'Example:' : '示例：', `  ${cmd.example}`);
  return lines.join('\n') + '\n';
}

/** Runs `vsr` with the given arguments; returns the exit code. Never throws for a user's mistake. */
export async function runCli(argv: string[], io: Partial<Pick<CommandContext, 'stdout' | 'stderr' | 'cwd'>> = {}): Promise<number> {
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
    return await cmd.run({ positionals: parsed.positionals, values: parsed.values as CommandContext['values'], locale, stdout, stderr, cwd: io.cwd ?? process.cwd() });
  } catch (e) {
    if (e instanceof UsageError) {
      stderr.write(`${terminalSafe(e.text[locale])}\n\n${commandHelp(cmd, locale)}`);
      return 2;
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

const isMain = process.argv[1] && /(?:^|[\\/])(cli\.js|vsr|main\.ts)$/.test(process.argv[1]);
if (isMain) {
  // `vsr score … | head`: the reader closing the pipe early is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
