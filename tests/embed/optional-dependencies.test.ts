// Issue 10.5: exceljs is an optional dependency. npm installs it by default (also with `npm install -g`,
// so the CLI reads and writes spreadsheets); an embedding may leave it out with
// `npm install --omit=optional`. Without it the package imports and scores, the CLI starts and scores,
// and reading or writing a workbook says which package is missing and how to install it, in both
// languages, with no stack trace. Simulated here with a module-resolution hook that does not find it.
// (docx stays a dependency: its nanoid declares Node >= 22, and npm silently skips an optional
// dependency whose tree does not match the running Node, so on Node 20 it would vanish.)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');

/** A `--import` file registering a resolve hook under which exceljs is not installed. */
function withoutOptional(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vsr-no-optional-'));
  const hook = `export async function resolve(specifier, context, next) {
    if (/^exceljs(\\/|$)/.test(specifier)) {
      const e = new Error("Cannot find package '" + specifier + "' imported from " + context.parentURL);
      e.code = 'ERR_MODULE_NOT_FOUND';
      throw e;
    }
    return next(specifier, context);
  }`;
  const file = path.join(dir, 'register.mjs');
  writeFileSync(file, `import { register } from 'node:module';\nregister(${JSON.stringify('data:text/javascript,' + encodeURIComponent(hook))});\n`);
  return file;
}

describe('issue 10.5: exceljs is optional', () => {
  it('issue 10.5: package.json lists exceljs as an optionalDependency (installed by default, also by npm install -g)', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.optionalDependencies ?? {})).toEqual(['exceljs']);
    expect(pkg.dependencies.exceljs).toBeUndefined();
    expect(pkg.peerDependencies?.exceljs).toBeUndefined(); // an optional peer would not be installed by npm install -g
  });

  it('issue 10.5: without it, the library imports and scores; writing a workbook names the missing package in both languages', () => {
    const code = `const m = await import(${JSON.stringify(pathToFileURL(path.join(DIST, 'index.js')).href)});
      const compiled = m.compile(await m.loadRatingScheme('star-rating@1.0.0'));
      try { await m.writeInspectionForm(compiled, {}); console.log(JSON.stringify({ wrote: true })); }
      catch (e) { console.log(JSON.stringify({ vsr: m.isVsrError(e), problems: e.problems })); }`;
    const out = execFileSync(process.execPath, ['--import', withoutOptional(), '--input-type=module', '-e', code], { cwd: os.tmpdir(), encoding: 'utf8' });
    const r = JSON.parse(out);
    expect(r.vsr).toBe(true);
    expect(r.problems[0].code).toBe('optional-dependency-missing');
    expect(r.problems[0].params).toEqual({ name: 'exceljs' });
    expect(r.problems[0].message['zh-CN']).toContain('npm install exceljs');
    expect(r.problems[0].message.en).toContain('npm install exceljs');
  });

  it('issue 10.5: without it, the CLI starts and scores a YAML inspection; vsr form and vsr export --format xlsx fail with the message, exit 1, no stack trace', () => {
    const hook = withoutOptional();
    const vsr = (...args: string[]) => spawnSync(process.execPath, ['--import', hook, path.join(DIST, 'cli.js'), ...args, '--locale', 'en'], { cwd: ROOT, encoding: 'utf8' });
    const score = vsr('score', 'examples/inspections/four-star-town.yaml', '--format', 'json');
    expect(score.stderr).toBe('');
    expect(score.status).toBe(0);
    expect(JSON.parse(score.stdout).rating.level).toBe('four-star');

    const dir = mkdtempSync(path.join(os.tmpdir(), 'vsr-no-optional-out-'));
    for (const args of [['form', 'star-rating', '--out', path.join(dir, 'form.xlsx')], ['export', 'construction@1.0.0', '--format', 'xlsx', '--out', path.join(dir, 'sheet.xlsx')]]) {
      const r = vsr(...args);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toContain('needs the optional dependency exceljs');
      expect(r.stderr).toContain('npm install exceljs');
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
    // Word output needs no exceljs
    expect(vsr('export', 'construction@1.0.0', '--format', 'docx', '--out', path.join(dir, 'sheet.docx')).status).toBe(0);
    expect(existsSync(path.join(dir, 'form.xlsx'))).toBe(false);
  });
});
