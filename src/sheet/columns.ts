/**
 * The columns of a 评分表 (score sheet) as bureaus lay them out, in Chinese or English and in any
 * order. `vsr import` finds them by these names; `vsr export` writes the first name of each.
 */
export type SheetColumn = 'seq' | 'section' | 'id' | 'title' | 'text' | 'scoring' | 'points' | 'method' | 'evidence' | 'note';

export const SHEET_COLUMNS: { key: SheetColumn; zh: string; en: string; names: string[] }[] = [
  { key: 'seq', zh: '序号', en: 'No.', names: ['序号', '编次', 'no', 'no.', '#', 'seq'] },
  { key: 'section', zh: '一级指标', en: 'Section', names: ['一级指标', '评价项目', '考核项目', '项目', '类别', '评价类别', '考核类别', '板块', 'section', 'category'] },
  { key: 'id', zh: '编号', en: 'ID', names: ['编号', '条目编号', '指标编号', 'id', 'item id', 'itemid', 'code'] },
  { key: 'title', zh: '二级指标', en: 'Item', names: ['二级指标', '评价指标', '考核指标', '指标', '指标名称', '条目', 'item', 'title', 'indicator'] },
  { key: 'text', zh: '评价内容', en: 'Requirement', names: ['评价内容', '考核内容', '评价要点', '考核要点', '具体内容', '具体要求', '内容', '要求', '标准要求', 'requirement', 'content', 'text', 'description'] },
  { key: 'scoring', zh: '评分标准', en: 'Scoring rule', names: ['评分标准', '评分细则', '评分办法', '评分方法', '计分方法', '计分办法', '考核标准', '评分说明', 'scoring', 'scoring rule', 'scoringrule', 'rule'] },
  { key: 'points', zh: '分值', en: 'Points', names: ['分值', '分数', '标准分', '满分', '权重分', '分值(分)', '分值（分）', 'points', 'score', 'max'] },
  { key: 'method', zh: '检查方法', en: 'Method', names: ['检查方法', '考核方式', '考核方法', '评价方式', '评价方法', '检查方式', 'method'] },
  { key: 'evidence', zh: '佐证材料', en: 'Evidence', names: ['佐证材料', '佐证', '检查材料', '佐证资料', '台账资料', 'evidence'] },
  { key: 'note', zh: '备注', en: 'Note', names: ['备注', '说明', 'note', 'notes', 'remarks', 'remark'] },
];

export function normaliseHeading(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s*:：_]+/g, '');
}

/** The column a heading cell names ("分值", "Points", "评分标准 / Scoring rule"), if any. */
export function columnOf(cell: string): SheetColumn | undefined {
  const parts = [cell, ...cell.split(/[/／\n]/)].map(normaliseHeading).filter(Boolean);
  for (const col of SHEET_COLUMNS) {
    const names = new Set(col.names.map(normaliseHeading));
    if (parts.some((p) => names.has(p))) return col.key;
  }
  return undefined;
}
