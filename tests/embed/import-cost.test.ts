// Issue 10.5: a lean main entry. Importing the package loads no YAML parser, no ajv (the schemas are
// compiled at build time: src/standard/schema-validators.ts), no semver index and no file of any other
// package: the shipped standards are bundled parsed and load on first use, the small pure libraries are
// bundled into dist/. The yaml library loads when a YAML text is actually read. Measured by
// `npm run bench:import` (bench/import-cost.mjs); these tests hold what makes it cheap.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');

/** The packages (folder names under node_modules) whose files are in require.cache, as code to run in the child. */
const LOADED = `[...new Set(Object.keys(require.cache).map((k) => /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(k)?.[1]).filter(Boolean))].sort()`;

function node(code: string, type: 'module' | 'commonjs'): unknown {
  return JSON.parse(execFileSync(process.execPath, [`--input-type=${type}`, '-e', code], { cwd: os.tmpdir(), encoding: 'utf8' }));
}

const EXAMPLE = readFileSync(path.join(ROOT, 'examples/inspections/four-star-town.yaml'), 'utf8');

/** The four-star example as a YAML file in a temporary folder (to read with readInspection). */
function yamlInspection(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vsr-import-cost-'));
  const file = path.join(dir, 'four-star-town.yaml');
  writeFileSync(file, EXAMPLE);
  return file;
}

/**
 * Imports the entry, then: what is loaded after the import; after loading, compiling and scoring the
 * shipped scheme of the four-star example (given as data); after reading it from a YAML file.
 */
const steps = (file: string) => `
  const atImport = ${LOADED};
  const data = ${JSON.stringify(parse(EXAMPLE))};
  const compiled = m.compile(await m.loadRatingScheme(data.scheme));
  const checked = m.validateInspection(compiled, data);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  m.evaluate(compiled, checked.inspection);
  const afterScoring = ${LOADED};
  const read = await m.readInspection(${JSON.stringify(file)});
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  console.log(JSON.stringify({ atImport, afterScoring, afterReading: ${LOADED} }));`;

describe('issue 10.5: the main entry imports lean', () => {
  it('issue 10.5: import() of dist/index.js loads no package file (no yaml, ajv, semver); scoring a shipped scheme loads none; reading a YAML file loads yaml', () => {
    const code = `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
      const m = await import(${JSON.stringify(pathToFileURL(path.join(DIST, 'index.js')).href)});${steps(yamlInspection())}`;
    const r = node(code, 'module') as Record<string, string[]>;
    expect(r.atImport).toEqual([]);
    expect(r.afterScoring).toEqual([]);
    expect(r.afterReading).toContain('yaml');
  });

  it('issue 10.5: require() of dist/index.cjs likewise', () => {
    const code = `(async () => { const m = require(${JSON.stringify(path.join(DIST, 'index.cjs'))});${steps(yamlInspection())} })();`;
    const r = node(code, 'commonjs') as Record<string, string[]>;
    expect(r.atImport).toEqual([]);
    expect(r.afterScoring).toEqual([]);
    expect(r.afterReading).toContain('yaml');
  });

  it('issue 10.5: the static ESM import graph of dist/index.js and dist/core.js reaches only dist/ and node: built-ins', () => {
    for (const entry of ['index.js', 'core.js']) {
      const seen = new Set<string>();
      const outside = new Set<string>();
      const walk = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        const text = readFileSync(path.join(DIST, file), 'utf8');
        for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm)) {
          const spec = m[1] ?? m[2];
          if (spec.startsWith('./')) walk(spec.slice(2));
          else if (!spec.startsWith('node:')) outside.add(spec);
        }
      };
      walk(entry);
      expect(seen.size, entry).toBeGreaterThan(1);
      expect([...outside], entry).toEqual([]);
    }
  });
});
