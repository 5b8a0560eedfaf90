// Issue 12.7: the example inspections of examples/inspections/v1.1/ (fictional places and people, marked
// `example: true`) against the 1.1 standards, each with its expected result worked out BY HAND below.
//
// Conventions of the arithmetic (docs/semantics.md):
// - Every applicable item not listed earns full marks with the evidence it requires; bonus items are
//   left unanswered and earn nothing.
// - Maxima by station level of the 1.1 files: construction county 96, town 96, village 89,
//   enterprise 74; service town 80, village 74, enterprise 74; key-tasks@1.1.0 and key-tasks-2024
//   town 100, village 100, enterprise 55 (kt-atmos-05 … not for enterprises); fengqiao@1.1.0 town 100.
// - threshold ramp: points × (value − partialFrom) / (target − partialFrom); checklist: points × share;
//   count: per × n up to the points.
// - pct(p, m) = round(p / m × 10000) / 100; the composite is taken from the exact shares,
//   round(Σ weight × p / m ÷ Σ weight × 10000) / 100, over the weighted components that apply (construction 40, service 30, the key-task list of the
//   inspection's year 30; fengqiao weight 0, a prerequisite for towns only).
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { compile, evaluate, loadRatingScheme, loadStandard, validateInspection } from '../../src/index.js';
import type { Evaluation, Inspection, PlannedEvaluation } from '../../src/index.js';
import { readSource } from '../../src/standard/document.js';
import { buildReport } from '../../src/report/model.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { TRUSTED } from '../helpers/engine.js';

const DIR = path.resolve('examples/inspections/v1.1');
const pct = (p: number, m: number) => Math.round((p / m) * 10000) / 100;
/** The composite from exact shares: round(Σ weight × points / max ÷ Σ weight × 100, 2 decimals). */
const composite = (parts: [number, number, number][]) => Math.round((parts.reduce((s, [w, p, m]) => s + (w * p) / m, 0) / parts.reduce((s, [w]) => s + w, 0)) * 10000) / 100;

async function run(file: string): Promise<{ inspection: Inspection; ev: PlannedEvaluation; compiled: ReturnType<typeof compile> }> {
  const { doc, problems } = await readSource(path.join(DIR, file));
  expect(problems).toEqual([]);
  const inspection = doc!.data as Inspection;
  const compiled = inspection.scheme ? compile(await loadRatingScheme(inspection.scheme, TRUSTED)) : compile(await loadStandard(inspection.standard!, TRUSTED));
  const v = validateInspection(compiled, inspection);
  expect(v.ok, JSON.stringify(v)).toBe(true);
  return { inspection, ev: evaluate(compiled, inspection), compiled };
}
const comp = (ev: Evaluation, id: string) => ev.score.components!.find((c) => c.id === id)!;
const unmet = (ev: Evaluation) => Object.fromEntries(ev.rating.levels.map((l) => [l.id, l.unmet.map((u) => u.code)]));

