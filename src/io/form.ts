/**
 * The blank inspection form (`vsr form REF --out form.xlsx`): a workbook an inspector fills in on a
 * laptop or prints. Station details at the top, then one row per item with its section, text, method,
 * the evidence to collect, its points, how to answer, and an answer cell with data validation (是/否,
 * the grades as a drop-down list, numbers within range, requirement ids with a prompt). A filled form
 * is read back by read-xlsx.ts (the layout is defined once, in read-table.ts).
 */
import type ExcelJS from 'exceljs';
import { sharedLinks } from '../standard/shared.js';
import { forLevel } from '../standard/levels.js';
import type { Locale } from '../i18n/messages.js';
import { componentInYear, type Compiled, type CompiledItem } from '../standard/compiled.js';
import type { StationLevel } from '../types/standard.js';
import {
  EVIDENCE_KINDS, STATION_LEVELS, basisNote, evidenceKindLabel, evidenceRequiredText, joinList, local, methodLabel, msg, msgText, reconstructionNote, refOf, stationLevelLabel,
} from '../report/labels.js';
import { bilingual, COLUMNS, META_FIELDS } from './read-table.js';
import { checkTypeOf } from '../checks/registry.js';
import { LINE_POINTS, rowHeight } from '../report/tables.js';
import { xmlSafeWorkbook } from '../safe-text.js';
import { newWorkbook } from '../optional-dependency.js';

export interface FormOptions {
  /** Language written first in headings, and of the hints and lists (default zh-CN). The instructions are in both. */
  locale?: Locale;
  /** Leave out the items that do not apply to stations of this level. */
  level?: StationLevel;
  /** Calendar year of the inspection: leaves out the components a scheme does not use that year (default: this year). */
  year?: number;
}

/**
 * Column widths (characters of the default 11 pt font). They add up to 169 so that at fit-to-width on A4
 * landscape (10 mm margins) the print scale stays above 82 %: text prints at 9 pt or more (issue 8.17).
 */
const WIDTHS: Record<string, number> = { section: 10, id: 13, title: 18, text: 34, method: 8, evidenceRequired: 16, points: 6, how: 20, answer: 14, evidence: 18, note: 12 };
/** Page margins in inches (about 10 mm left and right). */
const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };

const ANSWER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7D6' } };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E7EB' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDBEAFE' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };

/** Excel limits an input prompt to 255 characters and its title to 32. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** How to answer an item, in words (the hint column and the input prompt): its check type says. */
export function answerHint(item: CompiledItem, locale: Locale): string {
  return checkTypeOf(item.check).describe(item.check, locale);
}

/** "仅适用于：镇（街道）" when an item applies to fewer station levels than its standard. */
function appliesToNote(compiled: Compiled, item: CompiledItem, locale: Locale): string {
  const whole = compiled.components[item.component].appliesTo;
  if (!item.appliesTo || (whole && whole.length === item.appliesTo.length)) return '';
  return msg('form-applies-to', locale, { levels: joinList(item.appliesTo.map((l) => stationLevelLabel(l, locale)), locale) });
}

/** The data validation of an item's answer cell, from its check type's `formInput`. `listRange` is where its choices are listed. */
function answerValidation(item: CompiledItem, locale: Locale, listRange: string | null): ExcelJS.DataValidation {
  const input = checkTypeOf(item.check).formInput(item.check, locale);
  const prompt = { showInputMessage: true, promptTitle: clip(local(item.title, locale), 32), prompt: clip(answerHint(item, locale), 255), showErrorMessage: true, errorTitle: clip(msg('form-answer', locale), 32), error: clip(answerHint(item, locale), 255) };
  switch (input.kind) {
    case 'choice':
      return { type: 'list', allowBlank: true, formulae: [input.inline ? `"${input.choices.join(',')}"` : listRange!], ...prompt };
    case 'decimal':
      return Number.isFinite(input.max)
        ? { type: 'decimal', operator: 'between', allowBlank: true, formulae: [input.min, input.max], ...prompt }
        : { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [input.min], ...prompt };
    case 'whole':
      return { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [input.min], ...prompt };
    case 'text':
      return { type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, formulae: [input.maxLength], ...prompt, showErrorMessage: false };
  }
}

