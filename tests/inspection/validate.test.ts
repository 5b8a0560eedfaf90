// validateInspection: the inspection against the schema and the compiled standard or scheme.
import { beforeAll, describe, expect, it } from 'vitest';
import { validateInspection } from '../../src/index.js';
import type { Compiled } from '../../src/index.js';
import { compileFixtureScheme, compileFixtureStandard, inspection } from '../helpers/engine.js';

let service: Compiled;
let scheme: Compiled;
beforeAll(async () => {
  service = await compileFixtureStandard('service.yaml');
  scheme = await compileFixtureScheme();
});

/** [code, pointer] of each problem, or [] when the data is valid. */
function problems(compiled: Compiled, data: unknown): [string, string][] {
  const r = validateInspection(compiled, data);
  return r.ok ? [] : r.errors.map((p) => [p.code, p.pointer]);
}

describe('validateInspection', () => {
  it('accepts a valid inspection and returns it', () => {
    const data = { ...inspection({ 's-visits': { value: 6, evidence: [{ kind: 'ledger', ref: 'TZ-01' }] }, 's-policy': 'most' }), standard: 'fx-serve@1.0.0' };
    const r = validateInspection(service, data);
    expect(r).toEqual({ ok: true, inspection: data });
  });

  it('an answer for an item the standard does not have', () => {
    expect(problems(service, inspection({ 's-ghost': true }))).toEqual([['inspection-unknown-item', '/answers/s-ghost']]);
    expect(problems(service, inspection({ 'a/b~c': true }))).toEqual([['inspection-unknown-item', '/answers/a~1b~0c']]);
  });

  it('the wrong answer type for each check type', () => {
    const wrong = {
      's-duty': 'yes', // boolean
      's-policy': 'excellent', // grade
      's-satisfaction': '90%', // threshold
      's-training': 2.5, // count
      's-five': 'place', // checklist
      's-petitions': -1, // deduction
    };
    // one problem per answer, in the order of the answers
    expect(problems(service, inspection(wrong))).toEqual([
      ['answer-boolean', '/answers/s-duty'],
      ['answer-grade', '/answers/s-policy'],
      ['answer-number', '/answers/s-satisfaction'],
      ['answer-whole', '/answers/s-training'],
      ['answer-checklist', '/answers/s-five'],
      ['answer-whole', '/answers/s-petitions'],
    ]);
  });

  it('a threshold answer out of range', () => {
    expect(problems(service, inspection({ 's-satisfaction': 120 }))).toEqual([['answer-range', '/answers/s-satisfaction']]);
  });

  it('an unknown checklist requirement', () => {
    const r = validateInspection(service, inspection({ 's-five': { value: ['place', 'parking'] } }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((p) => [p.code, p.pointer])).toEqual([['answer-checklist-unknown', '/answers/s-five/value']]);
      expect(r.errors[0].params).toEqual({ id: 'parking', allowed: 'place, staff, funds, system, service' });
      expect(r.errors[0].message.en).toContain('parking');
    }
  });

  it('bad dates: the inspection day, an evidence date, a waiver expiry', () => {
    expect(problems(service, inspection({}, { inspectedAt: '2025-02-30' }))).toEqual([['schema-format', '/inspectedAt']]);
    expect(problems(service, inspection({}, { inspectedAt: '1 June 2025' }))).toEqual([['schema-format', '/inspectedAt']]);
    expect(problems(service, inspection({ 's-duty': { value: true, evidence: [{ kind: 'photo', date: '2025-13-01' }] } }))).toEqual([
      ['schema-format', '/answers/s-duty/evidence/0/date'],
    ]);
    const waivers = [{ item: 's-duty', reason: '维修', approvedBy: '局', expires: '2025-06-31' }];
    expect(problems(service, inspection({}, { waivers }))).toEqual([['schema-format', '/waivers/0/expires']]);
  });

  it('a detailed answer with an unknown field or evidence kind', () => {
    expect(problems(service, inspection({ 's-duty': { value: true, photo: 'a.jpg' } as never }))).toEqual([['schema-additional', '/answers/s-duty/photo']]);
    expect(problems(service, inspection({ 's-duty': { value: true, evidence: [{ kind: 'selfie' }] } as never }))).toEqual([['schema-enum', '/answers/s-duty/evidence/0/kind']]);
  });

  it('a waiver for an item the standard does not have', () => {
    const waivers = [{ item: 's-ghost', reason: '维修', approvedBy: '局', expires: '2025-12-31' }];
    expect(problems(service, inspection({}, { waivers }))).toEqual([['waiver-unknown-item', '/waivers/0/item']]);
  });

  it('an inspection for another standard or scheme', () => {
    expect(problems(service, { ...inspection({}), standard: 'fx-build@1.0.0' })).toEqual([['inspection-standard-mismatch', '/standard']]);
    expect(problems(scheme, { ...inspection({}), scheme: 'other-stars@1.0.0' })).toEqual([['inspection-standard-mismatch', '/scheme']]);
    expect(problems(scheme, { ...inspection({}), scheme: 'fx-stars@1.0.0' })).toEqual([]);
  });

  it('a station level the standard does not cover', () => {
    expect(problems(service, inspection({}, { level: 'enterprise' }))).toEqual([['inspection-not-applicable-standard', '/station/level']]);
  });

  it('a station level outside the enumeration, or no station', () => {
    expect(problems(service, inspection({}, { level: 'province' as never }))).toEqual([['schema-enum', '/station/level']]);
    const { station: _s, ...noStation } = inspection({});
    expect(problems(service, noStation)).toEqual([['schema-required', '']]);
  });

  it('not an object at all', () => {
    expect(problems(service, 'inspection')).toEqual([['schema-type', '']]);
  });

  it('every problem has messages in both languages', () => {
    const r = validateInspection(service, { ...inspection({ 's-ghost': 1, 's-duty': 2 }), standard: 'x@1.0.0' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(3);
      for (const p of r.errors) {
        expect(p.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
        expect(p.message.en.length).toBeGreaterThan(0);
      }
    }
  });
});
