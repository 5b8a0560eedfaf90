/**
 * An official 评分表 (score sheet), as rows of cells, to a draft standard. Pure: the readers in
 * read-sheet.ts turn XLSX, CSV and .docx tables into rows; this reads their layout:
 *
 * - a header row naming the columns (columns.ts), in any order, Chinese or English;
 * - sections from a 一级指标 column (merged cells arrive empty and continue the section above) or
 *   from banner rows with one text cell ("一、阵地建设（20分）");
 * - a 一票否决 block (banner or section) whose rows become vetoes, and a 加分项 block whose rows
 *   become bonus items, the cap read from "最高加5分";
 * - items from the other rows, points from 分值 (two decimals), the 评分标准 text kept verbatim in
 *   `scoring` and the check inferred from it where unambiguous (scoring-text.ts), else a boolean and
 *   `todo: [check]`; a 备注 of "一票否决：…", "加分项" or "适用：镇、村" marks the item so.
 *
 * A row that cannot be read (points that are not a number, no title) is reported with its row number,
 * never dropped silently.
 */
import { problem, toHundredths, type Problem } from '../i18n/problem.js';
import { messages } from '../i18n/messages.js';
import { cellText, type TableRow } from '../inspection/read-table.js';
import { EVIDENCE_KINDS } from '../report/labels.js';
import type { EvidenceRequirement, Item, Method, Section, Standard } from '../types/standard.js';
import { columnOf, normaliseHeading, type SheetColumn } from './columns.js';
import { inferCheck, levelsIn, untranslated } from './scoring-text.js';

export interface ImportOptions {
  /** The file name the sheet came from (kept in provenance). */
  source: string;
  id: string;
  version: string;
  /** The import date, YYYY-MM-DD. */
  imported: string;
  title?: string;
}

export interface ImportSummary {
  items: number;
  /** Total of the non-bonus items. */
  points: number;
  vetoes: number;
  bonus: number;
  bonusCap: number;
  /** Checks read from the 评分标准 wording. */
  inferred: number;
  /** Items marked `todo: [check]`: a person has to choose the check. */
  needPerson: number;
  /** The 合计 the sheet states, when it states one. */
  sheetTotal: number | null;
}

export interface ImportResult {
  standard?: Standard;
  /** Rows that could not be read, and the sheet's inconsistencies. */
  problems: Problem[];
  summary?: ImportSummary;
}

const HEADER_SCAN = 40;
const VETO_WORDS = /一票否决|否决项/;
const BONUS_WORDS = /加分项|加分/;
const TOTAL_WORDS = /^(合计|总计|总分|小计|total)/i;
const CN_NUMBERS = '一二三四五六七八九十';

/** A number of points as written: 2, "2.5", "2.5分", "（2分）". */
function pointsOf(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const s = cellText((v ?? null) as never).normalize('NFKC').replace(/\s+/g, '').replace(/分$/, '');
  return /^\d+(?:\.\d+)?$/.test(s) ? Number(s) : null;
}

/** "一、阵地建设（20分）" → title "阵地建设", points 20. */
function bannerTitle(s: string): { title: string; points?: number } {
  let t = s.trim();
  let points: number | undefined;
  const p = /[(（]([^()（）]*)[)）]\s*$/.exec(t);
  if (p && /分/.test(p[1])) {
    const n = /^(?:共|满分|计)?\s*(\d+(?:\.\d+)?)\s*分$/.exec(p[1].normalize('NFKC').trim());
    if (n) points = Number(n[1]);
    t = t.slice(0, p.index).trim();
  }
  t = t.replace(new RegExp(`^(?:[${CN_NUMBERS}]+[、.．]|[(（][${CN_NUMBERS}\\d]+[)）]|\\d+[、.．]|第[${CN_NUMBERS}\\d]+部分[：:]?)\\s*`), '').trim();
  return { title: t || s.trim(), points };
}

const METHOD_WORDS: [RegExp, Method][] = [
  [/查阅|资料|台账|记录|档案|examine/i, 'examine-records'],
  [/现场|实地|查看|on-site|site/i, 'on-site'],
  [/访谈|座谈|询问|走访|问卷|interview/i, 'interview'],
  [/测试|演示|抽测|test/i, 'test'],
];

