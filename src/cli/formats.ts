/**
 * `--format` from a renderer registry (src/report/registry.ts): the values allowed, their help text,
 * and writing the rendered document. A command names its registry; it lists no formats itself.
 */
import { formatMessage, type LocalText, type Locale } from '../i18n/messages.js';
import { joinList } from '../report/labels.js';
import { formatChoices, formatsOf, rendererOf, type Renderer, type RendererRegistry } from '../report/renderer.js';
import { terminalSafe } from '../safe-text.js';
import { UsageError } from './command.js';

function both(text: (locale: Locale) => string): LocalText {
  return { 'zh-CN': text('zh-CN'), en: text('en') };
}

/** The `--format` help: the registry's formats, the default marked. */
export function formatHelp<D>(registry: RendererRegistry<D>, code: 'cli-format-help' | 'cli-format-help-score' = 'cli-format-help'): LocalText {
  return both((l) => formatMessage(code, { formats: formatChoices(registry, l) }, l));
}

/** The usage error for a value not among those allowed. */
export function invalidOption(option: string, value: unknown, allowed: readonly string[]): UsageError {
  return new UsageError(both((l) => formatMessage('cli-invalid-option', { option, value: String(value), allowed: joinList([...allowed], l) }, l)));
}

/** The renderer a `--format` value names, or a usage error listing the registry's formats. */
export function chosenRenderer<D>(registry: RendererRegistry<D>, value: unknown): Renderer<D> {
  const renderer = rendererOf(registry, String(value ?? registry.default));
  if (!renderer) throw invalidOption('format', value, formatsOf(registry));
  return renderer;
}

/** Text and Markdown go to terminals: control characters are made harmless (as every text output of the CLI). */
export function forTerminal<D>(renderer: Renderer<D>, content: string | Uint8Array): string | Uint8Array {
  return typeof content === 'string' && (renderer.mediaType === 'text/plain' || renderer.mediaType === 'text/markdown') ? terminalSafe(content) : content;
}

/** Bytes rather than text (a spreadsheet): not for a terminal. */
export function isBinary<D>(renderer: Renderer<D>): boolean {
  return !renderer.mediaType.startsWith('text/') && renderer.mediaType !== 'application/json';
}
