import type { Inspection, Waiver } from '../types/inspection.js';
import type { Compiled, CompiledItem } from '../standard/compiled.js';
import { problem, problemOfCode, type Problem } from '../i18n/problem.js';
import { validateAgainstSchema } from '../standard/schema-validate.js';
import { declaredRef, isDetailed, waiverCounts, waiversByItem } from '../scoring/score.js';
import { dayNumber } from '../scoring/dates.js';
import { recordCheckedAnswers } from '../scoring/checked.js';
import { forLevel } from '../standard/levels.js';
import type { AnswerProblem } from '../checks/check-type.js';
import type { StationLevel } from '../types/standard.js';
import { EVIDENCE_KINDS } from '../i18n/format.js';

export type InspectionValidation = { ok: true; inspection: Inspection } | { ok: false; errors: Problem[] };

function escapePointer(s: string): string {
  if (!s.includes('~') && !s.includes('/')) return s;
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The JSON pointer of an answer (made only for a problem). */
function answerPointer(id: string): string {
  return `/answers/${escapePointer(id)}`;
}

/** The kinds of evidence the schema knows (the catalogue's list; a test holds it equal to the schema's enum). */
const EVIDENCE_KIND_SET: ReadonlySet<unknown> = new Set(EVIDENCE_KINDS);

function isOptionalString(x: unknown): boolean {
  return x === undefined || typeof x === 'string';
}

/** Whether a value is an answer as the schema's `Answer` has it: true/false, a number, a text, a list of texts. */
function isAnswerValue(x: unknown): boolean {
  if (typeof x === 'boolean' || typeof x === 'string') return true;
  if (typeof x === 'number') return Number.isFinite(x);
  if (!Array.isArray(x)) return false;
  for (const s of x) if (typeof s !== 'string') return false;
  return true;
}

/** Whether one piece of evidence surely meets the schema's `Evidence` (a real calendar date, if dated). */
function isPlainEvidence(e: unknown): boolean {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return false;
  const r = e as Record<string, unknown>;
  for (const k in r) if (k !== 'kind' && k !== 'date' && k !== 'ref' && k !== 'note') return false;
  if (!EVIDENCE_KIND_SET.has(r.kind) || !isOptionalString(r.ref) || !isOptionalString(r.note)) return false;
  return r.date === undefined || (typeof r.date === 'string' && !Number.isNaN(dayNumber(r.date)));
}

/**
 * Whether a detailed answer surely meets the schema's `DetailedAnswer`: the common case, checked by
 * hand in a fraction of the schema validator's time (issue 13.2). It accepts nothing the schema
 * refuses; whatever it does not accept goes to the schema validator, which names each problem.
 */
export function isPlainDetailed(entry: Record<string, unknown>): boolean {
  for (const k in entry) if (k !== 'value' && k !== 'evidence' && k !== 'note') return false;
  if (!isAnswerValue(entry.value) || !isOptionalString(entry.note)) return false;
  const evidence = entry.evidence;
  if (evidence === undefined) return true;
  if (!Array.isArray(evidence)) return false;
  for (const e of evidence) if (!isPlainEvidence(e)) return false;
  return true;
}

/**
 * What is wrong with `value` as the answer to `item` for a station of `level`, whose check of the item
 * is `levelled` (as `forLevel` gives it, the check scoring uses): null when it fits. An answer that fits
 * the check as written but not the level's (a checklist requirement of other levels, issue 13.2) is
 * named as such; any other problem is the one the check as written finds.
 */
function answerProblem(item: CompiledItem, levelled: CompiledItem, level: StationLevel, value: unknown): AnswerProblem | null {
  const bad = item.checkType.validate(levelled.check, value);
  if (!bad || levelled.check === item.check) return bad;
  return item.checkType.validate(item.check, value) ?? item.checkType.notForLevel?.(item.check, levelled.check, level, bad) ?? bad;
}

/**
 * Checks inspection data against the published schema and the compiled standard: that it is for this
 * standard or scheme, that every answer names an item and fits its check, that waivers name items and
 * dates are real. Each answer is checked against its item's check as the station's level has it
 * (`forLevel`, as scoring has it): a checklist requirement of other levels is refused. Pure; errors
 * carry JSON pointers (a reader adds file and line). The inspection it
 * passes is recorded as checked, so `evaluate` does not check its answers again (issue 13.2): change
 * it afterwards, and validate it again.
 */
export function validateInspection(compiled: Compiled, data: unknown): InspectionValidation {
  const schemaErrors = validateAgainstSchema('inspection-envelope', data);
  if (schemaErrors.length) return { ok: false, errors: schemaErrors };
  const inspection = data as Inspection;
  const errors: Problem[] = [];
  /** Each answer's value as checked, by item index: the scorer does not check these again. */
  const values: unknown[] = new Array(compiled.items.length);
  const actual = `${compiled.id}@${compiled.version}`;
  const declared = declaredRef(compiled, inspection);
  if (declared !== undefined && declared.split('@')[0] !== compiled.id) {
    errors.push(problem('inspection-standard-mismatch', inspection.scheme !== undefined ? '/scheme' : '/standard', { declared, actual }));
  }
  if (Number.isNaN(dayNumber(inspection.inspectedAt))) errors.push(problem('date-invalid', '/inspectedAt', { value: inspection.inspectedAt }));
  const level = inspection.station.level;
  if (compiled.appliesTo && !compiled.appliesTo.includes(level)) {
    errors.push(problem('inspection-not-applicable-standard', '/station/level', { standard: compiled.id, level }));
  }
  // the checks as the station's level has them (the compiled standard itself when none differs by level)
  const levelled = forLevel(compiled, level);
  const answers = inspection.answers;
  for (const id of Object.keys(answers)) {
    const entry = answers[id];
    const index = compiled.itemIndex.get(id);
    if (index === undefined) {
      errors.push(problem('inspection-unknown-item', answerPointer(id), { id }));
      continue;
    }
    const item = compiled.items[index];
    const detailed = isDetailed(entry);
    // a plain detailed answer (the common case) has had its evidence dates checked too
    const plain = detailed && isPlainDetailed(entry as unknown as Record<string, unknown>);
    if (detailed && !plain) {
      const shape = validateAgainstSchema('detailed-answer', entry);
      if (shape.length) {
        errors.push(...shape.map((p) => ({ ...p, pointer: answerPointer(id) + p.pointer })));
        continue;
      }
    }
    const value = detailed ? entry.value : entry;
    // an item not asked of the station's level is not scored: its answer is checked as written
    const asked = !item.appliesTo || item.appliesTo.includes(level);
    const bad = answerProblem(item, asked ? levelled.items[index] : item, level, value);
    if (bad) errors.push(problemOfCode(bad.code, detailed ? `${answerPointer(id)}/value` : answerPointer(id), bad.params));
    else values[index] = value;
    if (detailed && !plain) {
      (entry.evidence ?? []).forEach((e, k) => {
        if (e.date !== undefined && Number.isNaN(dayNumber(e.date))) errors.push(problem('date-invalid', `${answerPointer(id)}/evidence/${k}/date`, { value: e.date }));
      });
    }
  }
  (inspection.waivers ?? []).forEach((w, k) => {
    if (!compiled.itemIndex.has(w.item)) errors.push(problem('waiver-unknown-item', `/waivers/${k}/item`, { id: w.item }));
    if (Number.isNaN(dayNumber(w.expires))) errors.push(problem('date-invalid', `/waivers/${k}/expires`, { value: w.expires }));
  });
  // An expired waiver no longer counts, so it does not stand in for a missing answer (the same
  // waiver decides the item as in scoring, whatever the order of the list).
  const deciding = waiversByItem(inspection.waivers) ?? new Map<string, Waiver>();
  const waived = new Set([...deciding.values()].filter((w) => waiverCounts(w, inspection.inspectedAt)).map((w) => w.item));
  for (const item of compiled.items) {
    if (compiled.components[item.component].missing !== 'error') continue;
    if (item.appliesTo && !item.appliesTo.includes(level)) continue;
    if (inspection.answers[item.id] === undefined && !waived.has(item.id)) {
      errors.push(problem('inspection-missing-answer', '/answers', { id: item.id }));
    }
  }
  if (errors.length) return { ok: false, errors };
  recordCheckedAnswers(inspection, { compiled, levelled, values });
  return { ok: true, inspection };
}
