// Issue 10.5: a lean, embeddable core. The shipped standards are bundled into the build (no file
// system, no `standards/` folder from the working directory), file-path refs load only inside the
// caller's roots, one error brand across the ESM and CJS builds, and the main entry loads no
// spreadsheet or CSV library.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isVsrError, loadRatingScheme, loadStandard, VsrError } from '../../src/index.js';
import { parse } from 'yaml';
import { SHIPPED_DOCUMENTS } from '../../src/standard/shipped-data.js';
// @ts-expect-error: a plain .mjs build script without types
import { shippedFilesModule, shippedModule } from '../../scripts/gen-shipped.mjs';
import { fixture } from '../helpers/engine.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');

async function problemsOf(run: () => Promise<unknown>): Promise<{ code: string; params?: Record<string, unknown> }[]> {
  try {
    await run();
  } catch (e) {
    if (e instanceof VsrError) return e.problems;
    throw e;
  }
  throw new Error('expected a VsrError');
}

function node(code: string, cwd: string, type: 'module' | 'commonjs' = 'module'): string {
  return execFileSync(process.execPath, [`--input-type=${type}`, '-e', code], { cwd, encoding: 'utf8' });
}

describe('issue 10.5: shipped standards without the file system', () => {
  it('issue 10.5: the bundled documents are exactly the files in standards/, parsed (run `npm run gen` after adding one)', () => {
    const fresh = readFileSync(path.join(ROOT, 'src/standard/shipped-data.ts'), 'utf8');
    expect(fresh).toBe(shippedModule());
    expect(readFileSync(path.join(ROOT, 'src/standard/shipped-files.ts'), 'utf8')).toBe(shippedFilesModule());
    for (const [key, json] of Object.entries(SHIPPED_DOCUMENTS)) expect(JSON.parse(json), key).toEqual(parse(readFileSync(path.join(ROOT, 'standards', key), 'utf8')));
  });

  it('issue 10.5: every shipped ref loads, and names its file standards/<id>/<version>.yaml', async () => {
    const scheme = await loadRatingScheme('star-rating@1.0.0');
    expect(`${scheme.id}@${scheme.version}`).toBe('star-rating@1.0.0');
    for (const key of Object.keys(SHIPPED_DOCUMENTS)) {
      const [id, file] = key.split('/');
      const ref = `${id}@${file.replace(/\.ya?ml$/, '')}`;
      const doc = await (id.startsWith('star-rating') ? loadRatingScheme(ref) : loadStandard(ref));
      expect(`${doc.id}@${doc.version}`).toBe(ref);
    }
  });

  it('issue 10.5: a standards/ folder in the working directory is not loaded in place of the shipped one', () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'vsr-embed-cwd-'));
    mkdirSync(path.join(cwd, 'standards', 'construction'), { recursive: true });
    writeFileSync(path.join(cwd, 'standards', 'construction', '1.0.0.yaml'), 'schema: vsr/standard@1\nid: construction\nversion: 1.0.0\ntitle: {zh-CN: 冒名, en: impostor}\n');
    writeFileSync(path.join(cwd, 'package.json'), '{"name":"veteran-station-rating"}');
    const out = node(`const m = await import(${JSON.stringify(pathToFileURL(path.join(DIST, 'index.js')).href)}); const s = await m.loadStandard('construction@1.0.0'); console.log(s.title.en)`, cwd);
    expect(out.trim()).toBe('Construction Standard for Veterans Service Centres and Stations (reconstruction)');
  });
});

