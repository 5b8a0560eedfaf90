/**
 * Failing a pipeline on results (issue 8.13): `--fail-below LEVEL` fails when any station is below a
 * level, `--fail-on-veto` when any station is vetoed. One policy for `score`, `gap` and `batch`; a
 * failure exits with its own code (EXIT_POLICY) after the output is written in full.
 */
import type { Evaluation } from '../types/evaluation.js';
import type { Locale, LocalText } from '../i18n/messages.js';
import { formatMessage, localText } from '../i18n/messages.js';
import { UsageError, type Command, type CommandContext } from './command.js';
import { terminalSafe } from '../safe-text.js';

/** Exit codes of every command. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3, policy: 4 } as const;

/** Options shared by the commands that apply the policy. */
export const FAIL_OPTIONS = {
  'fail-below': { type: 'string' },
  'fail-on-veto': { type: 'boolean' },
} as const satisfies Command['options'];

export const FAIL_HELP: Record<keyof typeof FAIL_OPTIONS, LocalText> = {
  'fail-below': localText('cli-fail-policy-fail-below', { EXIT: EXIT.policy }),
  'fail-on-veto': localText('cli-fail-policy-fail-on-veto', { EXIT: EXIT.policy }),
};

export interface FailPolicy {
  below?: string;
  onVeto: boolean;
}

/** The policy from a command's parsed options, or null when none was asked for. */
export function failPolicyOf(values: CommandContext['values']): FailPolicy | null {
  const below = values['fail-below'];
  const onVeto = values['fail-on-veto'] === true;
  if (below === undefined && !onVeto) return null;
  if (below !== undefined && (typeof below !== 'string' || below.trim() === '')) {
    throw new UsageError(localText('fail-below-level-missing'));
  }
  return { below: below as string | undefined, onVeto };
}

/** What the policy reads of a result: an evaluation, or the part of it a batch sends per record. */
type Rated = {
  station: Pick<Evaluation['station'], 'id' | 'name'>;
  rating: Pick<Evaluation['rating'], 'level'> & { label?: Evaluation['rating']['label']; levels: Pick<Evaluation['rating']['levels'][number], 'id'>[] };
  vetoes: Pick<Evaluation['vetoes'][number], 'item'>[];
};

/** One station the policy fails, and why. */
export interface PolicyFailure {
  station: string;
  reason: LocalText;
}

/** Accumulates evaluations one at a time (batch streams them) and tells which stations fail. */
export class PolicyCheck {
  readonly failures: PolicyFailure[] = [];
  /** Stations whose standard has no level of that id: a usage mistake, reported instead. */
  readonly unknownLevel: string[] = [];
  private knownLevels = new Set<string>();
  checked = 0;

  constructor(readonly policy: FailPolicy) {}

  add(e: Rated): void {
    this.checked++;
    const who = `${e.station.name}（${e.station.id}）`;
    if (this.policy.onVeto && e.vetoes.length > 0) {
      const items = e.vetoes.map((v) => v.item).join(', ');
      this.failures.push({ station: who, reason: localText('fail-policy-vetoed', { items }) });
    }
    const below = this.policy.below;
    if (below === undefined) return;
    const order = e.rating.levels.map((l) => l.id);
    order.forEach((id) => this.knownLevels.add(id));
    const want = order.indexOf(below);
    if (want < 0) {
      this.unknownLevel.push(who);
      return;
    }
    const have = e.rating.level === null ? -1 : order.indexOf(e.rating.level);
    if (have < want) {
      const label = e.rating.level === null ? localText('fail-policy-no-level') : { 'zh-CN': e.rating.label?.['zh-CN'] ?? e.rating.level, en: e.rating.label?.en ?? e.rating.level };
      this.failures.push({ station: who, reason: localText('fail-policy-below', { below, value: label['zh-CN'], label: label.en }) });
    }
  }

  /**
   * Reports to stderr and returns the exit code: EXIT.usage for a level no evaluated standard (or not
   * every one) has, EXIT.policy when some station fails, else null (the command's own code stands).
   */
  finish(ctx: Pick<CommandContext, 'stderr' | 'locale'>): number | null {
    const en = ctx.locale === 'en';
    if (this.unknownLevel.length > 0) {
      const known = [...this.knownLevels].join(en ? ', ' : '、') || '—';
      const more = this.unknownLevel.length - 1;
      const params = { level: String(this.policy.below), station: this.unknownLevel[0], known };
      ctx.stderr.write(terminalSafe(`${more ? formatMessage('cli-policy-unknown-level-more', { ...params, more, stations: more + 1 }, ctx.locale) : formatMessage('cli-policy-unknown-level', params, ctx.locale)}\n`));
      return EXIT.usage;
    }
    if (this.failures.length === 0) return null;
    // station names and ids are the user's text: no terminal control characters get through
    for (const f of this.failures) ctx.stderr.write(terminalSafe(formatMessage('cli-policy-fails', { station: f.station, reason: f.reason[ctx.locale as Locale] }, ctx.locale)) + '\n');
    ctx.stderr.write(`${formatMessage('cli-policy-failed-count', { failed: this.failures.length, checked: this.checked, exit: EXIT.policy }, ctx.locale)}\n`);
    return EXIT.policy;
  }
}

/** Applies the policy to evaluations already in hand; returns the exit code to use (or null). */
export function applyFailPolicy(ctx: Pick<CommandContext, 'stderr' | 'locale'>, policy: FailPolicy | null, evaluations: Iterable<Rated>): number | null {
  if (!policy) return null;
  const check = new PolicyCheck(policy);
  for (const e of evaluations) check.add(e);
  return check.finish(ctx);
}

/** The exit-code lines of `--help`. */
export function exitCodesHelp(locale: Locale, withPolicy: boolean): string[] {
  const m = (code: 'cli-exit-ok' | 'cli-exit-invalid' | 'cli-exit-usage' | 'cli-exit-internal' | 'cli-exit-policy') => formatMessage(code, undefined, locale);
  return [
    formatMessage('cli-exit-codes', undefined, locale),
    `  ${EXIT.ok}  ${m('cli-exit-ok')}`,
    `  ${EXIT.invalid}  ${m('cli-exit-invalid')}`,
    `  ${EXIT.usage}  ${m('cli-exit-usage')}`,
    `  ${EXIT.internal}  ${m('cli-exit-internal')}`,
    ...(withPolicy ? [`  ${EXIT.policy}  ${m('cli-exit-policy')}`] : []),
  ];
}
