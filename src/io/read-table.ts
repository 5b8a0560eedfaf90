/**
 * The tabular inspection format shared by CSV files and XLSX forms: a block of station details
 * ("label, value" rows) above an item table whose header row has at least an ID and an Answer column.
 * `vsr form` writes this layout; the CSV and XLSX readers turn it into an inspection, converting each
 * answer with its item's check type (是/否 → true, a grade label → its id, "a, b" → a list).
 *
 * ```
 * 站点编号 / Station ID, T-001
 * 站点名称 / Station name, 示例镇退役军人服务站
 * 站点层级 / Station level, town
 * 检查日期 / Inspection date, 2024-05-01
 * 标准 / Standard, mini@1.0.0
 * 编号 / ID, 答案 / Answer, 已提供的佐证 / Evidence provided, 备注 / Note
 * m-org-1, 是
 * m-org-2, fair, 照片:2024-03-01
 * ```
 */
import { messages, stationLevelNames, type Locale } from '../i18n/messages.js';
import { problem, problemOfCode, type Problem } from '../i18n/problem.js';
import type { Compiled, CompiledItem } from '../standard/compiled.js';
import type { Answer, AnswerEntry, Evidence } from '../types/inspection.js';
import { checkTypeOf } from '../checks/registry.js';
import { normalise } from '../checks/text.js';
import { EVIDENCE_KINDS } from '../report/labels.js';
import { STATION_LEVEL_INFO, STATION_LEVELS } from '../i18n/station-levels.js';
import type { InspectionSource, Position } from './read-document.js';

/** A spreadsheet cell holding a formula that was never calculated (no cached result in the file). */
export class FormulaWithoutValue {
  constructor(readonly formula: string) {}
}

export type CellValue = string | number | boolean | Date | FormulaWithoutValue | null;

/** One row of a sheet or CSV file: its 1-based number and its cells (index 0 is column 1). */
export interface TableRow {
  row: number;
  cells: CellValue[];
}

/** A field of the station details block: where it goes in the inspection, and its label code. */
export interface MetaField {
  key: string;
  pointer: string;
  label: keyof typeof messages;
  required: boolean;
}

export const META_FIELDS: MetaField[] = [
  { key: 'station.id', pointer: '/station/id', label: 'report-station-id', required: true },
  { key: 'station.name', pointer: '/station/name', label: 'report-station-name', required: true },
  { key: 'station.level', pointer: '/station/level', label: 'report-station-level', required: true },
  { key: 'station.region', pointer: '/station/region', label: 'report-region', required: false },
  { key: 'inspectedAt', pointer: '/inspectedAt', label: 'report-inspected-at', required: true },
  { key: 'inspector', pointer: '/inspector', label: 'report-inspector', required: false },
  { key: 'standard', pointer: '/standard', label: 'report-standard', required: false },
  { key: 'scheme', pointer: '/scheme', label: 'report-scheme', required: false },
];

/** A column of the item table. Only `id` and `answer` are needed to read a table. */
export interface Column {
  key: 'section' | 'id' | 'title' | 'text' | 'method' | 'evidenceRequired' | 'points' | 'how' | 'answer' | 'evidence' | 'note';
  label: keyof typeof messages;
  /** Other headings accepted when reading. */
  aliases?: string[];
}

export const COLUMNS: Column[] = [
  { key: 'section', label: 'report-section' },
  { key: 'id', label: 'report-item-id', aliases: ['item', 'item id', '条目编号'] },
  { key: 'title', label: 'report-item-title', aliases: ['条目'] },
  { key: 'text', label: 'form-text' },
  { key: 'method', label: 'form-method' },
  { key: 'evidenceRequired', label: 'form-evidence-collect' },
  { key: 'points', label: 'form-points' },
  { key: 'how', label: 'form-how' },
  { key: 'answer', label: 'form-answer', aliases: ['value', '检查结果'] },
  { key: 'evidence', label: 'form-evidence-given', aliases: ['evidence', '佐证', '佐证材料'] },
  { key: 'note', label: 'form-note', aliases: ['notes'] },
];

/** A heading as written in the form: "站点编号 / Station ID". */
export function bilingual(code: keyof typeof messages, first: Locale = 'zh-CN'): string {
  const m = messages[code];
  return first === 'en' ? `${m.en} / ${m['zh-CN']}` : `${m['zh-CN']} / ${m.en}`;
}

/** Whether a cell (possibly "中文 / English") names the given label or one of its aliases. */
function names(cell: CellValue, label: keyof typeof messages, extra: string[] = []): boolean {
  if (typeof cell !== 'string' || !cell.trim()) return false;
  const wanted = new Set([messages[label]['zh-CN'], messages[label].en, ...extra].map(normalise));
  const whole = normalise(cell);
  return wanted.has(whole) || cell.split(/[/／\n]/).some((part) => wanted.has(normalise(part)));
}

