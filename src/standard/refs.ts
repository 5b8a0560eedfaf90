// semver's single functions, not its index (which loads all of semver's ~50 modules: issue 10.5)
import compare from 'semver/functions/compare.js';
import prerelease from 'semver/functions/prerelease.js';
import valid from 'semver/functions/valid.js';
import { SHIPPED_FILES } from './shipped-files.js';

/** The prefix shipped files are named with in messages (`standards/construction/1.0.0.yaml`). */
export const SHIPPED_PREFIX = 'standards/';

/** A shipped file: its id, version, name (`standards/<id>/<version>.yaml`) and key in the bundled data (`<id>/<version>.yaml`). */
export interface ShippedFile {
  id: string;
  version: string;
  file: string;
  key: string;
}

export function isPathRef(ref: string): boolean {
  return /[\\/]/.test(ref) || /\.(ya?ml|json)$/i.test(ref);
}

/** Orders versions by semver precedence (rc.2 before rc.10, a pre-release before its release); names that are not semver last. */
function compareVersions(a: string, b: string): number {
  const va = valid(a), vb = valid(b);
  if (va && vb) return compare(va, vb);
  if (va || vb) return va ? -1 : 1;
  return a.localeCompare(b);
}

/**
 * Every shipped file, ordered by id then version. The files are bundled into the build, parsed
 * (src/standard/shipped-data.ts, generated from standards/), so no file system is needed.
 */
export function listShipped(files: readonly string[] = SHIPPED_FILES): ShippedFile[] {
  const out: ShippedFile[] = [];
  for (const key of files) {
    const m = /^([^/]+)\/(.+)\.ya?ml$/.exec(key);
    if (m) out.push({ id: m[1], version: m[2], file: SHIPPED_PREFIX + key, key });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id) || compareVersions(a.version, b.version));
}

/**
 * The shipped file a reference names: a shipped `id@version`, or a shipped `id` alone: its latest
 * release by semver (a pre-release such as `2.0.0-rc.1` only when the id has no release at all).
 * Null when nothing matches (or the ref is a path).
 */
export function resolveShipped(ref: string, files: readonly string[] = SHIPPED_FILES): ShippedFile | null {
  if (isPathRef(ref)) return null;
  const [id, version] = ref.split('@');
  const matches = listShipped(files).filter((s) => s.id === id && (version === undefined || s.version === version));
  if (matches.length === 0) return null;
  const releases = version === undefined ? matches.filter((s) => valid(s.version) && !prerelease(s.version)) : [];
  const pool = releases.length ? releases : matches;
  return pool[pool.length - 1];
}

/** The shipped file with this name (`standards/<id>/<version>.yaml`), if any. */
export function shippedByName(name: string, files: readonly string[] = SHIPPED_FILES): ShippedFile | null {
  return listShipped(files).find((s) => s.file === name) ?? null;
}

/**
 * A shipped file's data: a fresh copy of the bundled, parsed file. The bundled data (about 430 KB) loads
 * on the first call, not with the package (issue 10.5).
 */
export async function shippedData(shipped: ShippedFile): Promise<unknown> {
  const { SHIPPED_DOCUMENTS } = await import('./shipped-data.js');
  return JSON.parse(SHIPPED_DOCUMENTS[shipped.key]);
}
