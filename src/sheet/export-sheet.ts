/**
 * A standard as a printable 评分细则 (score sheet): the layout `vsr import` reads, so that export
 * then import gives back the same items, points, checks and vetoes. Pure: `sheetTable` builds the
 * table; write-sheet.ts renders it as XLSX, Word or Markdown.
 *
 * Columns: 序号 · 编号 · 二级指标 · 评价内容 · 评分标准 · 分值 · 检查方法 · 佐证材料 · 备注. Each section is a
 * banner row ("一、基本要求（20分）") merged across the table; the 评分标准 is the item's official text
 * when it states the item's check, else the rule written from the check (scoring-text.ts); 备注 carries
 * "适用：…", "加分项" and "一票否决：…"; a last 合计 row gives the total and the bonus cap.
 */
import { stationLevelNames } from '../i18n/messages.js';
import { evidenceKindLabel, formatPoints, methodLabel } from '../report/labels.js';
import type { Item, Standard } from '../types/standard.js';
import { SHEET_COLUMNS, type SheetColumn } from './columns.js';
import { checkKey, describeCheck, inferCheck } from './scoring-text.js';

export const EXPORT_COLUMNS: SheetColumn[] = ['seq', 'id', 'title', 'text', 'scoring', 'points', 'method', 'evidence', 'note'];

export type SheetLine =
  | { kind: 'banner'; text: string }
  | { kind: 'item'; cells: string[] }
  | { kind: 'total'; cells: string[] };

export interface SheetTable {
  title: string;
  subtitle: string;
  header: string[];
  lines: SheetLine[];
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function chineseNumber(n: number): string {
  if (n <= 10) return CN[n - 1];
  if (n < 20) return `十${CN[n - 11]}`;
  return `${CN[Math.floor(n / 10) - 1]}十${n % 10 ? CN[(n % 10) - 1] : ''}`;
}

/** The 评分标准 printed for an item: its official text when that still states its check. */
export function scoringFor(item: Item): string {
  const official = item.scoring?.['zh-CN'];
  if (official) {
    const inferred = inferCheck(official, item.points);
    if (inferred ? checkKey(inferred) === checkKey(item.check) : item.todo?.includes('check') && item.check.type === 'boolean') return official;
  }
  return describeCheck(item.check, item.points);
}

function noteFor(item: Item): string {
  const parts: string[] = [];
  if (item.appliesTo) parts.push(`适用：${item.appliesTo.map((l) => stationLevelNames[l]['zh-CN']).join('、')}`);
  if (item.bonus) parts.push('加分项');
  if (item.veto) parts.push(`一票否决：${item.veto.message['zh-CN']}`); // last: the message runs to the end
  return parts.join('；');
}

/** The score sheet of a (resolved) standard. */
export function sheetTable(std: Standard): SheetTable {
  const lines: SheetLine[] = [];
  let seq = 0;
  let total = 0;
  (std.sections ?? []).forEach((section, s) => {
    const items = section.items ?? [];
    const sum = items.filter((i) => !i.bonus).reduce((a, i) => a + Math.round(i.points * 100), 0);
    total += sum;
    lines.push({ kind: 'banner', text: `${chineseNumber(s + 1)}、${section.title['zh-CN']}（${formatPoints(sum / 100)}分）` });
    for (const item of items) {
      seq++;
      lines.push({
        kind: 'item',
        cells: [
          String(seq),
          item.id,
          item.title['zh-CN'],
          item.text?.['zh-CN'] ?? '',
          scoringFor(item),
          formatPoints(item.points),
          methodLabel(item.method, 'zh-CN'),
          (item.evidence ?? []).map((e) => `${evidenceKindLabel(e.kind, 'zh-CN')}${(e.min ?? 1) > 1 ? `×${e.min}` : ''}`).join('、'),
          noteFor(item),
        ],
      });
    }
  });
  const cap = std.bonusCap ? `加分项最高加${formatPoints(std.bonusCap)}分` : '';
  lines.push({ kind: 'total', cells: ['合计', '', '', '', '', formatPoints(total / 100), '', '', cap] });
  const header = EXPORT_COLUMNS.map((k) => {
    const c = SHEET_COLUMNS.find((x) => x.key === k)!;
    return `${c.zh} / ${c.en}`;
  });
  return {
    title: std.title['zh-CN'],
    subtitle: `${std.id}@${std.version}${std.status ? ` · ${std.status}` : ''}`,
    header,
    lines,
  };
}