/** Text of a cell as a trimmed string; dates as YYYY-MM-DD. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined || v instanceof FormulaWithoutValue) return '';
  if (v instanceof Date) return isoDate(v);
  return String(v).trim();
}

function isoDate(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** "2024/5/1", "2024.5.1", "2024年5月1日" → "2024-05-01"; anything else unchanged (the schema says why). */
function dateValue(v: CellValue): string {
  const s = cellText(v);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s.normalize('NFKC'));
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : s;
}

/** Short forms of the levels a table may use (镇, 社区…): src/i18n/station-levels.ts lists them. */
const LEVEL_WORDS: Record<string, string> = Object.fromEntries(STATION_LEVEL_INFO.flatMap((l) => l.words.map((w) => [w, l.id])));

/** A station level from its id, its zh-CN or en name, or a common short form (镇, 社区…). */
function levelValue(v: CellValue): string {
  const s = cellText(v);
  const n = normalise(s);
  for (const id of STATION_LEVELS) {
    if (n === id || normalise(stationLevelNames[id]['zh-CN']) === n || n.startsWith(`${id}`)) return id;
  }
  const word = n.replace(/[（）()]/g, '').replace(/级$/, '');
  return LEVEL_WORDS[word] ?? s;
}

/** Converts a cell to the answer its item's check type expects; leaves it as is when it cannot (the validator explains). */
export function answerFromCell(v: CellValue, item: CompiledItem | undefined): Answer {
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'boolean') return v;
  if (v instanceof FormulaWithoutValue) return '';
  const s = cellText(v);
  if (!item) return typeof v === 'number' ? v : s;
  return checkTypeOf(item.check).parseCell(item.check, s, v ?? s);
}

const KIND_WORDS = new Map<string, string>(EVIDENCE_KINDS.flatMap((k) => [[k, k], [normalise(messages[`evidence-kind-${k}`]['zh-CN']), k]] as [string, string][]));

/** "照片:2024-03-01; 台账:2024-04-10:LEDGER-7" → evidence entries, or the entries it cannot read. */
export function evidenceFromCell(v: CellValue): { evidence: Evidence[]; bad: string[] } {
  const evidence: Evidence[] = [];
  const bad: string[] = [];
  for (const part of cellText(v).split(/[;；\n]+/).map((x) => x.trim()).filter(Boolean)) {
    const [kindWord, ...rest] = part.split(/\s*[:：]\s*|\s+/);
    const kind = KIND_WORDS.get(normalise(kindWord));
    if (!kind) {
      bad.push(part);
      continue;
    }
    const e: Evidence = { kind: kind as Evidence['kind'] };
    const [date, ...ref] = rest;
    if (date) e.date = dateValue(date);
    if (ref.length) e.ref = ref.join(':');
    evidence.push(e);
  }
  return { evidence, bad };
}

/**
 * A warning for a valid answer that is probably not what was meant (a percent given as a fraction,
 * `0.4` where 40 % is meant), as its check type judges it. Null when fine.
 */
export function unscaledPercent(item: CompiledItem | undefined, value: unknown, pointer: string): Problem | null {
  const doubt = item ? checkTypeOf(item.check).suspect?.(item.check, value) : null;
  return doubt ? problemOfCode(doubt.code, pointer, doubt.params) : null;
}

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Where each part of the inspection came from in the table. */
class TablePositions {
  private readonly map = new Map<string, Position>();
  set(pointer: string, row: number, col: number): void {
    this.map.set(pointer, { line: row, column: col + 1 });
  }
  /** The position of a pointer, or of its nearest mapped ancestor. */
  locate(pointer: string): Position | undefined {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const hit = this.map.get(p);
      if (hit) return hit;
      if (!p) return undefined;
    }
  }
}

