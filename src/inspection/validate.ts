import type { Inspection, Waiver } from '../types/inspection.js';
import type { Compiled } from '../standard/compiled.js';
import { problem, problemOfCode, type Problem } from '../i18n/problem.js';
import { validateAgainstSchema } from '../standard/schema-validate.js';
import { declaredRef, isDetailed, waiverCounts, waiversByItem } from '../scoring/score.js';
import { dayNumber } from '../scoring/dates.js';

export type InspectionValidation = { ok: true; inspection: Inspection } | { ok: false; errors: Problem[] };

function escapePointer(s: string): string {
  if (!s.includes('~') && !s.includes('/')) return s;
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Checks inspection data against the published schema and the compiled standard: that it is for this
 * standard or scheme, that every answer names an item and fits its check, that waivers name items and
 * dates are real. Pure; errors carry JSON pointers (a reader adds file and line).
 */
export function validateInspection(compiled: Compiled, data: unknown): InspectionValidation {
  const schemaErrors = validateAgainstSchema('inspection-envelope', data);
  if (schemaErrors.length) return { ok: false, errors: schemaErrors };
  const inspection = data as Inspection;
  const errors: Problem[] = [];
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
  for (const [id, entry] of Object.entries(inspection.answers)) {
    const at = `/answers/${escapePointer(id)}`;
    const index = compiled.itemIndex.get(id);
    if (index === undefined) {
      errors.push(problem('inspection-unknown-item', at, { id }));
      continue;
    }
    const item = compiled.items[index];
    if (isDetailed(entry)) {
      const shape = validateAgainstSchema('detailed-answer', entry);
      if (shape.length) {
        errors.push(...shape.map((p) => ({ ...p, pointer: at + p.pointer })));
        continue;
      }
    }
    const value = isDetailed(entry) ? entry.value : entry;
    const bad = item.checkType.validate(item.check, value);
    if (bad) errors.push(problemOfCode(bad.code, isDetailed(entry) ? `${at}/value` : at, bad.params));
    if (isDetailed(entry)) {
      (entry.evidence ?? []).forEach((e, k) => {
        if (e.date !== undefined && Number.isNaN(dayNumber(e.date))) errors.push(problem('date-invalid', `${at}/evidence/${k}/date`, { value: e.date }));
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
  return errors.length ? { ok: false, errors } : { ok: true, inspection };
}