function instructions(workbook: ExcelJS.Workbook, compiled: Compiled, locale: Locale): void {
  const sheet = workbook.addWorksheet(msg('form-instructions-sheet', locale), {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: MARGINS },
  });
  sheet.getColumn(1).width = 100;
  const add = (text: string, bold = false) => {
    const row = sheet.addRow([text]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.height = rowHeight([text], [100], bold ? 18 : LINE_POINTS);
    if (bold) row.getCell(1).font = { bold: true, size: 13 };
  };
  const languages: Locale[] = locale === 'en' ? ['en', 'zh-CN'] : ['zh-CN', 'en'];
  for (const L of languages) {
    add(`${msg('form-instructions-sheet', L)} — ${local(compiled.title, L)} (${refOf(compiled)})`, true);
    for (let i = 1; i <= 6; i++) add(`${i}. ${msgText(`form-help-${i}`, L)}`);
    add(msg('form-hint-evidence', L, { kinds: joinList(EVIDENCE_KINDS.map((k) => `${evidenceKindLabel(k, L)} (${k})`), L) }));
    add('');
  }
}

/** Writes the blank form for a compiled standard or scheme; returns the .xlsx bytes. */
export async function writeInspectionForm(compiled: Compiled, options: FormOptions = {}): Promise<Buffer> {
  const locale = options.locale ?? 'zh-CN';
  const year = options.year ?? new Date().getFullYear();
  // for one station level, its own targets and requirements (standard/levels.ts)
  const applicable = (options.level ? forLevel(compiled, options.level) : compiled).items.filter((i) => (!options.level || !i.appliesTo || i.appliesTo.includes(options.level)) && componentInYear(compiled.components[i.component], year));
  // a scheme's shared question is asked once, on its answering item; the linked items take that answer
  const links = sharedLinks(compiled);
  const onForm = new Set(applicable.map((i) => i.id));
  const items = applicable.filter((i) => !onForm.has(links.get(i.id) ?? ''));
  const alsoFor = new Map<string, string[]>();
  for (const [linked, answer] of links) if (onForm.has(linked) && onForm.has(answer)) alsoFor.set(answer, [...(alsoFor.get(answer) ?? []), linked]);
  // exceljs loads on first use, so the package's main entry stays light (issue 10.5)
  const workbook = await newWorkbook();
  workbook.creator = 'veteran-station-rating';
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet(msg('form-sheet', locale), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: MARGINS },
  });
  const lists = workbook.addWorksheet('lists', { state: 'veryHidden' });
  const last = COLUMNS.length;
  COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = WIDTHS[c.key]));

  const title = sheet.addRow([`${msg('form-title', locale)} · ${local(compiled.title, locale)}`]);
  sheet.mergeCells(title.number, 1, title.number, last);
  title.font = { bold: true, size: 14 };
  const reconstructed = reconstructionNote(compiled, locale);
  if (reconstructed) {
    const note = sheet.addRow([reconstructed]);
    sheet.mergeCells(note.number, 1, note.number, last);
    note.font = { italic: true, color: { argb: 'FF92400E' } };
    note.alignment = { wrapText: true, vertical: 'top' };
    note.height = rowHeight([reconstructed], [Object.values(WIDTHS).reduce((a, b) => a + b, 0)]);
  }

  // Station details: label in A:B, value in C:D.
  const refKey = compiled.kind === 'scheme' ? 'scheme' : 'standard';
  for (const f of META_FIELDS) {
    if ((f.key === 'standard' || f.key === 'scheme') && f.key !== refKey) continue;
    const row = sheet.addRow([`${bilingual(f.label, locale)}${f.required ? ' *' : ''}`, null, f.key === refKey ? refOf(compiled) : null]);
    sheet.mergeCells(row.number, 1, row.number, 2);
    sheet.mergeCells(row.number, 3, row.number, 4);
    row.getCell(1).font = { bold: f.required };
    row.getCell(1).fill = HEAD_FILL;
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.height = rowHeight([row.getCell(1).value], [WIDTHS[COLUMNS[0].key] + WIDTHS[COLUMNS[1].key]]);
    const value = row.getCell(3);
    if (f.key !== refKey) value.fill = ANSWER_FILL;
    value.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    if (f.key === 'station.id') value.numFmt = '@'; // text, so an id such as 007 keeps its zeros
    else if (f.key === 'station.level') {
      const names = STATION_LEVELS.map((l) => (locale === 'en' ? l : stationLevelLabel(l, 'zh-CN')));
      value.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${names.join(',')}"`], showInputMessage: true, prompt: msg('form-hint-level', locale) };
      if (options.level) value.value = locale === 'en' ? options.level : stationLevelLabel(options.level, 'zh-CN');
    } else if (f.key === 'inspectedAt') {
      value.dataValidation = { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(2000, 0, 1))], showInputMessage: true, prompt: msg('form-hint-date', locale) };
      value.numFmt = 'yyyy-mm-dd';
    }
  }
  sheet.addRow([]);

  const header = sheet.addRow(COLUMNS.map((c) => bilingual(c.label, locale)));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = rowHeight(COLUMNS.map((c) => bilingual(c.label, locale)), COLUMNS.map((c) => WIDTHS[c.key]));
  header.eachCell((cell) => {
    cell.fill = HEAD_FILL;
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  });
  sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 2 }];
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;

  const col = (key: string) => COLUMNS.findIndex((c) => c.key === key) + 1;
  let lastSection = -1;
  let listColumn = 0;
  for (const item of items) {
    const innermost = item.sections[item.sections.length - 1];
    if (innermost !== lastSection) {
      lastSection = innermost;
      const path = item.sections.map((s) => local(compiled.sections[s].title, locale));
      if (compiled.kind === 'scheme') path.unshift(local(compiled.components[item.component].title, locale));
      const row = sheet.addRow([path.join(' › ')]);
      sheet.mergeCells(row.number, 1, row.number, last);
      row.font = { bold: true };
      row.getCell(1).fill = SECTION_FILL;
    }
    const flags = [item.veto ? `[${msg('report-veto-item', locale)}]` : '', item.bonus ? `[${msg('report-bonus-item', locale)}]` : ''].filter(Boolean).join(' ');
    const values: Record<string, string | number | null> = {
      section: local(compiled.sections[innermost].title, locale),
      id: item.id,
      title: `${local(item.title, locale)}${basisNote(item, locale)}${flags ? ` ${flags}` : ''}`,
      text: local(item.definition.text, locale),
      method: methodLabel(item.definition.method, locale),
      evidenceRequired: evidenceRequiredText(item.evidence, locale),
      points: item.max / 100,
      how: [item.definition.scoring ? local({ en: '', ...item.definition.scoring }, locale) : '', answerHint(item, locale), appliesToNote(compiled, item, locale), alsoFor.has(item.id) ? msg('form-shared', locale, { items: joinList(alsoFor.get(item.id)!, locale) }) : ''].filter(Boolean).join('\n'),
      answer: null,
      evidence: null,
      note: null,
    };
    const row = sheet.addRow(COLUMNS.map((c) => values[c.key]));
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = rowHeight(COLUMNS.map((c) => values[c.key]), COLUMNS.map((c) => WIDTHS[c.key]));
    row.eachCell({ includeEmpty: true }, (cell) => (cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN }));
    let listRange: string | null = null;
    const input = checkTypeOf(item.check).formInput(item.check, locale);
    if (input.kind === 'choice' && !input.inline) {
      listColumn++;
      const letter = lists.getColumn(listColumn).letter;
      input.choices.forEach((choice, k) => (lists.getCell(k + 1, listColumn).value = choice));
      listRange = `lists!$${letter}$1:$${letter}$${input.choices.length}`;
    }
    const answer = row.getCell(col('answer'));
    answer.fill = ANSWER_FILL;
    answer.dataValidation = answerValidation(item, locale, listRange);
    const evidence = row.getCell(col('evidence'));
    if (item.evidence.length) {
      evidence.fill = ANSWER_FILL;
      evidence.dataValidation = {
        type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, formulae: [2000], showInputMessage: true,
        promptTitle: clip(msg('form-evidence-given', locale), 32),
        prompt: clip(`${evidenceRequiredText(item.evidence, locale)}\n${msg('form-hint-evidence', locale, { kinds: joinList(EVIDENCE_KINDS.map((k) => evidenceKindLabel(k, locale)), locale) })}`, 255),
      };
    }
  }
  instructions(workbook, compiled, locale);
  xmlSafeWorkbook(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
