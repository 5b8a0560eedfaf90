import { stringify } from 'csv-stringify/sync';
import { formatMessage, type Locale } from '../i18n/messages.js';
import type { BatchSummary } from './summary.js';
import { spreadsheetSafe } from '../report/tables.js';

/**
 * The regional rollup as CSV: one row per region (the whole batch first, then province → town in
 * tree order) and per standard or scheme, with stations, average percent, stations at each level,
 * unrated, and each target's share and whether it is met. Item and section figures are in the JSON
 * and HTML summaries. Text a spreadsheet would take for a formula (region names, labels) gets a
 * leading apostrophe, as in the report CSV and XLSX. Starts with a UTF-8 byte-order mark so spreadsheet programs read the Chinese.
 */
export function renderSummaryCsv(summary: BatchSummary, locale: Locale): string {
  const t = (code: string) => formatMessage(code, undefined, locale);
  const levelIds: string[] = [];
  const levelNames = new Map<string, string>();
  const targetIds: string[] = [];
  const targetNames = new Map<string, string>();
  for (const g of summary.groups) {
    for (const l of g.levels) if (!levelNames.has(l.id)) { levelIds.push(l.id); levelNames.set(l.id, l.label[locale]); }
    for (const x of g.targets) if (!targetNames.has(x.id)) { targetIds.push(x.id); targetNames.set(x.id, `${x.label[locale]} ≥ ${x.minPercent}%`); }
  }
  const header = [
    t('summary-standard'), t('summary-region'), t('summary-depth'), t('summary-stations'), t('summary-average'),
    ...levelIds.map((id) => levelNames.get(id)!), t('summary-unrated'),
    ...targetIds.flatMap((id) => [targetNames.get(id)!, `${targetNames.get(id)} (${t('summary-target-met')})`]),
  ];
  const rows: (string | number)[][] = [header];
  for (const g of summary.groups) {
    for (const r of [g.total, ...g.regions]) {
      rows.push([
        `${g.id}@${g.version}`,
        r.depth === 0 ? t('summary-region-all') : r.path.join('/'),
        r.depth,
        r.stations,
        r.averagePercent,
        ...levelIds.map((id) => r.levels[id] ?? ''),
        r.unrated,
        ...targetIds.flatMap((id): (string | number)[] => {
          const x = r.targets.find((y) => y.id === id);
          return x ? [x.share, x.met ? 1 : 0] : ['', ''];
        }),
      ]);
    }
  }
  return '\ufeff' + stringify(rows.map((row) => row.map(spreadsheetSafe)));
}
