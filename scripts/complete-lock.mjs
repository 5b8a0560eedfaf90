// Completes package-lock.json with the platform packages the registry here does not serve.
//
// The npm registry reachable from our machines lacks rollup's native builds for other platforms
// (e.g. @rollup/rollup-darwin-arm64), so `npm install` leaves them out of the lock file, and
// `npm ci` then refuses the lock ("Missing: … from lock file"; see npm/cli#4828). This adds an
// entry for each missing optional dependency with the os/cpu its name states, so `npm ci` skips
// it on other platforms. Run after `npm install` changes the lock: `node scripts/complete-lock.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32', 'sunos', 'aix', 'netbsd'];
const CPU = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el'];
let added = 0;
for (const [where, pkg] of Object.entries(lock.packages)) {
  for (const [dep, range] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (lock.packages[key] || lock.packages[`${where}/${key}`]) continue;
    const parts = dep.split('/').pop().split('-');
    const os = OS.find((o) => parts.includes(o));
    const cpu = CPU.find((c) => parts.includes(c));
    if (!os || !cpu) continue;
    const entry = { version: range.replace(/^[\^~=]/, ''), optional: true, os: [os], cpu: [cpu] };
    if (pkg.dev) entry.dev = true;
    if (parts.includes('musl')) entry.libc = ['musl'];
    else if (parts.includes('gnu') || parts.includes('gnueabihf')) entry.libc = os === 'linux' ? ['glibc'] : undefined;
    if (!entry.libc) delete entry.libc;
    lock.packages[key] = entry;
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lock: added ${added} platform entries`);
