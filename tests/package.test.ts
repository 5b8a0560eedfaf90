// The published package: what `npm pack` ships, and that the built entry points (CommonJS and ESM)
// expose the public API — also from a packed, installed copy (offline, from the npm cache).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const API = ['loadStandard', 'loadRatingScheme', 'compile', 'validateInspection', 'evaluate', 'planGap', 'whatIf'];
const ALLOWED = /^(dist\/.+|standards\/.+|schemas\/.+|package\.json|README\.md|LICENSE)$/;

function requireDist(): void {
  for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts']) {
    if (!existsSync(path.join(ROOT, f))) throw new Error(`${f} is missing: build the package first (npm run build; .ci/run builds before the tests)`);
  }
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('npm pack', () => {
  it('ships only dist/, standards/, schemas/, package.json, README.md and LICENSE', () => {
    requireDist();
    const [report] = JSON.parse(npm(['pack', '--dry-run', '--json'], ROOT)) as [{ files: { path: string }[] }];
    const files = report.files.map((f) => f.path);
    expect(files.filter((f) => !ALLOWED.test(f))).toEqual([]);
    for (const f of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js']) expect(files).toContain(f);
    for (const name of ['standard', 'rating-scheme', 'inspection', 'evaluation']) expect(files).toContain(`schemas/${name}.schema.json`);
    const shipped = readdirSync(path.join(ROOT, 'standards'), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(shipped.length).toBeGreaterThan(0);
    for (const dir of shipped) expect(files.some((f) => f.startsWith(`standards/${dir.name}/`) && f.endsWith('.yaml'))).toBe(true);
  });
});

describe('the built entry points', () => {
  it('require() of dist/index.cjs exposes the public API', () => {
    requireDist();
    const lib = createRequire(import.meta.url)(path.join(ROOT, 'dist/index.cjs')) as Record<string, unknown>;
    for (const name of API) expect(typeof lib[name], name).toBe('function');
  });

  it('import() of dist/index.js exposes the public API', async () => {
    requireDist();
    const lib = (await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href)) as Record<string, unknown>;
    for (const name of API) expect(typeof lib[name], name).toBe('function');
  });

  it('the exports map and bin point at built files', async () => {
    const pkg = (await import(pathToFileURL(path.join(ROOT, 'package.json')).href, { with: { type: 'json' } })).default;
    const exp = pkg.exports['.'];
    for (const f of [exp.import.default, exp.import.types, exp.require.default, exp.require.types, pkg.bin.vsr, pkg.main, pkg.types]) {
      expect(existsSync(path.join(ROOT, f)), f).toBe(true);
    }
    expect(pkg.license).toBe('MIT');
  });
});

describe('a packed and installed copy', () => {
  let dir: string;
  let installed = false;
  beforeAll(() => {
    requireDist();
    dir = mkdtempSync(path.join(tmpdir(), 'vsr-pack-'));
    npm(['pack', '--pack-destination', dir], ROOT);
    const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    const project = path.join(dir, 'project');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    // prefer the npm cache that `npm ci` filled; metadata the cache lacks (npm ci fetches tarballs only)
    // comes from the registry
    npm(['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', path.join(dir, tgz)], project);
    installed = true;
  }, 300_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Runs a script in the consumer project and returns its output. */
  function run(args: string[]): string {
    const r = spawnSync(process.execPath, args, { cwd: path.join(dir, 'project'), encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout.trim();
  }

  it('loads a shipped standard by id through require()', () => {
    expect(installed).toBe(true);
    const out = run(['-e', `
      const v = require('veteran-station-rating');
      v.loadStandard('construction').then((s) => {
        const c = v.compile(s);
        console.log(JSON.stringify({ id: s.id, items: c.items.length > 0, api: ${JSON.stringify(API)}.every((n) => typeof v[n] === 'function') }));
      });`]);
    expect(JSON.parse(out)).toEqual({ id: 'construction', items: true, api: true });
  });

  it('loads and scores a shipped standard through import()', () => {
    const out = run(['--input-type=module', '-e', `
      const v = await import('veteran-station-rating');
      const c = v.compile(await v.loadStandard('service'));
      const e = v.evaluate(c, { station: { id: 'X', name: 'X', level: 'town' }, inspectedAt: '2025-06-01', answers: {} });
      console.log(JSON.stringify({ id: e.standard.id, schema: e.schema, api: ${JSON.stringify(API)}.every((n) => typeof v[n] === 'function') }));`]);
    expect(JSON.parse(out)).toEqual({ id: 'service', schema: 'vsr/evaluation@1', api: true });
  });

  /** The README's library snippet, as written (it imports 'veteran-station-rating'). */
  function readmeSnippet(): string {
    return /## Use as a library[^\n]*\n\n```ts\n([\s\S]*?)```/.exec(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))![1];
  }
  /** What the snippet prints, run from the source (tests/readme-example.test.ts checks the figures). */
  const SNIPPET_OUTPUT = "6.25 null [ 'con-sign-03', 'con-rules-01', 'con-sign-01' ]";

  it('issue 10.6: the README snippet runs as written in a fresh ESM consumer project', () => {
    writeFileSync(path.join(dir, 'project', 'readme.mjs'), readmeSnippet());
    expect(run(['readme.mjs'])).toBe(SNIPPET_OUTPUT);
  });

  it('issue 10.6: the README snippet runs through require() in a CJS consumer project', () => {
    const code = readmeSnippet().replace(/^import \{([^}]*)\} from 'veteran-station-rating';$/m, "const {$1} = require('veteran-station-rating');\n(async () => {");
    expect(code).toContain("require('veteran-station-rating')");
    writeFileSync(path.join(dir, 'project', 'readme.cjs'), `${code}\n})().catch((e) => { console.error(e); process.exit(1); });\n`);
    expect(run(['readme.cjs'])).toBe(SNIPPET_OUTPUT);
  });

  it('issue 10.6: bundled with esbuild and run from another folder (no node_modules, no standards/), the snippet gives the same output', async () => {
    const { build } = await import('esbuild');
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'vsr-bundled-'));
    const outfile = path.join(elsewhere, 'app.mjs');
    writeFileSync(path.join(dir, 'project', 'readme.mjs'), readmeSnippet());
    await build({ entryPoints: [path.join(dir, 'project', 'readme.mjs')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'silent',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
    const r = spawnSync(process.execPath, [outfile], { cwd: elsewhere, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(SNIPPET_OUTPUT);
    expect(readdirSync(elsewhere)).toEqual(['app.mjs']);
    rmSync(elsewhere, { recursive: true, force: true });
  });

  it('issue 10.5: veteran-station-rating/core and /sheets resolve in the installed copy', () => {
    const out = run(['--input-type=module', '-e', `
      const core = await import('veteran-station-rating/core');
      const sheets = await import('veteran-station-rating/sheets');
      const s = await core.loadRatingScheme('star-rating@1.0.0');
      console.log(JSON.stringify({ id: s.id, readInspection: typeof core.readInspection, renderCsv: typeof sheets.renderCsv }));`]);
    expect(JSON.parse(out)).toEqual({ id: 'star-rating', readInspection: 'undefined', renderCsv: 'function' });
  });

  it('ships its schemas for import', () => {
    const out = run(['-e', `console.log(require('veteran-station-rating/schemas/evaluation.schema.json').$id)`]);
    expect(out).toBe('https://veteran-station-rating.org/schemas/evaluation.schema.json');
  });
});
