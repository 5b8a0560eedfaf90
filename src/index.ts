/**
 * veteran-station-rating: standards for veterans service centres and stations as data, scored,
 * rated and planned. 退役军人服务中心（站）标准引擎。
 *
 * Load a standard or scheme (async, reads files), compile it, then validate, evaluate, plan and
 * ask "what if" synchronously.
 */
export { loadStandard, loadRatingScheme } from './standard/load.js';
export { compile, type CompileOptions } from './standard/compile.js';
export { validateInspection, type InspectionValidation } from './inspection/validate.js';
export { evaluate, planGap, whatIf, type EvaluateOptions } from './evaluate.js';
export type { Gap, GapStep, StepReason } from './gap/plan.js';
export type { Compiled, CompiledItem, CompiledSection, CompiledComponent, CompiledLevel } from './standard/compiled.js';
export { VsrError, formatProblem, type Problem } from './i18n/problem.js';
export { formatMessage, messages, type Locale, type LocalText } from './i18n/messages.js';
export type { Standard, Item, Section, Check, StationLevel, Text } from './types/standard.js';
export type { RatingScheme, Level, Condition } from './types/rating-scheme.js';
export type { Inspection, Answer, AnswerEntry, Waiver, Evidence, Station } from './types/inspection.js';
export type { Evaluation, ItemState, Reason } from './types/evaluation.js';
// Reading inspection files (YAML, JSON, CSV, XLSX forms) and writing reports and blank forms.
export { readInspection, listInspectionFiles, expandInspectionPaths, CompiledCache, INSPECTION_EXTENSIONS, type ReadInspectionOptions, type ReadInspectionResult } from './io/read.js';
export { writeInspectionForm, type FormOptions } from './io/form.js';
export { loadReportInputs, type LoadReportOptions, type LoadedReports } from './io/inputs.js';
export { buildReport, type ReportInput, type ReportModel, type ReportOptions } from './report/model.js';
export { renderJson } from './report/json.js';
export { renderMarkdown } from './report/markdown.js';
export { renderHtml } from './report/html.js';
export { renderCsv } from './report/csv.js';
export { renderXlsx } from './report/xlsx.js';
export { renderGapText } from './report/text.js';
export { readStoredEvaluation } from './io/stored.js';
// After the inspection: the rectification plan (整改清单), rechecked against a re-inspection.
export { createRectificationPlan, recheckPlan, planStatus, entryStatusOn, addDays, DEFAULT_DUE_DAYS, OWNER_PLACEHOLDER, type CreatePlanOptions, type RecheckOptions, type RecheckResult, type DueDays, type EntryStatusOn, type PlanStatus } from './rectify/plan.js';
export { remediableInRound } from './rectify/remediable.js';
export { renderRectificationMarkdown, renderRectificationHtml, renderRectificationXlsx } from './rectify/render.js';
export type { Rectification, RectificationEntry, RectificationStatus } from './types/rectification.js';
// Review and sign-off, the star lifecycle and a station's history.
export { reviewHash, signReview, verifyReviews, type ReviewCheck } from './review/sign.js';
export { evaluateReviewed, overridesOf, type AppliedOverride, type ReviewedEvaluation } from './review/overrides.js';
export { stationStanding, isIncidentRecord, validityYears, validUntilOf, addYears, type Standing, type StandingState, type StationRecord, type Withdrawal } from './lifecycle/standing.js';
export { dueReport, type DueReport, type DueRegion, type DueStation } from './lifecycle/due.js';
export { renderDueMarkdown } from './lifecycle/render-due.js';
export { stationHistory, type StationHistory, type HistoryRound, type HistoryRecord } from './lifecycle/history.js';
export { renderHistoryMarkdown, renderHistoryHtml } from './lifecycle/render-history.js';
export type { Review, ReviewStage, Override } from './types/inspection.js';
