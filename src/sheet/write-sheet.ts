/**
 * Renders a score sheet table (export-sheet.ts) as XLSX (exceljs), Word (docx) or Markdown: A4
 * landscape, fitted to the page width, the header repeated on each printed page, sections as rows
 * merged across the table.
 */
import type { SheetTable } from './export-sheet.js';
import { rowHeight } from '../report/tables.js';
import { newWorkbook } from '../optional-dependency.js';

/** The docx library (loaded on first use, as exceljs is: the CLI starts without either). */
type Docx = typeof import('docx');

/** Relative column widths: 序号 编号 二级指标 评价内容 评分标准 分值 检查方法 佐证材料 备注. */
const WIDTHS = [5, 14, 18, 36, 40, 6, 10, 12, 20];

export async function sheetXlsx(table: SheetTable): Promise<Buffer> {
  const wb = await newWorkbook();
  const sheet = wb.addWorksheet('评分细则', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
  });
  const last = table.header.length;
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const title = sheet.addRow([table.title]);
  sheet.mergeCells(title.number, 1, title.number, last);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const sub = sheet.addRow([table.subtitle]);
  sheet.mergeCells(sub.number, 1, sub.number, last);
  sub.height = rowHeight([table.subtitle], [WIDTHS.reduce((a, b) => a + b, 0)]);
  const header = sheet.addRow(table.header);
  header.font = { bold: true };
  header.height = rowHeight(table.header, WIDTHS);
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  for (const line of table.lines) {
    if (line.kind === 'banner') {
      const row = sheet.addRow([line.text]);
      sheet.mergeCells(row.number, 1, row.number, last);
      row.font = { bold: true };
      continue;
    }
    const row = sheet.addRow(line.cells.map((c, i) => (i === 5 && c !== '' ? Number(c) : c)));
    // spreadsheets do not size rows a program writes: without a height the 评分标准 text prints cut off
    row.height = rowHeight(line.cells, WIDTHS);
    if (line.kind === 'total') row.font = { bold: true };
  }
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cell({ Paragraph, TableCell, TextRun, WidthType }: Docx, text: string, opts: { bold?: boolean; span?: number; width: number }): InstanceType<Docx['TableCell']> {
  const paragraphs = (text || '').split('\n').map((t) => new Paragraph({ children: [new TextRun({ text: t, bold: opts.bold, size: 18 })] }));
  return new TableCell({ children: paragraphs, ...(opts.span ? { columnSpan: opts.span } : {}), width: { size: opts.width, type: WidthType.PERCENTAGE } });
}

export async function sheetDocx(table: SheetTable): Promise<Buffer> {
  const docx = await import('docx');
  const { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableRow, TextRun, WidthType } = docx;
  const total = WIDTHS.reduce((a, b) => a + b, 0);
  const pct = WIDTHS.map((w) => Math.round((w / total) * 100));
  const rows = [
    new TableRow({ tableHeader: true, children: table.header.map((h, i) => cell(docx, h, { bold: true, width: pct[i] })) }),
    ...table.lines.map((line) =>
      line.kind === 'banner'
        ? new TableRow({ children: [cell(docx, line.text, { bold: true, span: table.header.length, width: 100 })] })
        : new TableRow({ children: line.cells.map((c, i) => cell(docx, c, { bold: line.kind === 'total', width: pct[i] })) }),
    ),
  ];
  const doc = new Document({
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: { top: 720, bottom: 720, left: 720, right: 720 } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(table.title)] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(table.subtitle)] }),
          new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

export function sheetMarkdown(table: SheetTable): string {
  const out = [`# ${table.title}`, '', table.subtitle, ''];
  const head = () => out.push(`| ${table.header.map(mdCell).join(' | ')} |`, `|${table.header.map(() => ' --- ').join('|')}|`);
  let open = false;
  for (const line of table.lines) {
    if (line.kind === 'banner') {
      out.push(...(open ? [''] : []), `## ${line.text}`, '');
      head();
      open = true;
    } else {
      if (line.kind === 'total') out.push('', `**${line.cells[0]}：${line.cells[5]} 分**${line.cells[8] ? `；${line.cells[8]}` : ''}`);
      else out.push(`| ${line.cells.map(mdCell).join(' | ')} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