function methodOf(s: string): Method | undefined {
  for (const [re, m] of METHOD_WORDS) if (re.test(s)) return m;
  return undefined;
}

function evidenceOf(s: string): EvidenceRequirement[] {
  const out: EvidenceRequirement[] = [];
  for (const part of s.split(/[；;、，,\n]+/).map((x) => x.trim()).filter(Boolean)) {
    const kind = EVIDENCE_KINDS.find((k) => part.startsWith(messages[`evidence-kind-${k}`]['zh-CN']) || part.toLowerCase().startsWith(k));
    if (!kind || out.some((e) => e.kind === kind)) continue;
    const min = /[×x*](\d+)/.exec(part);
    out.push({ kind, ...(min && Number(min[1]) > 1 ? { min: Number(min[1]) } : {}) });
  }
  return out;
}

/** "适用：镇（街道）、村（社区）" → [town, village]. */
function levelsOf(s: string): Item['appliesTo'] {
  const m = /适用[：:]\s*([^；;。]+)/.exec(s);
  return (m ? levelsIn(m[1]) : undefined) as Item['appliesTo'];
}

function idOk(s: string): boolean {
  return /^[a-z0-9][a-z0-9._-]*$/.test(s) && s.length <= 80;
}

/** A short title from a longer text: its first clause. */
function shortTitle(s: string): string {
  const first = s.split(/[。；;，,\n]/)[0].trim();
  return first.length > 40 ? `${first.slice(0, 40)}…` : first;
}

interface Block {
  section: Section;
  kind: 'normal' | 'veto' | 'bonus';
  /** Points the sheet states for the section, checked against its items. */
  stated?: number;
  row: number;
}

/** The header row of a score sheet (the first of its first rows naming 分值 and an item column) and its columns. */
export function findHeader(rows: TableRow[]): { header: TableRow; colOf: Partial<Record<SheetColumn, number>> } | undefined {
  for (const r of rows.slice(0, HEADER_SCAN)) {
    const colOf: Partial<Record<SheetColumn, number>> = {};
    r.cells.forEach((c, i) => {
      const key = typeof c === 'string' ? columnOf(c) : undefined;
      if (key && colOf[key] === undefined) colOf[key] = i;
    });
    if (colOf.points !== undefined && (colOf.title !== undefined || colOf.text !== undefined || colOf.scoring !== undefined)) {
      // a second header row under merged headings ("评价指标" over 一级指标 | 二级指标) adds its columns
      const next = rows[rows.indexOf(r) + 1];
      const names = next?.cells.map((c) => (typeof c === 'string' && c.trim() ? columnOf(c) ?? null : undefined));
      const second = names && names.some((k) => k) && names.every((k) => k !== null) ? next : undefined;
      if (second) names!.forEach((k, i) => k && (colOf[k] = i));
      return { header: second ?? r, colOf };
    }
  }
  return undefined;
}