describe('issue 12.7: the 1.1 examples, with their arithmetic', () => {
  it('issue 12.7: five-star town (2023): only con-layout-02 short, two features of three', async () => {
    const { ev } = await run('five-star-town-2023.yaml');
    // construction: 96 − (3 − 2 × 1) = 95 → pct 98.96; service 80/80; key-tasks@1.1.0 100/100; fengqiao 100/100 (met, 85 %)
    expect(comp(ev, 'construction')).toMatchObject({ points: 96 - 1, max: 96, percent: pct(95, 96) });
    expect(comp(ev, 'key-tasks-2024')).toMatchObject({ applicable: false }); // 2023 inspection: the 2023 list
    expect(comp(ev, 'fengqiao')).toMatchObject({ points: 100, percent: 100 });
    expect(ev.score.percent).toBe(composite([[40, 95, 96], [30, 1, 1], [30, 1, 1]])); // (40×95/96 + 60)/100 = (39.583 + 60)/100 → 99.58
    expect(ev.score.percent).toBe(99.58);
    expect(ev.rating.level).toBe('five-star');
  });

  it('issue 12.7 / 12.3: four-star town without Fengqiao answers: the veto is not assessed, only five stars is blocked, no false veto message', async () => {
    const { ev } = await run('four-star-town-no-fengqiao-2023.yaml');
    // construction 96 − 2 (con-layout-02: 1 of 3) − 1 (con-staff-04: 1 of 2) = 93
    // service 80 − 3 (svc-list-05: 1 of 2 requirements of 6 points) = 77
    // key-tasks 100 − 1 (kt-atmos-01 grade stale, 0.5 × 2) − 2 (kt-care-02 no) = 97
    expect([comp(ev, 'construction').points, comp(ev, 'service').points, comp(ev, 'key-tasks').points]).toEqual([93, 77, 97]);
    expect(ev.score.percent).toBe(composite([[40, 93, 96], [30, 77, 80], [30, 97, 100]])); // (40×93/96 + 30×77/80 + 30×0.97)/100 = (38.75 + 28.875 + 29.1)/100 → 96.73
    expect(ev.score.percent).toBe(96.73);
    expect(ev.vetoes).toEqual([]); // 1.0.0 reported "未落实五有" here
    expect(ev.items.find((i) => i.id === 'fq-result-03')!.reasons.map((r) => r.code)).toEqual(['unanswered', 'veto-not-assessed']);
    expect(unmet(ev)).toEqual({ 'three-star': [], 'four-star': [], 'five-star': ['level-veto-unassessed'] });
    expect(ev.rating.level).toBe('four-star');
  });

  it('issue 12.7: three-star village (2023): 86.9 %, but the visits section (31.82 %) keeps it from four stars', async () => {
    const { ev } = await run('three-star-village-2023.yaml');
    // construction 89 − 4 (con-layout-01: 3 of 5 × 10) − 2 (con-info-01: 90 on 80→100, 0.5 × 4) = 83
    // service 74 − 3 (svc-proc-04: 80 on 70→95 earns 0.4 × 5 = 2) − 6 (svc-eval-02: 80, at partialFrom) = 65
    // key-tasks 100 − 6 (kt-vol-01 none) − 5 (kt-card-01: 70) − 4.5 (kt-visit-01: 85 on 80→100 earns 1.5) − 3 (kt-visit-02: 60) − 4 (kt-emp-01: 0) = 77.5
    expect([comp(ev, 'construction').points, comp(ev, 'service').points, comp(ev, 'key-tasks').points]).toEqual([83, 65, 77.5]);
    expect(ev.score.percent).toBe(composite([[40, 83, 89], [30, 65, 74], [30, 77.5, 100]])); // 40×83/89 + 30×65/74 + 30×0.775 = 37.303 + 26.351 + 23.25 = 86.905 → 86.9
    expect(ev.sections.find((s) => s.id === 'kt-visit')!.percent).toBe(pct(1.5 + 0 + 2, 11)); // 31.82
    expect(unmet(ev)['four-star']).toEqual(['level-section']);
    expect(ev.rating.level).toBe('three-star');
  });

  it('issue 12.7 / 12.6: a village on the new track (fengqiao-village@1.0.0, 2024) passes at 89.5 %', async () => {
    const { ev } = await run('village-track-2024.yaml');
    // 100 − 2 (fqv-org-02: 1 meeting × 2 of 4) − 3.5 (fqv-visit-02: 80 on 60→100, 0.5 × 7) − 5 (fqv-emp-01: 75 on 50→100, 0.5 × 10) = 89.5
    expect(ev.score).toMatchObject({ points: 100 - 2 - 3.5 - 5, max: 100, percent: 89.5 });
    expect(ev.rating.level).toBe('pass');
  });

  it('issue 12.7: veto-blocked town: the five haves lack authorised posts, no star at 97.5 %', async () => {
    const { ev } = await run('veto-blocked-town-2023.yaml');
    // construction 96 − 6 (con-basic-01, mode all, one missing) = 90; others full
    expect(ev.score.percent).toBe(composite([[40, 90, 96], [30, 1, 1], [30, 1, 1]])); // (40×90/96 + 60)/100 = (37.5 + 60)/100 = 97.5
    expect(ev.vetoes.map((v) => v.item)).toEqual(['con-basic-01']);
    expect(unmet(ev)).toEqual({ 'three-star': ['level-veto'], 'four-star': ['level-veto'], 'five-star': ['level-veto'] });
    expect(ev.rating.level).toBeNull();
  });

  it('issue 12.7: expired waiver: the floor area is scored (0.8 of 4), the valid waiver leaves kt-atmos-03 out of the maximum', async () => {
    const { ev } = await run('expired-waiver-village-2023.yaml');
    // con-basic-04: 60 on 50→100 = 0.2 × 4 = 0.8 → construction 89 − 3.2 = 85.8; kt-atmos-03 waived → key-tasks 97/97
    expect(comp(ev, 'construction')).toMatchObject({ points: 85.8, max: 89 });
    expect(comp(ev, 'key-tasks')).toMatchObject({ points: 97, max: 100 - 3 });
    expect(ev.warnings.map((w) => w.code)).toEqual(['waiver-expired']);
    expect(ev.score.percent).toBe(composite([[40, 85.8, 89], [30, 1, 1], [30, 1, 1]])); // (40×85.8/89 + 60)/100 = (38.562 + 60)/100 → 98.56
    expect(ev.rating.level).toBe('five-star');
  });

  it('issue 12.7: stale evidence: the survey (2022-10-10) and one ledger (2022-09-01) are older than 365 days', async () => {
    const { ev } = await run('stale-evidence-village-2023.yaml');
    for (const id of ['svc-eval-02', 'con-rules-02']) expect(ev.items.find((i) => i.id === id)).toMatchObject({ state: 'fail', points: 0, reasons: [{ code: 'evidence-stale' }] });
    // construction 89 − 4 = 85; service 74 − 6 = 68; svc-eval section (9 + 0 + 3) / 18... = 12/18
    expect(ev.sections.find((s) => s.id === 'svc-eval')!.percent).toBe(pct(9 + 3, 9 + 6 + 3));
    expect(ev.score.percent).toBe(composite([[40, 85, 89], [30, 68, 74], [30, 1, 1]])); // (38.202 + 27.568 + 30)/100 → 95.77
    expect(unmet(ev)['five-star']).toEqual(['level-section']);
    expect(ev.rating.level).toBe('four-star');
  });

  it('issue 12.7: county centre on construction@1.1.0 alone: 94 of 96', async () => {
    const { ev } = await run('county-centre-2023.yaml');
    expect(ev.score).toMatchObject({ points: 96 - 2, max: 96, percent: pct(94, 96) }); // con-staff-05 no: 97.92
    expect(ev.rating.level).toBe('pass');
  });

  it('issue 12.7: enterprise station: enterprise maxima 74 / 74 / 55', async () => {
    const { ev } = await run('enterprise-2023.yaml');
    // service 74 − 2.5 (svc-qual-01: 3 of 4 × 10); key-tasks 55 − 1 (kt-atmos-04: 1 of 2)
    expect(comp(ev, 'service')).toMatchObject({ points: 71.5, max: 74 });
    expect(comp(ev, 'key-tasks')).toMatchObject({ points: 54, max: 55 });
    expect(ev.score.percent).toBe(composite([[40, 1, 1], [30, 71.5, 74], [30, 54, 55]])); // (40 + 28.986 + 29.455)/100 → 98.44
    expect(ev.rating.level).toBe('five-star');
  });

  it('issue 12.7 / 12.3 / 12.6: a 2024 inspection uses the 2024 list; the provincial title meets the Fengqiao prerequisite', async () => {
    const { ev } = await run('title-town-2024.yaml');
    expect(comp(ev, 'key-tasks')).toMatchObject({ applicable: false });
    expect(ev.items.find((i) => i.id === 'kt-atmos-01')!.reasons.map((r) => r.code)).toEqual(['not-applicable-year']);
    // key-tasks-2024: 100 − 0.67 (kt24-emp-05: 2 of 3 × 2 = 1.33)
    expect(comp(ev, 'key-tasks-2024')).toMatchObject({ points: 99.33, max: 100 });
    expect(ev.score.percent).toBe(composite([[40, 1, 1], [30, 1, 1], [30, 99.33, 100]])); // (70 + 29.799)/100 → 99.8
    expect(comp(ev, 'fengqiao').percent).toBe(0); // not answered, yet met by fq-title-01
    expect(unmet(ev)['five-star']).toEqual([]);
    expect(ev.rating.level).toBe('five-star');
  });

  it('issue 12.7: every v1.1 example is marked example: true, and its report says 示例数据', async () => {
    const { ev, inspection, compiled } = await run('five-star-town-2023.yaml');
    expect(inspection.example).toBe(true);
    expect(ev.example).toBe(true);
    const model = buildReport({ evaluation: ev, compiled, inspection }, { locale: 'en' });
    expect(model.example).toMatch(/^Example data/);
    expect(renderMarkdown({ evaluation: ev, compiled, inspection }, { locale: 'zh-CN' })).toContain('示例数据');
    // the weighted total, not a raw points sum beside the weighted percent (issue 12.8)
    expect(renderMarkdown({ evaluation: ev, compiled, inspection }, { locale: 'en' })).toMatch(/\| Total \(weighted\) \| 99\.58 \| 100 \| 99\.58%/);
    for (const file of ['four-star-town-no-fengqiao-2023.yaml', 'three-star-village-2023.yaml', 'village-track-2024.yaml', 'veto-blocked-town-2023.yaml', 'expired-waiver-village-2023.yaml', 'stale-evidence-village-2023.yaml', 'county-centre-2023.yaml', 'enterprise-2023.yaml', 'title-town-2024.yaml']) {
      const r = await run(file);
      expect(r.inspection.example, file).toBe(true);
      expect(r.inspection.station.name, file).toMatch(/（虚构）$/);
      expect(String(r.inspection.inspector), file).toContain('×××');
    }
  });
});
