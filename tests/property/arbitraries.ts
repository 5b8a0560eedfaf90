// fast-check arbitraries: inspections for a compiled standard or scheme (random answers per check type,
// unanswered items, evidence with dates, waivers, station level), and "better answers".
import fc from 'fast-check';
import type { Compiled, CompiledItem, Inspection, StationLevel } from '../../src/index.js';
import type { Answer, AnswerEntry, Evidence, Waiver } from '../../src/types/inspection.js';
import type { ThresholdCheck } from '../../src/types/standard.js';
import { checkTypes } from '../../src/checks/registry.js';

const KINDS: Evidence['kind'][] = ['photo', 'document', 'ledger', 'interview', 'record', 'video', 'certificate'];
const LEVELS: StationLevel[] = ['county', 'town', 'village', 'enterprise'];

/** YYYY-MM-DD of a day number (days since 1970-01-01). */
export function dateOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function dayOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/** The valid range of a threshold answer (mirrors the check's bounds, with a finite top). */
function thresholdRange(check: ThresholdCheck): [number, number] {
  const min = check.min ?? 0;
  const top = check.max ?? (check.unit === 'percent' ? 100 : Math.max(check.target, check.partialFrom ?? 0) * 2 + 5);
  return [min, top];
}

/** A valid value for an item's check. */
export function valueArb(item: CompiledItem): fc.Arbitrary<AnswerEntry> {
  const check = item.check;
  switch (check.type) {
    case 'boolean':
      return fc.boolean();
    case 'grade':
      return fc.constantFrom(...check.grades.map((g) => g.id));
    case 'threshold': {
      const [min, max] = thresholdRange(check);
      const round2 = (v: number) => Math.round(v * 100) / 100;
      return fc.oneof(
        fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
        fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => Math.min(max, Math.max(min, round2(v)))),
        fc.constantFrom(check.target, ...(check.partialFrom === undefined ? [] : [check.partialFrom])),
      );
    }
    case 'count':
    case 'deduction':
      return fc.nat({ max: 12 });
    case 'checklist':
      return fc.shuffledSubarray(check.requirements.map((r) => r.id));
  }
}

/** Evidence entries: kinds the item asks for (and others), dated around the inspection day or undated. */
function evidenceArb(item: CompiledItem, inspectedDay: number): fc.Arbitrary<Evidence[]> {
  const kinds = [...new Set([...item.evidence.map((e) => e.kind), 'video' as const])];
  const entry = fc.record(
    {
      kind: fc.constantFrom(...kinds),
      date: fc.integer({ min: inspectedDay - 400, max: inspectedDay + 5 }).map(dateOf),
    },
    { requiredKeys: ['kind'] },
  );
  return fc.array(entry, { maxLength: 4 });
}

/** An answer: absent, a bare value, or a detailed answer with evidence. */
function entryArb(item: CompiledItem, inspectedDay: number): fc.Arbitrary<AnswerEntry | undefined> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: valueArb(item) },
    { weight: 3, arbitrary: fc.record({ value: valueArb(item), evidence: evidenceArb(item, inspectedDay) }) as fc.Arbitrary<AnswerEntry> },
  );
}

/** The answer that earns an item's full points, with fresh evidence where it needs some. */
export function bestEntry(item: CompiledItem, inspectedAt: string): AnswerEntry {
  const best = checkTypes[item.check.type].best(item.check, item.max);
  const evidence: Evidence[] = item.evidence.flatMap((req) => Array.from({ length: req.min ?? 1 }, () => ({ kind: req.kind, date: inspectedAt })));
  return evidence.length ? { value: best, evidence } : best;
}

export interface InspectionArbOptions {
  /** Station levels to draw from (default: those the compiled standard or scheme covers). */
  levels?: StationLevel[];
}

