/**
 * The optional dependency (package.json `optionalDependencies`): exceljs, for Excel workbooks. npm
 * installs it by default (also with `npm install -g`), so the CLI reads and writes spreadsheets; an
 * embedding that needs none can leave it out with `npm install --omit=optional` (issue 10.5; README,
 * "Install size"). It loads on first use only; when it is missing, the caller gets a VsrError that
 * names it and how to install it, in both languages, instead of a module-resolution stack trace.
 */
import { problem, VsrError } from './i18n/problem.js';

export type OptionalDependency = 'exceljs';

/** Whether an import failed because `name` itself is not installed (not one of its own files or dependencies). */
function isMissing(e: unknown, name: string): boolean {
  const err = e as { code?: unknown; message?: unknown };
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' && err?.code !== 'MODULE_NOT_FOUND') return false;
  return new RegExp(`['"]${name}(/[^'"]*)?['"]`).test(String(err.message));
}

/**
 * Loads an optional dependency: `await loadOptional('exceljs', () => import('exceljs'))` (the import
 * written out, so bundlers see it). Throws VsrError `optional-dependency-missing` when it is not installed.
 */
export async function loadOptional<T>(name: OptionalDependency, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (isMissing(e, name)) throw new VsrError([problem('optional-dependency-missing', '', { name })]);
    throw e;
  }
}

/** A new, empty exceljs workbook (exceljs loaded on first use). */
export async function newWorkbook(): Promise<import('exceljs').Workbook> {
  const ExcelJS = (await loadOptional('exceljs', () => import('exceljs'))).default;
  return new ExcelJS.Workbook();
}
