import type { EvidenceRequirement } from '../types/standard.js';
import type { Evidence } from '../types/inspection.js';
import type { Reason } from '../types/evaluation.js';
import { dayNumber } from './dates.js';

/**
 * What is missing from the evidence an answer carries, against the item's requirements.
 * Empty when every requirement is met. `inspectedDay` is the inspection's day number.
 */
export function evidenceShortfall(required: readonly EvidenceRequirement[], given: readonly Evidence[] | undefined, inspectedDay: number): Reason[] {
  const reasons: Reason[] = [];
  for (const req of required) {
    const need = req.min ?? 1;
    let have = 0;
    let fresh = 0;
    let later = 0;
    for (const e of given ?? []) {
      if (e.kind !== req.kind) continue;
      // Evidence dated after the inspection cannot have been seen at it: it never counts.
      const age = e.date === undefined ? Number.NaN : inspectedDay - dayNumber(e.date);
      if (age < 0) {
        later++;
        continue;
      }
      have++;
      if (req.maxAgeDays === undefined) continue;
      if (age <= req.maxAgeDays) fresh++;
    }
    const counted = req.maxAgeDays === undefined ? have : fresh;
    if (counted >= need) continue;
    if (later > 0) reasons.push({ code: 'evidence-after-inspection', params: { kind: req.kind, need, have: counted, later } });
    else if (req.maxAgeDays === undefined) reasons.push({ code: 'evidence-missing', params: { kind: req.kind, need, have } });
    else {
      reasons.push(
        have >= need
          ? { code: 'evidence-stale', params: { kind: req.kind, need, have: fresh, days: req.maxAgeDays } }
          : { code: 'evidence-missing', params: { kind: req.kind, need, have: fresh } },
      );
    }
  }
  return reasons;
}

/** Evidence that satisfies every requirement, dated on the inspection day: what a gap step asks for. */
export function evidenceToProvide(required: readonly EvidenceRequirement[], inspectedAt: string): Evidence[] {
  const out: Evidence[] = [];
  for (const req of required) for (let n = req.min ?? 1; n > 0; n--) out.push({ kind: req.kind, date: inspectedAt });
  return out;
}
