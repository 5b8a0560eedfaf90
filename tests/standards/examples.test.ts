// The example inspections in examples/inspections/, each with its expected result worked out BY HAND
// from the shipped standards' points and the rules in docs/semantics.md, and asserted against
// evaluate(). Every figure below comes from the arithmetic in the comment beside it, not from the
// engine's output.
//
// Conventions of the arithmetic:
// - Points are listed as deficits from full marks ("−x" per item); every item not listed earns full
//   marks with the evidence it requires.
// - Maxima by station level (not-applicable items leave the maximum): construction county 96,
//   town 96, village 89, enterprise 74; service county 80, town 80, village 74, enterprise 74;
//   key-tasks town 100, village 100, enterprise 58; fengqiao town 100 (bonus cap 5; key-tasks 3).
// - An item earns round(points × fraction) in hundredths (threshold ramp, grade fraction, checklist
//   share); a percent is round(points / max × 10000) / 100; the composite is
//   round(Σ weight × percent / Σ weight × 100) / 100 over the weighted components
//   (construction 40, service 30, key-tasks 30; fengqiao weight 0).
// - Gap plans (docs/semantics.md): failed vetoes and required items (itemsPassed) first, then the
//   sections and prerequisite standards (standardMet) in the order the level lists them, then the
//   minimum percent; each choice takes the least effort
//   (S < M < L), then the biggest gain, then the earlier item; at the end, steps the target does not
//   need are dropped, latest first (veto and required steps stay).
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { compile, evaluate, loadRatingScheme, loadStandard, validateInspection } from '../../src/index.js';
import type { Compiled, Evaluation, Inspection, PlannedEvaluation } from '../../src/index.js';
import { readSource } from '../../src/standard/document.js';
import { applyGap, TRUSTED } from '../helpers/engine.js';

const EXAMPLES = path.resolve('examples/inspections');

interface ComponentFigures {
  points: number;
  max: number;
  bonus?: number;
  percent: number;
}

interface Expected {
  file: string;
  level: string | null;
  score: { points: number; max: number; percent: number; bonus: number; deductions: number };
  /** Scheme examples: every component, by id. */
  components?: Record<string, ComponentFigures>;
  /** Section percents that the levels turn on. */
  sections?: Record<string, number>;
  vetoes: string[];
  /** Every level: the codes of its unmet conditions, in order ([] = met). */
  levels: Record<string, string[]>;
  warnings: { code: string; params?: Record<string, unknown> }[];
  gap: { target: string | null; reachable: boolean; steps: string[]; reasons?: string[] };
  /** Items worth checking one by one: state, points and reason codes. */
  items?: Record<string, { state: string; points: number; reasons?: string[] }>;
}


