// Issue 10.5: the core embeds in a browser. The built package (dist/core.js, the `veteran-station-rating/core` subpath) is bundled with esbuild
// for the browser, with no file system and no spreadsheet library (they stay out: external, loaded
// only by functions the page never calls), and scores the four-star example inside headless Chromium
// (playwright-core with /usr/bin/chromium): the evaluation's JSON is the same as Node's.
// Without /usr/bin/chromium this test FAILS; set VSR_SKIP_BROWSER=1 to skip it on purpose.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from '../../examples/browser.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const skip = process.env.VSR_SKIP_BROWSER === '1';

/** The page's program: loads the scheme the inspection names (bundled data), validates and scores it. */
const ENTRY = `
import { compile, evaluate, isVsrError, loadRatingScheme, validateInspection } from ${JSON.stringify(path.join(ROOT, 'dist/core.js'))};
async function score(inspection) {
  const compiled = compile(await loadRatingScheme(inspection.scheme));
  const checked = validateInspection(compiled, inspection);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return JSON.stringify(evaluate(compiled, checked.inspection));
}
async function refused(ref) {
  try { await loadRatingScheme(ref); return 'loaded'; } catch (e) { return isVsrError(e) ? e.problems[0].code : String(e); }
}
globalThis.core = { score, refused };
`;

describe.skipIf(skip)('issue 10.5: the core in a browser', () => {
  it('issue 10.5: bundled with esbuild, it scores the four-star example in Chromium exactly as Node does', { timeout: 120_000 }, async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium (or set VSR_SKIP_BROWSER=1)`).toBe(true);
    expect(existsSync(path.join(ROOT, 'dist/core.js')), 'build first (npm run build)').toBe(true);
    const dir = mkdtempSync(path.join(tmpdir(), 'vsr-browser-'));
    const entry = path.join(dir, 'entry.mjs');
    writeFileSync(entry, ENTRY);
    const out = await build({
      entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent',
      // node: modules and the spreadsheet libraries are reached only through import() in functions the page never calls
      external: ['node:*', 'exceljs', 'jszip', 'csv-parse', 'csv-parse/*', 'csv-stringify', 'csv-stringify/*'],
    });
    const code = out.outputFiles[0].text;
    // no static import of a node: module or a spreadsheet library: the page would fail to load
    expect(code.match(/^import\s.*from\s*["'][^"']+["'];?$/gm) ?? []).toEqual([]);
    writeFileSync(path.join(dir, 'core.js'), code);

    const inspection = parse(readFileSync(path.join(ROOT, 'examples/inspections/four-star-town.yaml'), 'utf8'));
    const { compile, evaluate, loadRatingScheme, validateInspection } = await import('../../src/index.js');
    const compiled = compile(await loadRatingScheme(inspection.scheme));
    const checked = validateInspection(compiled, inspection);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const inNode = JSON.stringify(evaluate(compiled, checked.inspection));

    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setContent('<!doctype html><meta charset="utf-8"><title>vsr</title>');
      await page.addScriptTag({ content: code, type: 'module' });
      await page.waitForFunction(() => (globalThis as unknown as { core?: unknown }).core !== undefined, undefined, { timeout: 30_000 });
      const inBrowser = await page.evaluate((i) => (globalThis as unknown as { core: { score(x: unknown): Promise<string> } }).core.score(i), inspection);
      const refusedCode = await page.evaluate(() => (globalThis as unknown as { core: { refused(r: string): Promise<string> } }).core.refused('./elsewhere.yaml'));
      expect(errors).toEqual([]);
      expect(JSON.parse(inBrowser).rating).toMatchObject({ level: JSON.parse(inNode).rating.level });
      expect(inBrowser).toBe(inNode);
      expect(refusedCode).toBe('ref-path-refused');
    } finally {
      await browser.close();
    }
  });
});
