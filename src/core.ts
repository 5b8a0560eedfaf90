/**
 * `veteran-station-rating/core`: the engine without Node's file system, for browsers and bundlers.
 * The shipped standards are bundled in (`loadStandard('construction@1.0.0')` reads no file), then
 * compile, validate, evaluate, plan and render synchronously. File-path refs need Node and
 * `LoadOptions.roots`. The main entry (`veteran-station-rating`) exports all of this and the
 * file readers (inspection files, stored evaluations).
 *
 * @module
 */
export { loadStandard, loadRatingScheme, type LoadOptions } from './standard/load.js';
export { compile, type CompileOptions } from './standard/compile.js';
export { validateInspection, type InspectionValidation } from './inspection/validate.js';
export { evaluate, planGap, whatIf, GAP_MODES, type EvaluateOptions, type GapMode, type PlannedEvaluation } from './evaluate.js';
export type { Gap, GapStep, StepReason } from './gap/plan.js';
export type { Compiled, CompiledItem, CompiledSection, CompiledComponent, CompiledLevel } from './standard/compiled.js';
export type { ResolvedScheme } from './standard/resolve.js';
export { VsrError, isVsrError, formatProblem, type Problem } from './i18n/problem.js';
export { formatMessage, formatCode, messages, type Locale, type LocalText, type MessageCode, type MessageParams, type MessageArgs, type MessagePlaceholders, type PlaceholdersIn, type AsName } from './i18n/messages.js';
export type { Standard, Item, Section, Check, StationLevel, Text } from './types/standard.js';
export type { RatingScheme, Level, Condition } from './types/rating-scheme.js';
export type { Inspection, Answer, AnswerEntry, Waiver, Evidence, Station } from './types/inspection.js';
export type { Evaluation, ItemState, Reason } from './types/evaluation.js';
// Writing reports and blank forms (the spreadsheet ones load exceljs on first use).
export { writeInspectionForm, type FormOptions } from './io/form.js';
export { buildReport, type ReportInput, type ReportModel, type ReportOptions } from './report/model.js';
export { renderJson } from './report/json.js';
export { renderMarkdown } from './report/markdown.js';
export { renderHtml } from './report/html.js';
export { renderXlsx } from './report/xlsx.js';
export { renderGapText } from './report/text.js';
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
export { stationHistory, type StationHistory, type HistoryRound, type HistoryRecord, type HistoryOptions, type VersionChange } from './lifecycle/history.js';
export { shippedCrosswalks } from './crosswalk/shipped.js';
export { renderHistoryMarkdown, renderHistoryHtml } from './lifecycle/render-history.js';
export type { Review, ReviewStage, Override } from './types/inspection.js';
// Every type a public signature uses (issue 10.5; tests/embed/exported-types.test.ts checks it).
export type * from './types/contracts.js';
export type { Gap as EvaluationGap } from './types/contracts.js';
export type { Params } from './i18n/messages.js';
export type { CheckType, CheckOutcome, AnswerProblem, DefinitionProblem, FormInput, SampleChance } from './checks/check-type.js';
export type { InspectionSource, Position } from './io/read-document.js';
export type { ConditionView, ItemView, LevelView, SectionView, StepView } from './report/model.js';
export type { Effort } from './rectify/plan.js';
export type { StoredEvaluationResult } from './io/stored.js';
export type { ReviewedDocument } from './review/sign.js';