const EXPECTED: Expected[] = [
  // ---------------------------------------------------------------------------------------------
  // (a) five-star-town.yaml — 云溪县柳塘镇, town, 2023-12-12.
  // construction (max 96): con-layout-02 2 features −1; con-layout-06 upstairs-assisted −1;
  //   con-rules-01 6 of 7 rules: round(400×6/7)=343 → −0.57; con-info-02 90 % on the 60→100 ramp:
  //   0.75×3 = 2.25 → −0.75. 96 − 3.32 = 92.68 → 9268/96 = 96.5417 → 96.54 %.
  // service (max 80): svc-proc-05 80 % on 50→90: 0.75×3 → −0.75; svc-qual-02 4 of 5 on 2→5:
  //   round(400×2/3)=267 → −1.33; svc-eval-02 94 % on 80→95: 14/15×6 = 5.6 → −0.4.
  //   80 − 2.48 = 77.52 → 96.9 %.
  // key-tasks (max 100): kt-duty-03 11×0.25 → −0.25; kt-visit-02 12×0.2 = 2.4 → −0.6; kt-emp-04
  //   75 % on 50→80: 25/30×3 = 2.5 → −0.5; kt-care-03 3×0.5 → −0.5; kt-neg-02 1 × −0.5.
  //   100 − 2.35 = 97.65, bonus kt-bonus-01 1 → 98.65 %. Deductions 0.5 (kt-neg-02).
  // fengqiao (max 100): fq-org-04 40 % on 20→50: round(100×2/3)=67 → −0.33; −0.25 each:
  //   fq-org-07 95 on 80→100, fq-rules-02 11 months on 6→12, fq-pol-05 3 reviews, fq-info-03
  //   40 days on 90→30, fq-info-05 90 on 60→100, fq-care-05 3 partners, fq-emp-04 75 on 50→80,
  //   fq-rights-04 85 on 60→90; fq-rights-09 92 on 80→95: 0.8 → −0.2. 100 − 2.53 = 97.47;
  //   bonus 1.5 + 1 + 0.5 = 3 (cap 5) → 100.47 → capped at 100 %.
  // composite (40×96.54 + 30×96.9 + 30×98.65)/100 = (3861.6 + 2907 + 2959.5)/100 = 97.281 → 97.28.
  // Levels: ≥ 90; no veto; fengqiao 100 ≥ 85; con-layout-01, con-info-01, kt-visit-01, kt-neg-01
  //   all pass; svc-eval 17.6/18 = 97.78 %; con-layout 21/23 = 91.3 %; kt-visit 10.4/11 = 94.55 %.
  //   → five-star, the top level: no gap.
  // score: points 92.68 + 77.52 + 97.65 = 267.85 of 96 + 80 + 100 = 276 (fengqiao, weight 0, left out).
  {
    file: 'five-star-town.yaml',
    level: 'five-star',
    score: { points: 267.85, max: 276, percent: 97.28, bonus: 1, deductions: 0.5 },
    components: {
      construction: { points: 92.68, max: 96, percent: 96.54 },
      service: { points: 77.52, max: 80, percent: 96.9 },
      'key-tasks': { points: 97.65, max: 100, bonus: 1, percent: 98.65 },
      fengqiao: { points: 97.47, max: 100, bonus: 3, percent: 100 },
    },
    sections: { 'con-layout': 91.3, 'kt-visit': 94.55, 'svc-eval': 97.78 },
    vetoes: [],
    levels: { 'three-star': [], 'four-star': [], 'five-star': [] },
    warnings: [],
    gap: { target: null, reachable: true, steps: [] },
    items: {
      'con-rules-01': { state: 'partial', points: 3.43, reasons: ['checklist-missing'] },
      'svc-qual-02': { state: 'partial', points: 2.67, reasons: ['threshold-partial'] },
      'fq-org-04': { state: 'partial', points: 0.67, reasons: ['threshold-partial'] },
    },
  },

  // ---------------------------------------------------------------------------------------------
  // (b) four-star-town.yaml — 云溪县白沙镇, town, 2023-11-28.
  // construction (max 96): con-basic-02 named-only −1.5; con-basic-04 90 % on 50→100: 0.8×4 → −0.8;
  //   con-layout-02 1 feature −2; con-layout-03 2 of 3 −1; con-layout-04 dated −1.5; con-sign-03
  //   5 of 6: round(400×5/6)=333 → −0.67; con-sign-04 partly −1.5; con-staff-04 1 session −1;
  //   con-rules-02 5 of 6 −0.67; con-info-02 80 on 60→100 → −1.5; con-info-03 2 of 3 −1.
  //   96 − 13.14 = 82.86 → 8631.25 → 86.31 %. con-layout: 23 − 4.5 = 18.5/23 = 80.43 %.
  // service (max 80): svc-list-town 7 of 8 −1.25; svc-list-05 partial −2; svc-proc-04 90 on 70→95
  //   → −1; svc-proc-08 1 complaint −1; svc-qual-02 4 → −1.33; svc-eval-02 90 on 80→95: 2/3×6 → −2;
  //   svc-eval-04 1 self-inspection −1; svc-eval-05 75 on 50→100 → −1.5.
  //   80 − 11.08 = 68.92 → 86.15 %. svc-eval: 18 − 4.5 = 13.5/18 = 75 %.
  // key-tasks (max 100): kt-atmos-04 2 −1; kt-vol-01 4 −1; kt-duty-02 partial −1.5; kt-duty-03
  //   8 months −1; kt-duty-04 1 lapse −1; kt-card-01 90 on 70→95 → −1; kt-legal-01 2 of 4 −2;
  //   kt-legal-02 4 people −1; kt-visit-01 95 on 80→100: 0.75×6 → −1.5; kt-emp-04 65 on 50→80
  //   → −1.5; kt-neg-02 2 × 0.5 → −1. 100 − 13.5 = 86.5 %. kt-visit: (4.5 + 3 + 2)/11 = 86.36 %.
  // fengqiao (max 100), deficits by effort:
  //   S: fq-org-02 0 meetings −1.5; fq-rules-02 8 months −1; fq-pol-02 1 event −1; fq-pol-03 80 on
  //      70→100 −1; fq-rights-01 9 months −0.75; fq-venue-07 partly −0.5; fq-rules-06 −0.5;
  //      fq-pol-06 2 events −0.5; fq-honour-05 2 of 4 −0.5; fq-role-04 4 activities −0.5 (= 7.75)
  //   M: fq-org-04 40 % −0.33; fq-org-06 −1; fq-venue-05 −0.5; fq-rules-01 weak −1; fq-rules-04
  //      6 of 7: round(150×6/7)=129 → −0.21; fq-pol-01 partial −0.75; fq-info-05 80 → −0.5;
  //      fq-honour-03 95 on 80→100: round(112.5)=113 → −0.37; fq-care-01 90 → −0.4; fq-care-04
  //      1 of 3 → −0.67; fq-emp-01 85 → −0.75; fq-emp-06 −1.5; fq-rights-03 2 of 4 −0.75;
  //      fq-role-02 2 of 3 −0.5 (= 9.23)
  //   L: fq-org-03 one-full-time −1; fq-org-07 90 → −0.5; fq-venue-02 one-short −0.75; fq-emp-04
  //      65 → −0.75; fq-rights-09 88 on 80→95: round(100×8/15)=53 → −0.47; fq-result-01 90 → −1
  //      (= 4.47). 100 − 21.45 = 78.55 %.
  // composite (40×86.31 + 30×86.15 + 30×86.5)/100 = (3452.4 + 2584.5 + 2595)/100 = 86.319 → 86.32.
  // Levels: four-star holds (con-layout 80.43, kt-visit 86.36); five-star fails on the minimum
  //   (86.32 < 90), fengqiao (78.55 < 85), kt-visit-01 (partial), svc-eval (75 < 80).
  // Gap to five-star:
  //   required first: kt-visit-01 (key-tasks → 88).
  //   then, in the level's order, fengqiao to 85: S items by gain: fq-org-02 +1.5 → 80.05; the +1
  //     ties in item order fq-rules-02, fq-pol-02, fq-pol-03 → 83.05; fq-rights-01 +0.75 → 83.8;
  //     the +0.5 ties in order fq-venue-07, fq-rules-06, fq-pol-06 → 85.3.
  //   section svc-eval: the only S item short is svc-eval-04 (+1 → 14.5/18 = 80.56; service 69.92 →
  //     87.4). Composite now (3452.4 + 2622 + 2640)/100 = 87.14.
  //   points to 90, S items only (one construction point is worth 40/96 ≈ 0.417 of the composite,
  //     a key-tasks point 0.3; no service item short is S; fengqiao items gain 0):
  //     con-sign-04 +1.5 → construction 84.36 → 87.88 → 87.77; kt-duty-02 +1.5 (0.45 beats
  //     con-staff-04's 0.42) → 88.22; con-staff-04 +1 → 88.92 → 88.64; then +1 key-tasks points
  //     (0.30) beat con-sign-03 (+0.67 → 0.27), in item order: kt-atmos-04 → 88.94, kt-duty-03 →
  //     89.24, kt-legal-02 → 89.54. kt-duty-04 (a lapse found) and kt-neg-02 (late returns) count
  //     what has happened (`remediable: false`, issue 8.6), so the plan never proposes them; the
  //     remaining S items (con-sign-03 0.27, …) do not reach 90, so it takes the M item with the
  //     biggest gain, con-layout-02 +2 (0.83). Dropping unneeded steps, latest first, removes the
  //     S steps after kt-duty-03: 89.24 + 0.83 = 90.07 ≥ 90.
  //   Dropping any other step breaks a condition (e.g. without kt-duty-03 89.77; without con-sign-04
  //     89.45; without fq-pol-06 fengqiao 84.8), so 16 stay.
  // score: points 82.86 + 68.92 + 86.5 = 238.28 of 276; deductions svc-proc-08 1 + kt-duty-04 1 +
  //   kt-neg-02 1 = 3.
  {
    file: 'four-star-town.yaml',
    level: 'four-star',
    score: { points: 238.28, max: 276, percent: 86.32, bonus: 0, deductions: 3 },
    components: {
      construction: { points: 82.86, max: 96, percent: 86.31 },
      service: { points: 68.92, max: 80, percent: 86.15 },
      'key-tasks': { points: 86.5, max: 100, bonus: 0, percent: 86.5 },
      fengqiao: { points: 78.55, max: 100, bonus: 0, percent: 78.55 },
    },
    sections: { 'con-layout': 80.43, 'kt-visit': 86.36, 'svc-eval': 75 },
    vetoes: [],
    levels: {
      'three-star': [],
      'four-star': [],
      'five-star': ['level-min-percent', 'level-standard', 'level-items', 'level-section'],
    },
    warnings: [],
    gap: {
      target: 'five-star',
      reachable: true,
      steps: [
        'kt-visit-01',
        'fq-org-02', 'fq-rules-02', 'fq-pol-02', 'fq-pol-03', 'fq-rights-01', 'fq-venue-07', 'fq-rules-06', 'fq-pol-06',
        'svc-eval-04',
        'con-sign-04', 'kt-duty-02', 'con-staff-04', 'kt-atmos-04', 'kt-duty-03', 'con-layout-02',
      ],
      reasons: ['required', ...Array(8).fill('standard'), 'section', ...Array(6).fill('points')],
    },
    items: {
      'fq-honour-03': { state: 'partial', points: 1.13, reasons: ['threshold-partial'] },
      'fq-rights-09': { state: 'partial', points: 0.53, reasons: ['threshold-partial'] },
      'fq-org-02': { state: 'fail', points: 0, reasons: ['count-earned'] },
    },
  },

  // ---------------------------------------------------------------------------------------------
  // (c) three-star-village.yaml — 云溪县西岭镇石竹村, village, 2023-11-22.
  // construction (max 89): con-basic-02 named-only −1.5; con-basic-04 80 % on 50→100 → −1.6;
  //   con-layout-01 4 of 5 −2; con-layout-02 0 −3; con-layout-03 1 of 3 −2; con-layout-04 dated
  //   −1.5; con-layout-05 3 of 4 −0.5; con-sign-03 4 of 6: round(400×4/6)=267 → −1.33;
  //   con-staff-06 −2; con-rules-02 4 of 6 −1.33; con-info-02 70 on 60→100 → −2.25.
  //   89 − 19.01 = 69.99 → 7864.04 → 78.64 %. con-layout: 23 − 9 = 14/23 = 60.87 %.
  // service (max 74): svc-list-village 3 of 4 −2.5; svc-list-05 partial −2; svc-proc-05 70 on
  //   50→90 → −1.5; svc-qual-02 3 of 5: round(400/3)=133 → −2.67; svc-eval-03 2 of 4 −1.5;
  //   svc-eval-04 1 −1. 74 − 11.17 = 62.83 → 8490.54 → 84.91 %. svc-eval 15.5/18 = 86.11 %.
  // key-tasks (max 100): kt-atmos-04 1 −2; kt-vol-02 8 on 3→10: round(200×5/7)=143 → −0.57;
  //   kt-duty-03 9 months −0.75; kt-legal-01 2 of 4 −2; kt-legal-02 2 people −2; kt-visit-01 90
  //   on 80→100 → −3; kt-visit-02 8 visits −1.4; kt-emp-01 2 −2; kt-emp-03 0 −2; kt-emp-04 60 on
  //   50→80 → −2; kt-care-03 1 −1.5; kt-neg-02 1 −0.5. 100 − 19.72 = 80.28 %.
  //   kt-visit: (3 + 1.6 + 2)/11 = 60 %.
  // fengqiao: town only, nothing applies (max 0, not applicable; warning).
  // composite (40×78.64 + 30×84.91 + 30×80.28)/100 = (3145.6 + 2547.3 + 2408.4)/100 = 81.013 → 81.01.
  // Levels: three-star; four-star fails only on its sections (con-layout 60.87, kt-visit 60);
  //   five-star fails on the minimum and on con-layout-01 and kt-visit-01 (partial).
  // Gap to four-star: con-layout: S first, con-layout-05 +0.5 → 14.5/23; then M by gain,
  //   con-layout-02 +3 → 17.5/23, con-layout-03 +2 → 19.5/23 = 84.78 %; kt-visit: kt-visit-01
  //   (M, +3) → 9.6/11 = 87.27 %. The composite is already ≥ 80. Dropping, latest first:
  //   kt-visit-01, con-layout-03 and con-layout-02 are needed; without con-layout-05 the section
  //   is still 19/23 = 82.61 %, so it is dropped.
  // score: points 69.99 + 62.83 + 80.28 = 213.1 of 89 + 74 + 100 = 263; deductions 0.5.
  {
    file: 'three-star-village.yaml',
    level: 'three-star',
    score: { points: 213.1, max: 263, percent: 81.01, bonus: 0, deductions: 0.5 },
    components: {
      construction: { points: 69.99, max: 89, percent: 78.64 },
      service: { points: 62.83, max: 74, percent: 84.91 },
      'key-tasks': { points: 80.28, max: 100, bonus: 0, percent: 80.28 },
      fengqiao: { points: 0, max: 0, bonus: 0, percent: 0 },
    },
    sections: { 'con-layout': 60.87, 'kt-visit': 60, 'svc-eval': 86.11 },
    vetoes: [],
    levels: {
      'three-star': [],
      'four-star': ['level-section', 'level-section'],
      'five-star': ['level-min-percent', 'level-items'],
    },
    warnings: [],
    gap: { target: 'four-star', reachable: true, steps: ['con-layout-02', 'con-layout-03', 'kt-visit-01'], reasons: ['section', 'section', 'section'] },
    items: {
      'kt-vol-02': { state: 'partial', points: 1.43, reasons: ['threshold-partial'] },
      'svc-qual-02': { state: 'partial', points: 1.33, reasons: ['threshold-partial'] },
      'fq-org-01': { state: 'not-applicable', points: 0, reasons: ['not-applicable-level'] },
    },
  },

  // ---------------------------------------------------------------------------------------------
  // (d) veto-blocked-town.yaml — 云溪县东港镇, town, 2023-12-05.
  // construction (max 96): con-layout-02 2 −1; con-staff-03 25 % on 10→30 → −0.5; con-rules-03
  //   partial −1; con-info-04 60 days on 90→30 → −1.5. 96 − 4 = 92 → 9583.33 → 95.83 %.
  // service (max 80): svc-list-town 7 of 8 −1.25; svc-proc-08 2 complaints −2; svc-eval-02 88 on
  //   80→95: 600×8/15 = 320 → −2.8. 80 − 6.05 = 73.95 → 9243.75 → 92.44 %. svc-eval 15.2/18 = 84.44 %.
  // key-tasks (max 100): kt-vol-01 4 −1; kt-info-02 90 on 80→100 → −2; kt-neg-01 2 petitions −2;
  //   kt-neg-03 1 reprimand −2. 100 − 7 = 93 %.
  // fengqiao (max 100): fq-org-04 25 on 20→50: round(100/6)=17 → −0.83; fq-rules-07 gaps −0.5;
  //   fq-info-03 60 days → −0.75; fq-rights-06 90 on 80→100 → −0.75; fq-rights-08 2 × −1;
  //   fq-rights-09 90 on 80→95: round(100×2/3)=67 → −0.33; fq-role-04 4 × 0.25 → −0.5;
  //   fq-result-01 88 on 80→95: 300×8/15 = 160 → −1.4; fq-result-02 −2; fq-result-03 (veto) −1.
  //   100 − 10.06 = 89.94, bonus fq-bonus-04 0.5 → 90.44 %.
  // composite (40×95.83 + 30×92.44 + 30×93)/100 = (3833.2 + 2773.2 + 2790)/100 = 93.964 → 93.96.
  // Levels: fq-result-03 fails, and every level requires noVeto (fengqiao's vetoes count for town
  //   stations), so no level. Five-star also fails on fengqiao (its veto) and kt-neg-01 (partial).
  // Gap to the lowest level, three-star: only the veto blocks it, and fq-result-03 (no serious
  //   incident in the past 12 months) records what has happened (`remediable: false`, issue 8.6):
  //   three stars cannot be reached this round, and the plan proposes nothing.
  // score: points 92 + 73.95 + 93 = 258.95 of 276; deductions 2 (service) + 2 + 2 (key-tasks) = 6.
  {
    file: 'veto-blocked-town.yaml',
    level: null,
    score: { points: 258.95, max: 276, percent: 93.96, bonus: 0, deductions: 6 },
    components: {
      construction: { points: 92, max: 96, percent: 95.83 },
      service: { points: 73.95, max: 80, percent: 92.44 },
      'key-tasks': { points: 93, max: 100, bonus: 0, percent: 93 },
      fengqiao: { points: 89.94, max: 100, bonus: 0.5, percent: 90.44 },
    },
    sections: { 'con-layout': 95.65, 'kt-visit': 100, 'svc-eval': 84.44 },
    vetoes: ['fq-result-03'],
    levels: {
      'three-star': ['level-veto'],
      'four-star': ['level-veto'],
      'five-star': ['level-veto', 'level-standard', 'level-items'],
    },
    warnings: [],
    gap: { target: 'three-star', reachable: false, steps: [], reasons: [] },
    items: {
      'fq-result-03': { state: 'fail', points: 0, reasons: ['veto-failed'] },
      'kt-neg-01': { state: 'partial', points: 3, reasons: ['deduction-taken'] },
      'fq-rights-08': { state: 'partial', points: 1, reasons: ['deduction-taken'] },
    },
  },

  // ---------------------------------------------------------------------------------------------
  // (e) expired-waiver-village.yaml — 云溪县南湾镇青山村, village, 2023-10-26.
  // Waivers: con-basic-04 expired 2023-09-30 (< inspectedAt): scored on its answer, with a warning;
  //   kt-atmos-03 valid to 2023-12-31: waived, out of the maximum (key-tasks max 100 − 3 = 97).
  // construction (max 89): con-basic-04 60 % on 50→100: 0.2×4 = 0.8 → −3.2; con-layout-02 1 −2;
  //   con-layout-06 upstairs-assisted −1; con-sign-04 partly −1.5; con-staff-06 −2; con-rules-02
  //   5 of 6 −0.67; con-info-02 90 → −0.75; con-info-04 40 days on 90→30: 5/6×3 = 2.5 → −0.5.
  //   89 − 11.62 = 77.38 → 8694.38 → 86.94 %. con-layout 20/23 = 86.96 %.
  // service (max 74): svc-list-05 partial −2; svc-proc-05 70 → −1.5; svc-qual-02 4 → −1.33;
  //   svc-qual-06 fair −1.5; svc-eval-04 1 −1. 74 − 7.33 = 66.67 → 9009.46 → 90.09 %.
  // key-tasks (max 97): kt-vol-01 3 −2; kt-card-01 90 → −1; kt-legal-03 1 −1; kt-visit-02 12 →
  //   −0.6; kt-emp-03 1 −1; kt-emp-04 70 on 50→80 → −1. 97 − 6.6 = 90.4 → 9319.59 → 93.2 %.
  // composite (40×86.94 + 30×90.09 + 30×93.2)/100 = (3477.6 + 2702.7 + 2796)/100 = 89.763 → 89.76.
  // Levels: four-star (kt-visit 10.4/11 = 94.55 %); five-star fails only on the minimum: the
  //   expired waiver costs the fifth star (see the valid-waiver test below).
  // Gap to five-star: S items by composite gain: con-staff-06 +2 → construction 79.38 → 89.19 →
  //   (3567.6 + 2702.7 + 2796)/100 = 90.66 ≥ 90 (con-sign-04 would give 90.44, svc-proc-05 90.37).
  // score: points 77.38 + 66.67 + 90.4 = 234.45 of 89 + 74 + 97 = 260.
  {
    file: 'expired-waiver-village.yaml',
    level: 'four-star',
    score: { points: 234.45, max: 260, percent: 89.76, bonus: 0, deductions: 0 },
    components: {
      construction: { points: 77.38, max: 89, percent: 86.94 },
      service: { points: 66.67, max: 74, percent: 90.09 },
      'key-tasks': { points: 90.4, max: 97, bonus: 0, percent: 93.2 },
      fengqiao: { points: 0, max: 0, bonus: 0, percent: 0 },
    },
    sections: { 'con-layout': 86.96, 'kt-visit': 94.55, 'svc-eval': 94.44 },
    vetoes: [],
    levels: { 'three-star': [], 'four-star': [], 'five-star': ['level-min-percent'] },
    warnings: [
      {
        code: 'waiver-expired',
        params: { item: 'con-basic-04', reason: '村党群服务中心改扩建，服务站临时借用村委会二楼办公室，过渡期内面积不作考核', approvedBy: '云溪县退役军人事务局', expires: '2023-09-30' },
      },
    ],
    gap: { target: 'five-star', reachable: true, steps: ['con-staff-06'], reasons: ['points'] },
    items: {
      'con-basic-04': { state: 'partial', points: 0.8, reasons: ['waiver-expired', 'threshold-partial'] },
      'kt-atmos-03': { state: 'waived', points: 0, reasons: ['waived'] },
    },
  },

  // ---------------------------------------------------------------------------------------------
  // (f) stale-evidence-community.yaml — 云溪县北门街道溪口社区, village level, 2023-11-08.
  // Stale evidence (maxAgeDays 365; 2022-10-20 is 384 days before, 2022-08-15 is 450):
  //   con-rules-02 all 6 ledgers, but 1 of its 3 ledger entries is stale → 0 (evidence-stale, 2 of 3
  //   fresh); svc-eval-01 and svc-eval-02 rest on the 2022-10-20 survey → 0 each.
  // construction (max 89): con-rules-02 −4; con-layout-02 2 −1; con-sign-04 partly −1.5.
  //   89 − 6.5 = 82.5 → 9269.66 → 92.7 %.
  // service (max 74): svc-eval-01 −2; svc-eval-02 −6; svc-qual-02 4 → −1.33.
  //   74 − 9.33 = 64.67 → 8739.19 → 87.39 %. svc-eval: (18 − 8)/18 = 55.56 %.
  // key-tasks (max 100): kt-vol-01 4 −1; kt-emp-01 3 −1; kt-care-03 2 −1. 97 %.
  // composite (40×92.7 + 30×87.39 + 30×97)/100 = (3708 + 2621.7 + 2910)/100 = 92.397 → 92.4.
  // Levels: four-star (con-layout 22/23, kt-visit 100 %); five-star fails only on svc-eval.
  // Gap to five-star: svc-eval: svc-eval-01 (S, +2 → 12/18), then the only item left short,
  //   svc-eval-02 (L, +6 → 18/18). Dropping latest first: svc-eval-02 is needed (12/18 < 80 %);
  //   without svc-eval-01 the section is 16/18 = 88.89 % and the composite still ≥ 90: dropped.
  // score: points 82.5 + 64.67 + 97 = 244.17 of 263.
  {
    file: 'stale-evidence-community.yaml',
    level: 'four-star',
    score: { points: 244.17, max: 263, percent: 92.4, bonus: 0, deductions: 0 },
    components: {
      construction: { points: 82.5, max: 89, percent: 92.7 },
      service: { points: 64.67, max: 74, percent: 87.39 },
      'key-tasks': { points: 97, max: 100, bonus: 0, percent: 97 },
      fengqiao: { points: 0, max: 0, bonus: 0, percent: 0 },
    },
    sections: { 'con-layout': 95.65, 'kt-visit': 100, 'svc-eval': 55.56 },
    vetoes: [],
    levels: { 'three-star': [], 'four-star': [], 'five-star': ['level-section'] },
    warnings: [],
    gap: { target: 'five-star', reachable: true, steps: ['svc-eval-02'], reasons: ['section'] },
    items: {
      'con-rules-02': { state: 'fail', points: 0, reasons: ['evidence-stale'] },
      'svc-eval-01': { state: 'fail', points: 0, reasons: ['evidence-stale'] },
      'svc-eval-02': { state: 'fail', points: 0, reasons: ['evidence-stale'] },
    },
  },

  // ---------------------------------------------------------------------------------------------
  // (g) county-centre-construction.yaml — 云溪县退役军人服务中心, county, construction@1.0.0 alone.
  // construction (max 96): con-layout-04 dated −1.5; con-sign-03 5 of 6 −0.67; con-rules-01 6 of 7
  //   −0.57; con-rules-03 partial −1; con-info-02 85 on 60→100: 300×0.625 = 187.5 → 188 → −1.12;
  //   con-info-04 35 days on 90→30: 300×55/60 = 275 → −0.25. 96 − 5.11 = 90.89 → 9467.71 → 94.68 %.
  //   con-layout (county: no con-layout-07) 21.5/23 = 93.48 %; con-info 11.63/13 = 89.46 %.
  // A standard alone with a passMark has one level, pass (80 %, no veto): met, the top: no gap.
  {
    file: 'county-centre-construction.yaml',
    level: 'pass',
    score: { points: 90.89, max: 96, percent: 94.68, bonus: 0, deductions: 0 },
    sections: { 'con-layout': 93.48, 'con-info': 89.46 },
    vetoes: [],
    levels: { pass: [] },
    warnings: [],
    gap: { target: null, reachable: true, steps: [] },
    items: {
      'con-info-02': { state: 'partial', points: 1.88, reasons: ['threshold-partial'] },
      'con-basic-06': { state: 'not-applicable', points: 0, reasons: ['not-applicable-level'] },
    },
  },

  // ---------------------------------------------------------------------------------------------
  // (g2) county-centre-service.yaml — the same centre, service@1.0.0 alone.
  // service (max 80): svc-list-county 6 of 8 −2.5; svc-list-04 80 on 70→95: 0.4×4 → −2.4;
  //   svc-proc-04 85 on 70→95 → −2; svc-proc-05 60 on 50→90 → −2.25; svc-proc-08 2 complaints −2;
  //   svc-qual-01 fair −1.5; svc-qual-04 85 on 70→100 → −1.5; svc-eval-02 93 on 80→95: 600×13/15
  //   = 520 → −0.8; svc-eval-05 80 on 50→100 → −1.2; svc-eval-06 −2.
  //   80 − 18.15 = 61.85 → 7731.25 → 77.31 %: below the pass mark, no level.
  //   svc-list (county: 10 + 4 + 4 + 2) 15.1/20 = 75.5 %; svc-eval 14/18 = 77.78 %.
  // Gap to pass (80 % = 64 points, 2.15 short): S items by gain: svc-list-04 +2.4 → 64.25 → 80.31.
  {
    file: 'county-centre-service.yaml',
    level: null,
    score: { points: 61.85, max: 80, percent: 77.31, bonus: 0, deductions: 2 },
    sections: { 'svc-list': 75.5, 'svc-eval': 77.78 },
    vetoes: [],
    levels: { pass: ['level-min-percent'] },
    warnings: [],
    gap: { target: 'pass', reachable: true, steps: ['svc-list-04'], reasons: ['points'] },
  },

  // ---------------------------------------------------------------------------------------------
  // (h) enterprise-station.yaml — an enterprise station in 云溪县东港镇, 2023-12-07.
  // construction (max 74): con-basic-02 named-only −1.5; con-basic-06 2 of 3: round(200×2/3)=133
  //   → −0.67; con-layout-07 2 of 3 −0.67; con-sign-04 partly −1.5; con-staff-04 1 −1;
  //   con-rules-03 partial −1; con-info-02 75 on 60→100: 300×0.375 = 112.5 → 113 → −1.87.
  //   74 − 8.21 = 65.79 → 8890.54 → 88.91 %. con-layout (enterprise: items 05, 06, 07):
  //   5.33/6 = 88.83 %.
  // service (max 74): svc-list-village 3 of 4 −2.5; svc-proc-01 75 on 50→100 → −1.5; svc-qual-02
  //   3 → −2.67; svc-eval-03 3 of 4 −0.75; svc-eval-04 1 −1. 74 − 8.42 = 65.58 → 8862.16 → 88.62 %.
  // key-tasks (max 58): kt-atmos-04 1 −2; kt-vol-01 3 −2; kt-vol-02 6 on 3→10: round(200×3/7)=86
  //   → −1.14; kt-card-01 80 on 70→95 → −3; kt-visit-02 10 → −1; kt-care-03 1 −1.5.
  //   58 − 10.64 = 47.36 → 8165.52 → 81.66 %. kt-visit 10/11 = 90.91 %.
  // composite (40×88.91 + 30×88.62 + 30×81.66)/100 = (3556.4 + 2658.6 + 2449.8)/100 = 86.648 → 86.65.
  // Levels: four-star; five-star fails only on the minimum (fengqiao applies to towns only;
  //   con-layout-01 is not applicable, so it holds).
  // Gap to five-star, S items by composite gain (a construction point ≈ 0.54, key-tasks ≈ 0.52,
  //   service ≈ 0.41): kt-atmos-04 +2 → 87.68; con-sign-04 +1.5 → 88.49; svc-proc-01 +1.5 (0.61
  //   beats con-staff-04's 0.54) → 89.1; con-staff-04 +1 → 89.64; svc-eval-04 +1 (0.41 beats
  //   svc-eval-03's 0.30) → 90.04. Each is needed.
  // score: points 65.79 + 65.58 + 47.36 = 178.73 of 74 + 74 + 58 = 206.
  {
    file: 'enterprise-station.yaml',
    level: 'four-star',
    score: { points: 178.73, max: 206, percent: 86.65, bonus: 0, deductions: 0 },
    components: {
      construction: { points: 65.79, max: 74, percent: 88.91 },
      service: { points: 65.58, max: 74, percent: 88.62 },
      'key-tasks': { points: 47.36, max: 58, bonus: 0, percent: 81.66 },
      fengqiao: { points: 0, max: 0, bonus: 0, percent: 0 },
    },
    sections: { 'con-layout': 88.83, 'kt-visit': 90.91, 'svc-eval': 90.28 },
    vetoes: [],
    levels: { 'three-star': [], 'four-star': [], 'five-star': ['level-min-percent'] },
    warnings: [],
    gap: {
      target: 'five-star',
      reachable: true,
      steps: ['kt-atmos-04', 'con-sign-04', 'svc-proc-01', 'con-staff-04', 'svc-eval-04'],
      reasons: ['points', 'points', 'points', 'points', 'points'],
    },
    items: {
      'con-layout-01': { state: 'not-applicable', points: 0, reasons: ['not-applicable-level'] },
      'kt-vol-02': { state: 'partial', points: 0.86, reasons: ['threshold-partial'] },
    },
  },
];

