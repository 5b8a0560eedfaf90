/**
 * One interface for every renderer, and a registry per document kind (evaluation report, batch summary,
 * comparison, standard diff): the CLI's `--format` values, their help and the batch summary's file
 * extensions all come from a registry, so a new format is one renderer module plus one line in
 * `registry.ts`. Renderers take a document and options and return text or bytes; they do no I/O.
 */
import type { Locale } from '../i18n/messages.js';
import { joinList, paren } from './labels.js';

export interface RenderOptions {
  locale: Locale;
  /** Evaluation reports: one file named on its own gives one document (JSON: an object, not an array). */
  single?: boolean;
  /** Rectification lists: the day the entries' statuses are shown on (YYYY-MM-DD; default the plan's issue date). */
  asOf?: string;
}

export interface Renderer<D> {
  /** The `--format` value. */
  format: string;
  /** The file extension, with its dot (the batch summary picks its renderer by it). */
  extension: string;
  mediaType: string;
  render(doc: D, options: RenderOptions): string | Uint8Array | Promise<string | Uint8Array>;
}

export interface RendererRegistry<D> {
  /** The format used when none is given. */
  default: string;
  renderers: readonly Renderer<D>[];
}

export function formatsOf<D>(registry: RendererRegistry<D>): string[] {
  return registry.renderers.map((r) => r.format);
}

export function rendererOf<D>(registry: RendererRegistry<D>, format: string): Renderer<D> | undefined {
  return registry.renderers.find((r) => r.format === format);
}

export function rendererForExtension<D>(registry: RendererRegistry<D>, extension: string): Renderer<D> | undefined {
  return registry.renderers.find((r) => r.extension === extension);
}

/** Choices as a list: `a、b 或 c` / `a, b or c`. */
export function choiceList(values: string[], locale: Locale): string {
  if (values.length < 2) return values.join('');
  const last = values[values.length - 1];
  return `${joinList(values.slice(0, -1), locale)}${locale === 'en' ? ' or ' : ' 或 '}${last}`;
}

/** The formats as a list for help text: `json（默认）、md、html 或 xlsx` / `json (default), md, html or xlsx`. */
export function formatChoices<D>(registry: RendererRegistry<D>, locale: Locale): string {
  return choiceList(registry.renderers.map((r) => (r.format === registry.default ? `${r.format}${paren(locale === 'en' ? 'default' : '默认', locale)}` : r.format)), locale);
}

/** A document as pretty JSON (two-space indent, a final newline): every kind's `json` format. */
export function jsonRenderer<D>(): Renderer<D> {
  return { format: 'json', extension: '.json', mediaType: 'application/json', render: (doc) => JSON.stringify(doc, null, 2) + '\n' };
}