/** Reads the station details and the header row; the answers need the compiled standard. */
export function tableSource(file: string, rows: TableRow[]): { source?: InspectionSource; problems: Problem[] } {
  const positions = new TablePositions();
  const meta: Record<string, { value: CellValue; row: number; col: number }> = {};
  let header: TableRow | undefined;
  const colOf: Partial<Record<Column['key'], number>> = {};
  for (const r of rows) {
    const idCol = r.cells.findIndex((c) => names(c, 'report-item-id', COLUMNS.find((x) => x.key === 'id')!.aliases));
    const answerCol = r.cells.findIndex((c) => names(c, 'form-answer', COLUMNS.find((x) => x.key === 'answer')!.aliases));
    if (idCol >= 0 && answerCol >= 0) {
      header = r;
      for (const col of COLUMNS) {
        const i = r.cells.findIndex((c) => names(c, col.label, col.aliases));
        if (i >= 0) colOf[col.key] = i;
      }
      colOf.id = idCol;
      colOf.answer = answerCol;
      break;
    }
    const labelCol = r.cells.findIndex((c) => cellText(c) !== '');
    if (labelCol < 0) continue;
    const field = META_FIELDS.find((f) => names(r.cells[labelCol], f.label, [f.key]));
    if (!field) continue;
    const valueCol = r.cells.findIndex((c, i) => i > labelCol && cellText(c) !== '');
    meta[field.key] = { value: valueCol >= 0 ? r.cells[valueCol] : null, row: r.row, col: valueCol >= 0 ? valueCol : labelCol + 1 };
  }
  if (!header) return { problems: [problem('table-no-header', '', undefined, { file })] };
  for (const f of META_FIELDS) if (meta[f.key]) positions.set(f.pointer, meta[f.key].row, meta[f.key].col);
  const first = rows.find((r) => r.cells.some((c) => cellText(c) !== ''));
  if (first) positions.set('/station', meta['station.id']?.row ?? first.row, 0);
  positions.set('', header.row, 0);
  positions.set('/answers', header.row, colOf.answer!);

  const text = (key: string) => (meta[key] ? cellText(meta[key].value) : '');
  const ref = { standard: text('standard') || undefined, scheme: text('scheme') || undefined };
  const body = rows.filter((r) => r.row > header!.row);

  const build = (compiled: Compiled | null) => {
    const problems: Problem[] = [];
    const warnings: Problem[] = [];
    const station: Record<string, unknown> = {};
    for (const key of ['id', 'name'] as const) if (meta[`station.${key}`] && text(`station.${key}`)) station[key] = text(`station.${key}`);
    if (meta['station.level'] && text('station.level')) station.level = levelValue(meta['station.level'].value);
    if (text('station.region')) station.region = text('station.region').split(/\s*[/／>＞,，、]\s*/).filter(Boolean);
    const data: Record<string, unknown> = { station };
    if (ref.standard) data.standard = ref.standard;
    if (ref.scheme) data.scheme = ref.scheme;
    if (text('inspectedAt')) data.inspectedAt = dateValue(meta.inspectedAt.value);
    if (text('inspector')) data.inspector = text('inspector');
    const answers: Record<string, AnswerEntry> = {};
    const seen = new Map<string, number>();
    for (const r of body) {
      const id = cellText(r.cells[colOf.id!] ?? null);
      const raw = r.cells[colOf.answer!] ?? null;
      if (id && raw instanceof FormulaWithoutValue) {
        problems.push(problem('xlsx-formula-no-value', `/answers/${escapePointer(id)}`, { formula: raw.formula }, { file, line: r.row, column: colOf.answer! + 1 }));
        continue;
      }
      if (!id || cellText(raw) === '') continue;
      if (seen.has(id)) {
        problems.push(problem('table-duplicate-item', `/answers/${escapePointer(id)}`, { id, first: seen.get(id)! }, { file, line: r.row, column: colOf.id! + 1 }));
        continue;
      }
      seen.set(id, r.row);
      const at = `/answers/${escapePointer(id)}`;
      const item = compiled ? compiled.items[compiled.itemIndex.get(id) ?? -1] : undefined;
      const value = answerFromCell(raw, item);
      positions.set(at, r.row, colOf.answer!);
      const unscaled = /[%％]/.test(cellText(raw)) ? null : unscaledPercent(item, value, at);
      if (unscaled) warnings.push({ ...unscaled, file, line: r.row, column: colOf.answer! + 1 });
      const evCell = colOf.evidence !== undefined ? (r.cells[colOf.evidence] ?? null) : null;
      const note = colOf.note !== undefined ? cellText(r.cells[colOf.note] ?? null) : '';
      const { evidence, bad } = evidenceFromCell(evCell);
      if (colOf.evidence !== undefined) positions.set(`${at}/evidence`, r.row, colOf.evidence);
      for (const b of bad) problems.push(problem('table-evidence', `${at}/evidence`, { value: b, allowed: EVIDENCE_KINDS.join(', ') }, { file, line: r.row, column: colOf.evidence! + 1 }));
      answers[id] = evidence.length || note ? { value, ...(evidence.length ? { evidence } : {}), ...(note ? { note } : {}) } : value;
    }
    data.answers = answers;
    return { data, problems, warnings };
  };
  return { source: { file, format: 'table', ref, data: null, build, locate: (p) => positions.locate(p) }, problems: [] };
}