const compiledByRef = new Map<string, Promise<Compiled>>();

/** Compiles the scheme or standard an inspection names (once per ref). */
function compiledFor(data: Inspection): Promise<Compiled> {
  const ref = data.scheme ?? data.standard!;
  if (!compiledByRef.has(ref)) {
    compiledByRef.set(ref, (async () => compile(data.scheme ? await loadRatingScheme(ref, TRUSTED) : await loadStandard(ref, TRUSTED)))());
  }
  return compiledByRef.get(ref)!;
}

/** Reads an example, validates it against what it names and evaluates it. */
async function evaluateExample(file: string, change?: (data: Inspection) => Inspection): Promise<{ compiled: Compiled; inspection: Inspection; evaluation: PlannedEvaluation }> {
  const { doc, problems } = await readSource(path.join(EXAMPLES, file));
  expect(problems).toEqual([]);
  let data = doc!.data as Inspection;
  if (change) data = change(data);
  const compiled = await compiledFor(data);
  const checked = validateInspection(compiled, data);
  if (!checked.ok) throw new Error(`${file}: ${JSON.stringify(checked.errors.map((e) => [e.code, e.pointer]))}`);
  return { compiled, inspection: checked.inspection, evaluation: evaluate(compiled, checked.inspection) };
}

describe('example inspections: hand-worked results', () => {
  for (const x of EXPECTED) {
    describe(x.file, () => {
      it('level, percent, points and components', async () => {
        const { evaluation: e } = await evaluateExample(x.file);
        expect(e.rating.level).toBe(x.level);
        expect(e.score).toMatchObject(x.score);
        if (x.components) {
          const got = Object.fromEntries((e.score.components ?? []).map((c) => [c.id, { points: c.points, max: c.max, bonus: c.bonus, percent: c.percent }]));
          for (const [id, want] of Object.entries(x.components)) expect(got[id], id).toMatchObject(want);
          expect(Object.keys(got)).toEqual(Object.keys(x.components).sort((a, b) => order(a) - order(b)));
        } else {
          expect(e.score.components).toBeUndefined();
        }
        for (const [id, percent] of Object.entries(x.sections ?? {})) {
          expect(e.sections.find((s) => s.id === id)?.percent, id).toBe(percent);
        }
      });

      it('vetoes, levels and warnings', async () => {
        const { evaluation: e } = await evaluateExample(x.file);
        expect(e.vetoes.map((v) => v.item)).toEqual(x.vetoes);
        expect(Object.fromEntries(e.rating.levels.map((l) => [l.id, l.unmet.map((u) => u.code)]))).toEqual(x.levels);
        for (const l of e.rating.levels) expect(l.met).toBe(x.levels[l.id].length === 0);
        expect(e.warnings).toEqual(x.warnings);
      });

      it('items', async () => {
        const { evaluation: e } = await evaluateExample(x.file);
        for (const [id, want] of Object.entries(x.items ?? {})) {
          const got = e.items.find((i) => i.id === id)!;
          expect({ state: got.state, points: got.points }, id).toEqual({ state: want.state, points: want.points });
          if (want.reasons) expect(got.reasons.map((r) => r.code), id).toEqual(want.reasons);
        }
        // No example gives an answer the check refuses.
        expect(e.items.filter((i) => i.reasons.some((r) => r.code === 'invalid-answer')).map((i) => i.id)).toEqual([]);
      });

      it('gap plan, and applying it reaches the target', async () => {
        const { compiled, inspection, evaluation: e } = await evaluateExample(x.file);
        expect(e.gap.target).toBe(x.gap.target);
        expect(e.gap.reachable).toBe(x.gap.reachable);
        expect(e.gap.steps.map((s) => s.item)).toEqual(x.gap.steps);
        if (x.gap.reasons) expect(e.gap.steps.map((s) => (s as { reason?: string }).reason)).toEqual(x.gap.reasons);
        if (x.gap.target !== null && x.gap.reachable) {
          const after = evaluate(compiled, applyGap(inspection, e.gap.steps));
          expect(after.rating.levels.find((l) => l.id === x.gap.target)!.met).toBe(true);
        }
      });
    });
  }
});

