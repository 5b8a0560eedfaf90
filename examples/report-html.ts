/**
 * Render the HTML report of the five-star example station to a file.
 *   npm run example:report                         (writes five-star-report.html in the temp folder)
 *   npm run example:report -- out.html [inspection.yaml] [--locale en]
 * 生成五星级示例站点的 HTML 评定报告（可在手机上阅读，可打印为 A4 PDF）。
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { evaluate, formatProblem, readInspection, renderHtml, type Locale } from 'veteran-station-rating';

const args = process.argv.slice(2);
const locale: Locale = args.includes('--locale') && args[args.indexOf('--locale') + 1] === 'en' ? 'en' : 'zh-CN';
const [out = path.join(tmpdir(), 'five-star-report.html'), file = 'examples/inspections/five-star-town.yaml'] = args.filter((a) => !a.startsWith('--') && a !== 'en' && a !== 'zh-CN');

const read = await readInspection(file);
if (!read.ok) {
  for (const p of read.problems) console.error(formatProblem(p, locale));
  process.exit(1);
}
const evaluation = evaluate(read.compiled, read.inspection);
writeFileSync(out, renderHtml({ evaluation, file }, { locale }));
console.log(`${evaluation.station.name}: ${evaluation.rating.label?.[locale] ?? '—'} (${evaluation.score.percent}%) → ${out}`);
