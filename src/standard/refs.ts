import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

/** The folder of shipped standards (`standards/` at the package root), found from this module. */
export function shippedDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(path.join(dir, 'standards')) && existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'veteran-station-rating') return path.join(dir, 'standards');
      } catch {
        /* keep looking */
      }
    }
    dir = path.dirname(dir);
  }
  return path.resolve('standards');
}

export function isPathRef(ref: string): boolean {
  return /[\\/]/.test(ref) || /\.(ya?ml|json)$/i.test(ref);
}

/** Orders versions by semver precedence (rc.2 before rc.10, a pre-release before its release); names that are not semver last. */
function compareVersions(a: string, b: string): number {
  const va = semver.valid(a), vb = semver.valid(b);
  if (va && vb) return semver.compare(va, vb);
  if (va || vb) return va ? -1 : 1;
  return a.localeCompare(b);
}

/** Every shipped file: id, version and path, ordered by id then version. */
export function listShipped(dir = shippedDir()): { id: string; version: string; file: string }[] {
  if (!existsSync(dir)) return [];
  const out: { id: string; version: string; file: string }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue; // e.g. standards/README.md
    const id = entry.name;
    const sub = path.join(dir, id);
    for (const f of readdirSync(sub)) {
      const m = /^(.+)\.ya?ml$/.exec(f);
      if (m) out.push({ id, version: m[1], file: path.join(sub, f) });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id) || compareVersions(a.version, b.version));
}

/**
 * Turns a reference into a file: a path (relative to `baseDir`), or a shipped `id@version`, or a
 * shipped `id` alone: its latest release by semver (a pre-release such as `2.0.0-rc.1` only when the
 * id has no release at all). Returns null when nothing matches.
 */
export function resolveRef(ref: string, baseDir = process.cwd(), dir = shippedDir()): string | null {
  if (isPathRef(ref)) return path.resolve(baseDir, ref);
  const [id, version] = ref.split('@');
  const matches = listShipped(dir).filter((s) => s.id === id && (version === undefined || s.version === version));
  if (matches.length === 0) return null;
  const releases = version === undefined ? matches.filter((s) => semver.valid(s.version) && !semver.prerelease(s.version)) : [];
  const pool = releases.length ? releases : matches;
  return pool[pool.length - 1].file;
}
