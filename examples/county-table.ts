/**
 * Score a folder of stations into a county table: each county's stations with their percent and
 * level, how many stations reached each level, and the items that fail most often.
 *   npm run example:county                       (examples/inspections)
 *   npm run example:county -- path/to/folder [--locale en]
 * 为一个文件夹的检查记录评分，按县（市、区）列表：各站得分和星级、各星级站点数、失分最多的条目。
 */
import { buildReport, CompiledCache, expandInspectionPaths, formatProblem, loadReportInputs, type Locale, type ReportModel } from 'veteran-station-rating';

const args = process.argv.slice(2);
const locale: Locale = args.includes('--locale') && args[args.indexOf('--locale') + 1] === 'en' ? 'en' : 'zh-CN';
const folder = args.find((a) => !a.startsWith('--') && a !== 'en' && a !== 'zh-CN') ?? 'examples/inspections';
const en = locale === 'en';

const { files } = await expandInspectionPaths([folder]);
const loaded = await loadReportInputs(files, { cache: new CompiledCache() });
for (const p of loaded.problems) console.error(formatProblem(p, locale));
// Star ratings only: inspections scored against a single standard (e.g. a county centre) are left out.
const rated = loaded.inputs.filter((i) => i.evaluation.scheme !== null).map((i) => buildReport(i, { locale }));

const byCounty = new Map<string, ReportModel[]>();
for (const m of rated) {
  const county = m.station.region.split(' / ')[2] ?? (en ? '(no county)' : '（未注明县）');
  byCounty.set(county, [...(byCounty.get(county) ?? []), m]);
}

const pad = (s: string | number, n: number) => String(s) + ' '.repeat(Math.max(0, n - [...String(s)].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
for (const [county, models] of [...byCounty.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`\n== ${county} (${models.length}) ==`);
  console.log(`${pad(en ? 'Station' : '站点', 44)}${pad(en ? 'Level' : '层级', 14)}${pad('%', 8)}${en ? 'Rating' : '等级'}`);
  for (const m of models.sort((a, b) => b.score.percent - a.score.percent)) {
    console.log(`${pad(m.station.name, 44)}${pad(m.station.level, 14)}${pad(m.score.percent, 8)}${m.rating.label} ${'★'.repeat(m.rating.stars)}`);
  }
}

const levels = new Map<string, number>();
for (const m of rated) levels.set(m.rating.label, (levels.get(m.rating.label) ?? 0) + 1);
console.log(`\n${en ? 'Stations per level' : '各等级站点数'}: ${[...levels.entries()].map(([l, n]) => `${l} ${n}`).join(', ')}`);

const failing = new Map<string, { title: string; count: number }>();
for (const m of rated) for (const i of m.items) if (i.state === 'fail' || i.state === 'partial' || i.state === 'unanswered') {
  failing.set(i.id, { title: i.title, count: (failing.get(i.id)?.count ?? 0) + 1 });
}
console.log(`${en ? 'Items most often short of full points' : '失分最多的条目'}:`);
for (const [id, f] of [...failing.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])).slice(0, 10)) {
  console.log(`  ${pad(f.count, 3)} ${pad(id, 16)} ${f.title}`);
}
