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
import { ROOT, townInputs } from './helpers.js';
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
});
