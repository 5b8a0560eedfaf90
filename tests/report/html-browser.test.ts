// Opens the HTML report in headless Chromium (Debian's `chromium`, driven by playwright-core): no
// console errors, no network requests, no script run, the key text present, no sideways scrolling on
// a phone, and printing gives A4 pages. Screenshots and the PDF go to test-artifacts/.
// Without /usr/bin/chromium this test FAILS; set VSR_SKIP_BROWSER=1 to skip it on purpose.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { renderHtml } from '../../src/report/html.js';
import { CHROMIUM, launchChromium } from '../../examples/browser.js';
import { ROOT, townInputs, vsr } from './helpers.js';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const skip = process.env.VSR_SKIP_BROWSER === '1';

interface Visit {
  page: Page;
  requests: string[];
  errors: string[];
  dialogs: string[];
}

describe.skipIf(skip)('HTML report in headless Chromium', () => {
  let browser: Browser;
  let file: string;

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium (or set VSR_SKIP_BROWSER=1)`).toBe(true);
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
    const { standard, scheme } = await townInputs();
    file = path.join(ARTIFACTS, 'report-test.html');
    writeFileSync(file, renderHtml([scheme, standard]));
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function visit(width: number, locale = 'zh-CN'): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale });
    const v: Visit = { page, requests: [], errors: [], dialogs: [] };
    page.on('request', (r) => v.requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && v.errors.push(m.text()));
    page.on('pageerror', (e) => v.errors.push(e.message));
    page.on('dialog', (d) => {
      v.dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return v;
  }

  it('loads with no console errors, no requests but the file itself, and runs no script', async () => {
    const v = await visit(1000);
    expect(v.errors).toEqual([]);
    expect(v.requests).toEqual([pathToFileURL(file).href]);
    expect(v.dialogs).toEqual([]);
    expect(await v.page.locator('script').count()).toBe(0);
    await v.page.screenshot({ path: path.join(ARTIFACTS, 'report-desktop.png'), fullPage: true });
    await v.page.close();
  });

  it('shows the key text: station (escaped), level, conditions, vetoes, chart, gap checklist and items', async () => {
    const v = await visit(1000);
    const text = await v.page.locator('body').innerText();
    for (const s of ['<script>alert(1)</script>示例镇退役军人服务站', '评定汇总', '三星级', '62.5%', '各等级条件', '章节“服务”得分率 55% 低于 60%', '否决项全部通过', '差距清单', '条目明细', '重构稿']) {
      expect(text).toContain(s);
    }
    expect(await v.page.locator('figure.chart svg.bar').count()).toBe(4 + 3); // scheme: total, component, 2 sections; standard: total, 2 sections
    expect(await v.page.locator('ol.gap input[type=checkbox]').count()).toBeGreaterThan(0);
    expect(await v.page.locator('table.items tbody tr').count()).toBe(12);
    await v.page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const v = await visit(360);
    const width = await v.page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(360);
    await v.page.screenshot({ path: path.join(ARTIFACTS, 'report-phone.png'), fullPage: true });
    await v.page.close();
  });

  it('prints to A4 pages, each station starting a new page', async () => {
    const v = await visit(1000);
    await v.page.emulateMedia({ media: 'print' });
    const breaks = await v.page.evaluate<string[]>("[...document.querySelectorAll('section.station')].map((s) => getComputedStyle(s).breakBefore)");
    expect(breaks).toEqual(['page', 'page']);
    const pdf = await v.page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(path.join(ARTIFACTS, 'report.pdf'), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))!;
    expect(Math.round(Number(box[1]))).toBe(595); // A4: 595 × 842 points
    expect(Math.round(Number(box[2]))).toBe(842);
    await v.page.close();
  });

  /** A4 pages of an HTML file printed by Chromium. */
  async function printedPages(file: string): Promise<number> {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await page.close();
    return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  }

  it('issue 8.17: the item id never wraps, and each example station prints on at most 12 A4 pages', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vsr-print-'));
    const examples = path.join(ROOT, 'examples/inspections');
    const counts: Record<string, number> = {};
    for (const f of readdirSync(examples).filter((x) => x.endsWith('.yaml'))) {
      const out = path.join(dir, f.replace(/\.yaml$/, '.html'));
      const r = await vsr(['score', path.join(examples, f), '--format', 'html', '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      counts[f] = await printedPages(out);
    }
    for (const [f, n] of Object.entries(counts)) expect(n, `${f}: ${n} pages`).toBeLessThanOrEqual(12);
    // the id cell holds `con-basic-01` on one line when printed
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(dir, 'four-star-town.html')).href);
    await page.emulateMedia({ media: 'print' });
    const lines = await page.evaluate<number>(`(() => { const td = [...document.querySelectorAll('table.items td')].find((c) => c.textContent === 'con-basic-01');
      const range = document.createRange(); range.selectNodeContents(td);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size; })()`);
    expect(lines).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('issue 8.18: Chinese text renders with a CJK font, not as fallback boxes', async () => {
    const page = await browser.newPage();
    await page.setContent('<p><span id="zh" style="font-size:40px">退役军人服务站</span></p>');
    // seven CJK glyphs are full-width: about 7 × 40 px
    const width = await page.evaluate<number>(`document.getElementById('zh').getBoundingClientRect().width`);
    expect(width).toBeGreaterThan(7 * 40 * 0.9);
    // real glyphs: without a CJK font every one is the same fallback box, so 退 would draw like 役 and like
    // a code point no font has (U+10FFFD)
    const differs = await page.evaluate<boolean>(`(() => {
      const draw = (t) => { const c = document.createElement('canvas'); c.width = 60; c.height = 60; const x = c.getContext('2d'); x.font = '48px sans-serif'; x.fillText(t, 4, 50); return c.toDataURL(); };
      return draw('退') !== draw('\u{10FFFD}') && draw('退') !== draw('役');
    })()`);
    expect(differs).toBe(true);
    await page.close();
  });
});