/** A valid inspection for a compiled standard or scheme. */
export function inspectionArb(compiled: Compiled, options: InspectionArbOptions = {}): fc.Arbitrary<Inspection> {
  const levels = options.levels ?? LEVELS.filter((l) => !compiled.appliesTo || compiled.appliesTo.includes(l));
  const ids = compiled.items.map((i) => i.id);
  // `quality` is the share of items given their best answer, so that every level is reached often;
  // now and then whole component standards are left unanswered.
  const components = compiled.components.map((_, c) => c);
  const header = fc.record({
    inspectedDay: fc.integer({ min: dayOf('2024-01-01'), max: dayOf('2026-12-31') }),
    quality: fc.constantFrom(0, 0.5, 0.8, 0.9, 1),
    blank: fc.oneof({ weight: 4, arbitrary: fc.constant([] as number[]) }, { weight: 1, arbitrary: fc.subarray(components) }),
  });
  return header.chain(({ inspectedDay, quality, blank }) =>
    fc.record({
      level: fc.constantFrom(...levels),
      answers: fc.tuple(
        ...compiled.items.map((item) =>
          fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), entryArb(item, inspectedDay)).map(([roll, entry]) =>
            blank.includes(item.component) ? undefined : roll < quality ? bestEntry(item, dateOf(inspectedDay)) : entry,
          ),
        ),
      ),
      waivers: fc.uniqueArray(
        fc.record({ item: fc.constantFrom(...ids), offset: fc.integer({ min: -30, max: 30 }) }),
        { maxLength: 3, selector: (w) => w.item },
      ),
    }).map(({ level, answers, waivers }): Inspection => {
      const inspectedAt = dateOf(inspectedDay);
      const entries: Record<string, AnswerEntry> = {};
      answers.forEach((a, i) => {
        if (a !== undefined) entries[ids[i]] = a;
      });
      const list: Waiver[] = waivers.map((w) => ({ item: w.item, reason: '整改中', approvedBy: '县退役军人事务局', expires: dateOf(inspectedDay + w.offset) }));
      return {
        station: { id: 'P-1', name: '性质测试站', level },
        [compiled.kind]: `${compiled.id}@${compiled.version}`,
        inspectedAt,
        answers: entries,
        ...(list.length ? { waivers: list } : {}),
      };
    }),
  );
}

/**
 * A better (or equal) answer for one item: a better value for its check, keeping the evidence given;
 * or more, valid evidence; or, for an unanswered item, its best answer with the evidence it needs.
 * `pick` (0..1) chooses how much better.
 */
export function improve(item: CompiledItem, entry: AnswerEntry | undefined, inspectedAt: string, pick: number, addEvidence: boolean): AnswerEntry {
  if (entry === undefined) return bestEntry(item, inspectedAt);
  const fresh: Evidence[] = item.evidence.flatMap((req) => Array.from({ length: req.min ?? 1 }, () => ({ kind: req.kind, date: inspectedAt })));
  const detailed = entry !== null && typeof entry === 'object' && !Array.isArray(entry);
  const value = (detailed ? entry.value : entry) as Answer;
  const evidence = [...(detailed ? (entry.evidence ?? []) : []), ...(addEvidence ? fresh : [])];
  const better = betterValue(item, value, pick);
  return evidence.length || detailed ? { value: better, evidence } : better;
}

function betterValue(item: CompiledItem, value: Answer, pick: number): Answer {
  const check = item.check;
  switch (check.type) {
    case 'boolean':
      return pick < 0.5 ? value : true;
    case 'grade': {
      const at = check.grades.findIndex((g) => g.id === value);
      return check.grades[Math.floor(at * pick)].id; // an index at or before the current one
    }
    case 'threshold': {
      const [min, max] = thresholdRange(check);
      const v = value as number;
      const to = check.direction === 'atMost' ? v - (v - min) * pick : v + (max - v) * pick;
      return Math.round(to * 100) / 100;
    }
    case 'count':
      return (value as number) + Math.floor(pick * 6);
    case 'deduction':
      return Math.floor((value as number) * (1 - pick));
    case 'checklist': {
      const have = new Set(value as string[]);
      const extra = check.requirements.map((r) => r.id).filter((id) => !have.has(id));
      return [...(value as string[]), ...extra.slice(0, Math.ceil(extra.length * pick))];
    }
  }
}
