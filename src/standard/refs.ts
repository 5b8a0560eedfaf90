import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

function compareSemver(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  const pb = b.split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] as number) - (pb[i] as number);
  if (pa.length !== pb.length) return pa.length > pb.length ? -1 : 1; // a pre-release sorts first
  return String(a).localeCompare(String(b));
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
  return out.sort((a, b) => a.id.localeCompare(b.id) || compareSemver(a.version, b.version));
}

/**
 * Turns a reference into a file: a path (relative to `baseDir`), or a shipped `id` (latest version)
 * or `id@version`. Returns null when nothing matches.
 */
export function resolveRef(ref: string, baseDir = process.cwd()): string | null {
  if (isPathRef(ref)) return path.resolve(baseDir, ref);
  const [id, version] = ref.split('@');
  const matches = listShipped().filter((s) => s.id === id && (version === undefined || s.version === version));
  return matches.length ? matches[matches.length - 1].file : null;
}
