/**
 * Score one station and print its gap plan.
 *   npm run example:score                       (the four-star town example)
 *   npm run example:score -- path/to/inspection.yaml [--locale en]
 * 为一个站点评分，并列出离下一星级的差距清单。
 */
import { evaluate, formatProblem, readInspection, renderGapText, type Locale } from 'veteran-station-rating';

const args = process.argv.slice(2);
const locale: Locale = args.includes('--locale') && args[args.indexOf('--locale') + 1] === 'en' ? 'en' : 'zh-CN';
const file = args.find((a) => !a.startsWith('--') && a !== 'en' && a !== 'zh-CN') ?? 'examples/inspections/four-star-town.yaml';

// The inspection names its scheme (star-rating@1.0.0); pass { scheme } or { standard } to override.
const read = await readInspection(file);
if (!read.ok) {
  for (const p of read.problems) console.error(formatProblem(p, locale));
  process.exit(1);
}
const evaluation = evaluate(read.compiled, read.inspection);
console.log(`${evaluation.station.name}: ${evaluation.score.percent}% → ${evaluation.rating.label?.[locale] ?? '—'}`);
console.log(renderGapText({ evaluation, file }, { locale }));