/** Components in the scheme's order. */
function order(id: string): number {
  return ['construction', 'service', 'key-tasks', 'fengqiao'].indexOf(id);
}

describe('example inspections: details worked by hand', () => {
  it('stale evidence names the kind, how many are needed, how many are fresh and the age limit', async () => {
    const { evaluation: e } = await evaluateExample('stale-evidence-community.yaml');
    const reason = (id: string) => e.items.find((i) => i.id === id)!.reasons.find((r) => r.code === 'evidence-stale');
    // con-rules-02 needs 3 ledgers no older than 365 days; 2023-09-28 and 2023-06-30 are, 2022-08-15 is not.
    expect(reason('con-rules-02')?.params).toEqual({ kind: 'ledger', need: 3, have: 2, days: 365 });
    // the 2022-10-20 survey record is 384 days old
    expect(reason('svc-eval-02')?.params).toEqual({ kind: 'record', need: 1, have: 0, days: 365 });
  });

  it('the expired waiver costs the fifth star: were it still valid, the station would have five', async () => {
    const { evaluation: e } = await evaluateExample('expired-waiver-village.yaml', (data) => ({
      ...data,
      waivers: data.waivers!.map((w) => (w.item === 'con-basic-04' ? { ...w, expires: '2023-12-31' } : w)),
    }));
    // con-basic-04 waived: construction 77.38 − 0.8 = 76.58 of 89 − 4 = 85 → 9009.41 → 90.09 %;
    // composite (40×90.09 + 30×90.09 + 30×93.2)/100 = (3603.6 + 2702.7 + 2796)/100 = 91.023 → 91.02.
    expect(e.items.find((i) => i.id === 'con-basic-04')!.state).toBe('waived');
    expect(e.score.components!.find((c) => c.id === 'construction')).toMatchObject({ points: 76.58, max: 85, percent: 90.09 });
    expect(e.score.percent).toBe(91.02);
    expect(e.rating.level).toBe('five-star');
    expect(e.warnings).toEqual([]);
  });

  it('the veto blocks a town station even though it comes from fengqiao, a component of weight 0', async () => {
    const { evaluation: e } = await evaluateExample('veto-blocked-town.yaml');
    const fengqiao = e.score.components!.find((c) => c.id === 'fengqiao')!;
    expect(fengqiao.weight).toBe(0);
    // Fixing the veto alone: fq-result-03 +1 → fengqiao 90.94 + 0.5 = 91.44 %; the composite does
    // not move (93.96), and every star's veto condition now holds. Five stars still need kt-neg-01.
    const { evaluation: fixed } = await evaluateExample('veto-blocked-town.yaml', (data) => ({ ...data, answers: { ...data.answers, 'fq-result-03': true } }));
    expect(fixed.vetoes).toEqual([]);
    expect(fixed.score.percent).toBe(93.96);
    expect(fixed.score.components!.find((c) => c.id === 'fengqiao')!.percent).toBe(91.44);
    expect(fixed.rating.level).toBe('four-star');
    expect(fixed.rating.levels.find((l) => l.id === 'five-star')!.unmet.map((u) => u.code)).toEqual(['level-items']);
  });

  it('every example names its schema, an existing scheme or standard, and a region in Zhejiang', async () => {
    for (const x of EXPECTED) {
      const { inspection } = await evaluateExample(x.file);
      expect((inspection as { schema?: string }).schema).toBe('vsr/inspection@1');
      expect(inspection.station.region?.[0]).toBe('浙江省');
      expect(inspection.inspector).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('the built CLI scores the examples as the library does', () => {
  const run = promisify(execFile);
  const cli = (args: string[]) => run(process.execPath, [path.resolve('dist/cli.js'), ...args], { maxBuffer: 64 << 20 });
  const asJson = (e: Evaluation) => JSON.parse(JSON.stringify(e));

  it('vsr score examples/inspections/five-star-town.yaml --format json equals evaluate()', async () => {
    const { stdout } = await cli(['score', 'examples/inspections/five-star-town.yaml', '--format', 'json']);
    const { evaluation } = await evaluateExample('five-star-town.yaml');
    expect(JSON.parse(stdout)).toEqual(asJson(evaluation));
  });

  it('vsr score examples/inspections --format json gives every example\'s evaluate(), in file-name order', async () => {
    const { stdout } = await cli(['score', 'examples/inspections', '--format', 'json']);
    const files = EXPECTED.map((x) => x.file).sort();
    const expected = [];
    for (const file of files) expected.push(asJson((await evaluateExample(file)).evaluation));
    expect(JSON.parse(stdout)).toEqual(expected);
  });
});
