/**
 * `veteran-station-rating/sheets`: spreadsheet and CSV output in one place, for callers who want it
 * eagerly. The main entry keeps its async spreadsheet functions (they load exceljs on first use) but
 * not `renderCsv`, which is synchronous and needs csv-stringify: import it from here.
 *
 * @module
 */
export { renderCsv } from './report/csv.js';
export { renderXlsx } from './report/xlsx.js';
export { renderRectificationXlsx } from './report/rectification.js';
export { writeInspectionForm, type FormOptions } from './io/form.js';
// the types these signatures use, as the main entry exports them
export type * from './index.js';
