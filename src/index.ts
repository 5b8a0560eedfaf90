/**
 * veteran-station-rating: standards for veterans service centres and stations as data, scored,
 * rated and planned. 退役军人服务中心（站）标准引擎。
 *
 * Load a standard or scheme (async: shipped ones are bundled, file paths need `roots`), compile it,
 * then validate, evaluate, plan and ask "what if" synchronously. For browsers and bundlers without
 * Node's file system, import `veteran-station-rating/core` (all of this but the file readers).
 *
 * @module
 */
export * from './core.js';
// Node only: reading inspection files (YAML, JSON, CSV, XLSX forms) and stored evaluations from disk.
export { readInspection, listInspectionFiles, expandInspectionPaths, CompiledCache, INSPECTION_EXTENSIONS, type ReadInspectionOptions, type ReadInspectionResult } from './io/read.js';
export { loadReportInputs, type LoadReportOptions, type LoadedReport, type LoadedReports } from './io/inputs.js';
export { readStoredEvaluation } from './io/stored.js';