/** Reads a score sheet's rows into a draft standard. */
export function importSheet(rows: TableRow[], opts: ImportOptions): ImportResult {
  const file = opts.source;
  const problems: Problem[] = [];
  // 1. the header row
  const found = findHeader(rows);
  const header = found?.header;
  const colOf: Partial<Record<SheetColumn, number>> = found?.colOf ?? {};
  if (!header) return { problems: [problem('sheet-no-header', '', { looked: '分值 / Points + 二级指标 / Item, 评价内容 / Requirement or 评分标准 / Scoring rule' }, { file })] };
  const headerKey = header.cells.map((c) => normaliseHeading(cellText(c))).join('|');
  const get = (r: TableRow, key: SheetColumn) => (colOf[key] === undefined ? '' : cellText(r.cells[colOf[key]!] ?? null));
  const above = rows.filter((r) => r.row < header!.row).map((r) => r.cells.map((c) => cellText(c)).filter(Boolean).join(' ')).filter(Boolean);

  // 2. the body
  const blocks: Block[] = [];
  let current: Block | undefined;
  let bonusCap: number | undefined;
  let sheetTotal: number | null = null;
  let sectionCell = '';
  const sectionNo = () => String(blocks.filter((b) => b.kind === 'normal').length + 1).padStart(2, '0');
  const open = (raw: string, row: number, forced?: Block['kind']): Block => {
    const { title, points } = bannerTitle(raw);
    // a block of vetoes or bonus items is one whose title starts so ("一票否决", "加分项（最高加5分）"), not a
    // section that merely mentions them ("省级命名与加分项": its bonus items carry 加分项 in 备注)
    const kind = forced ?? (/^(一票否决|否决项)/.test(title) ? 'veto' : /^加分/.test(title) ? 'bonus' : 'normal');
    if (kind === 'bonus') {
      const cap = /(?:最高|最多|上限|不超过|封顶)(?:加|为)?\s*(\d+(?:\.\d+)?)\s*分/.exec(raw.normalize('NFKC'));
      if (cap) bonusCap = Number(cap[1]);
    }
    const id = kind === 'veto' ? `${opts.id}-veto` : kind === 'bonus' ? `${opts.id}-bonus` : `${opts.id}-s${sectionNo()}`;
    const existing = blocks.find((b) => b.section.id === id);
    if (existing) return existing;
    const block: Block = { section: { id, title: untranslated(title), items: [] }, kind, row, ...(kind === 'normal' && points !== undefined ? { stated: points } : {}) };
    blocks.push(block);
    return block;
  };
  const usedIds = new Set<string>();
  let inferred = 0;
  let needPerson = 0;
  for (const r of rows.filter((x) => x.row > header!.row)) {
    const texts = r.cells.map((c) => cellText(c));
    const filled = texts.filter(Boolean);
    if (!filled.length) continue;
    if (r.cells.map((c) => normaliseHeading(cellText(c))).join('|') === headerKey) continue; // a header repeated on a new page
    const first = filled[0];
    // a total row
    if (TOTAL_WORDS.test(first.normalize('NFKC').replace(/\s+/g, ''))) {
      const n = filled.map((t) => pointsOf(t)).find((x) => x !== null);
      if (n !== undefined && n !== null) sheetTotal = n;
      const cap = /加分.*?(?:最高|最多|上限|不超过)(?:加)?\s*(\d+(?:\.\d+)?)\s*分/.exec(filled.join(' ').normalize('NFKC'));
      if (cap) bonusCap = Number(cap[1]);
      continue;
    }
    const points = get(r, 'points');
    // a banner row: a single text (merged across the row) and no points
    const vetoLine = current?.kind === 'veto' && !BONUS_WORDS.test(first) && !/^[一二三四五六七八九十]+[、.．]/.test(first);
    if (new Set(filled).size === 1 && !points && !vetoLine) {
      current = open(first, r.row);
      sectionCell = '';
      continue;
    }
    // the section column (merged cells arrive empty and continue the section above)
    const sec = get(r, 'section');
    if (sec && sec !== sectionCell) {
      sectionCell = sec;
      current = open(sec, r.row);
    }
    const scoring = get(r, 'scoring');
    const text = get(r, 'text') || (new Set(filled).size === 1 && !points ? first : '');
    const titleCell = get(r, 'title');
    const note = get(r, 'note');
    const block = current ?? open(opts.title ?? '评分项目', r.row, 'normal');
    current = block;
    const veto = block.kind === 'veto' || VETO_WORDS.test(note);
    const value = points === '' && veto ? 0 : pointsOf(points);
    if (value === null) {
      problems.push(problem('sheet-row-points', '', { value: points || '—' }, { file, line: r.row, column: (colOf.points ?? 0) + 1 }));
      continue;
    }
    if (Math.abs(toHundredths(value) - value * 100) > 1e-6) {
      problems.push(problem('sheet-row-precision', '', { value: points }, { file, line: r.row, column: (colOf.points ?? 0) + 1 }));
      continue;
    }
    const title = titleCell || shortTitle(text || scoring);
    if (!title) {
      problems.push(problem('sheet-row-no-title', '', undefined, { file, line: r.row }));
      continue;
    }
    const rowId = get(r, 'id');
    const no = String((block.section.items ?? []).length + 1).padStart(2, '0');
    if (idOk(rowId) && usedIds.has(rowId)) problems.push(problem('sheet-row-duplicate-id', '', { id: rowId }, { file, line: r.row, column: (colOf.id ?? 0) + 1 }));
    let id = idOk(rowId) && !usedIds.has(rowId) ? rowId : `${block.section.id}-${no}`;
    while (usedIds.has(id)) id = `${id}-b`;
    usedIds.add(id);
    const rule = scoring || text;
    const check = inferCheck(rule, value);
    const todo: ('check' | 'translate')[] = [];
    if (check) inferred++;
    else if (!veto) {
      todo.push('check');
      needPerson++;
    } else inferred++; // a veto row asks whether the station is clear of it: a boolean by its nature
    todo.push('translate');
    const bonus = block.kind === 'bonus' || (/加分项/.test(note) && !veto);
    const vetoMessage = /一票否决[：:]\s*(.+)$/.exec(note)?.[1]?.trim();
    const method = methodOf(get(r, 'method'));
    const evidence = evidenceOf(get(r, 'evidence'));
    const appliesTo = levelsOf(note);
    const item: Item = {
      id,
      title: untranslated(title),
      ...(titleCell && text ? { text: untranslated(text) } : {}),
      ...(scoring ? { scoring: { 'zh-CN': scoring } } : {}),
      points: value,
      check: check ?? { type: 'boolean' },
      ...(veto ? { veto: { message: untranslated(vetoMessage ?? `${text || title}（一票否决）`) } } : {}),
      ...(bonus ? { bonus: true } : {}),
      ...(appliesTo ? { appliesTo } : {}),
      ...(evidence.length ? { evidence } : {}),
      ...(method ? { method } : {}),
      todo: todo as NonNullable<Item['todo']>,
    };
    block.section.items!.push(item);
  }

  // 3. totals and checks of the sheet's own sums
  const sections = blocks.filter((b) => b.section.items!.length > 0);
  for (const b of sections) {
    const sum = b.section.items!.filter((i) => !i.bonus).reduce((a, i) => a + toHundredths(i.points), 0);
    if (b.stated !== undefined && toHundredths(b.stated) === sum) b.section.points = b.stated;
    else if (b.stated !== undefined) problems.push(problem('sheet-section-points', '', { title: b.section.title['zh-CN'], stated: b.stated, actual: sum / 100 }, { file, line: b.row }));
  }
  const items = sections.flatMap((b) => b.section.items!);
  if (!items.length) return { problems: [...problems, problem('sheet-no-items', '', undefined, { file, line: header.row })] };
  const total = items.filter((i) => !i.bonus).reduce((a, i) => a + toHundredths(i.points), 0);
  const bonusItems = items.filter((i) => i.bonus);
  if (bonusItems.length && bonusCap === undefined) {
    bonusCap = bonusItems.reduce((a, i) => a + toHundredths(i.points), 0) / 100;
    problems.push(problem('sheet-bonus-cap', '', { cap: bonusCap }, { file }));
  }
  if (sheetTotal !== null && toHundredths(sheetTotal) !== total) problems.push(problem('sheet-total', '', { stated: sheetTotal, actual: total / 100 }, { file }));
  const title = opts.title ?? above[0] ?? opts.source.replace(/\.[^.]+$/, '');
  const standard: Standard = {
    schema: 'vsr/standard@1',
    id: opts.id,
    version: opts.version,
    title: untranslated(title),
    status: 'draft',
    provenance: {
      kind: 'official',
      source: opts.source,
      imported: opts.imported,
      note: {
        'zh-CN': `由 vsr import 从评分表“${opts.source}”导入（${opts.imported}），待人工审核：标有 todo 的条目须确认检查方式或补充英文译文。`,
        en: `Imported by vsr import from the score sheet "${opts.source}" (${opts.imported}); awaiting review: items marked todo need their check confirmed or an English translation.`,
      },
    },
    ...(total > 0 ? { totalPoints: total / 100 } : {}),
    ...(bonusItems.length ? { bonusCap } : {}),
    missing: 'zero',
    sections: sections.map((b) => b.section),
  };
  return {
    standard,
    problems,
    summary: { items: items.length, points: total / 100, vetoes: items.filter((i) => i.veto).length, bonus: bonusItems.length, bonusCap: bonusCap ?? 0, inferred, needPerson, sheetTotal },
  };
}
