import type { Standard } from '../types/standard.js';
import type { RatingScheme } from '../types/rating-scheme.js';

/** What loading a file found beside the document itself: where it came from and what it refers to. */
export interface LoadedInfo {
  /** The file it was read from (absent for in-memory documents). */
  file?: string;
  /** For an overlay: the loaded base it extends (a standard's base is a standard, a scheme's a scheme). */
  base?: Standard | RatingScheme;
  /** For a scheme overlay: the standards of the component refs it states (`overlay.components[].standard`), by ref. */
  refs?: ReadonlyMap<string, Standard>;
  /** For a rating scheme: its component standards, in order. */
  components?: Standard[];
}

const infos = new WeakMap<object, LoadedInfo>();

/** Records what was loaded with a document, so `compile()` can resolve it without I/O. */
export function attachLoaded<T extends object>(doc: T, info: LoadedInfo): T {
  infos.set(doc, { ...infos.get(doc), ...info });
  return doc;
}

export function loadedInfo(doc: object): LoadedInfo {
  return infos.get(doc) ?? {};
}

/**
 * Where an overlay comes from: the document itself, then each base it extends, as `id@version` and
 * the file it was read from (a shipped file by its name), nearest first. One entry for a document
 * that extends nothing.
 */
export function overlayChain(doc: Standard | RatingScheme): { ref: string; file?: string }[] {
  const chain: { ref: string; file?: string }[] = [];
  for (let at: Standard | RatingScheme | undefined = doc; at; at = at.extends ? loadedInfo(at).base : undefined) {
    const file = loadedInfo(at).file;
    chain.push({ ref: `${at.id}@${at.version}`, ...(file ? { file } : {}) });
  }
  return chain;
}