describe('issue 10.5: file-path refs only inside the roots', () => {
  it('issue 10.5: a file path is refused without roots, in both languages', async () => {
    const [p] = await problemsOf(() => loadStandard(fixture('mini.yaml')));
    expect(p.code).toBe('ref-path-refused');
    const [q] = await problemsOf(() => loadStandard('/etc/passwd'));
    expect(q.code).toBe('ref-path-refused');
  });

  it('issue 10.5: with roots, a file inside loads and one outside is refused', async () => {
    const std = await loadStandard(fixture('mini.yaml'), { roots: [path.join(ROOT, 'tests/fixtures')] });
    expect(std.id).toBeTruthy();
    const [p] = await problemsOf(() => loadStandard('/etc/passwd', { roots: [path.join(ROOT, 'tests/fixtures')] }));
    expect(p.code).toBe('ref-path-outside-roots');
    const [q] = await problemsOf(() => loadStandard(path.join(ROOT, 'tests/fixtures/../../package.json'), { roots: [path.join(ROOT, 'tests/fixtures')] }));
    expect(q.code).toBe('ref-path-outside-roots');
  });

  it('issue 10.5: a symbolic link inside the roots that leads outside is refused (realpath checked)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vsr-embed-roots-'));
    symlinkSync(fixture('mini.yaml'), path.join(dir, 'linked.yaml'));
    const [p] = await problemsOf(() => loadStandard(path.join(dir, 'linked.yaml'), { roots: [dir] }));
    expect(p.code).toBe('ref-path-outside-roots');
  });

  it('issue 10.5: an overlay inside the roots may not extend a file outside them', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vsr-embed-overlay-'));
    const overlay = readFileSync(fixture('service-county.yaml'), 'utf8').replace(/^extends:.*$/m, `extends: ${JSON.stringify(fixture('service.yaml'))}`);
    writeFileSync(path.join(dir, 'overlay.yaml'), overlay);
    const problems = await problemsOf(() => loadStandard(path.join(dir, 'overlay.yaml'), { roots: [dir] }));
    expect(problems.map((p) => p.code)).toEqual(['ref-path-outside-roots']);
    const ok = await loadStandard(path.join(dir, 'overlay.yaml'), { roots: [dir, path.join(ROOT, 'tests/fixtures')] });
    expect(ok.extends).toBeTruthy();
  });
});

describe('issue 10.5: one error across the ESM and CJS builds', () => {
  it('issue 10.5: an error thrown by the CJS build is instanceof VsrError and isVsrError in the ESM build', () => {
    const code = `
      import { createRequire } from 'node:module';
      const esm = await import(${JSON.stringify(pathToFileURL(path.join(DIST, 'index.js')).href)});
      const cjs = createRequire(import.meta.url)(${JSON.stringify(path.join(DIST, 'index.cjs'))});
      let err; try { await cjs.loadStandard('no-such-standard'); } catch (e) { err = e; }
      console.log(JSON.stringify([err instanceof esm.VsrError, esm.isVsrError(err), cjs.isVsrError(err), err.problems[0].code, esm.isVsrError(new Error('x'))]));`;
    expect(JSON.parse(node(code, os.tmpdir()))).toEqual([true, true, true, 'unknown-ref', false]);
  });

  it('issue 10.5: isVsrError tells a VsrError from a look-alike', () => {
    expect(isVsrError(new VsrError([]))).toBe(true);
    expect(isVsrError({ name: 'VsrError', problems: [] })).toBe(false);
    expect(isVsrError(null)).toBe(false);
  });
});

describe('issue 10.5: the main entry loads no spreadsheet or CSV library', () => {
  const HEAVY = /node_modules[\\/](exceljs|csv-parse|csv-stringify|jszip|docx)[\\/]/;
  const loaded = `Object.keys(require.cache).filter((k) => ${HEAVY}.test(k)).map((k) => k.match(${HEAVY})[1])`;

  it('issue 10.5: require() of dist/index.cjs loads none, and exceljs loads when a spreadsheet is written', () => {
    const code = `const m = require(${JSON.stringify(path.join(DIST, 'index.cjs'))});
      const before = [...new Set(${loaded})];
      m.loadRatingScheme('star-rating@1.0.0').then(async (s) => {
        await m.writeInspectionForm(m.compile(s), {});
        console.log(JSON.stringify({ before, after: [...new Set(${loaded})] }));
      });`;
    const r = JSON.parse(node(code, os.tmpdir(), 'commonjs'));
    expect(r.before).toEqual([]);
    expect(r.after).toContain('exceljs');
  });

  it('issue 10.5: import() of dist/index.js loads none', () => {
    const code = `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
      const m = await import(${JSON.stringify(pathToFileURL(path.join(DIST, 'index.js')).href)});
      const before = [...new Set(${loaded})];
      await m.writeInspectionForm(m.compile(await m.loadRatingScheme('star-rating@1.0.0')), {});
      console.log(JSON.stringify({ before, after: [...new Set(${loaded})] }));`;
    const r = JSON.parse(node(code, os.tmpdir()));
    expect(r.before).toEqual([]);
    expect(r.after).toContain('exceljs');
  });

  it('issue 10.5: package.json says the package has no side effects', () => {
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).sideEffects).toBe(false);
  });
});
