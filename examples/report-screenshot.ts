/**
 * Screenshot of the HTML report of the four-star example (its unmet five-star conditions and its gap
 * plan show what the report is for), as shown in the README (docs/report-screenshot.png). Needs Debian's chromium (apt-get install chromium) and, for the
 * Chinese text, a CJK font (fonts-noto-cjk, as .ci/run installs).
 *   npm run docs:screenshot [-- out.png [inspection.yaml] [--locale en]]
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluate, formatProblem, readInspection, renderHtml, type Locale } from 'veteran-station-rating';
import { launchChromium } from './browser.js';

const args = process.argv.slice(2);
const locale: Locale = args.includes('--locale') && args[args.indexOf('--locale') + 1] === 'en' ? 'en' : 'zh-CN';
const [out = 'docs/report-screenshot.png', file = 'examples/inspections/four-star-town.yaml'] = args.filter((a) => !a.startsWith('--') && a !== 'en' && a !== 'zh-CN');

const read = await readInspection(file);
if (!read.ok) {
  for (const p of read.problems) console.error(formatProblem(p, locale));
  process.exit(1);
}
const html = path.join(tmpdir(), 'vsr-report-screenshot.html');
writeFileSync(html, renderHtml({ evaluation: evaluate(read.compiled, read.inspection), file }, { locale }));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 2250 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(html).href);
  await page.screenshot({ path: out });
  console.log(out);
} finally {
  await browser.close();
}
