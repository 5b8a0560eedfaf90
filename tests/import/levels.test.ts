import { mkdtempSync, writeFileSync } from 'node:fs';
import { TRUSTED } from '../helpers/engine.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/standard/load.js';
import { compile } from '../../src/standard/compile.js';
import { evaluate, planGap } from '../../src/evaluate.js';
import { validateInspection } from '../../src/inspection/validate.js';
import type { Inspection } from '../../src/types/inspection.js';
import ExcelJS from 'exceljs';
import { writeInspectionForm } from '../../src/io/form.js';
import { vsr } from '../report/helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'vsr-levels-'));

// A fiction standard (an example): floor area in m² with a target per station level, and a requirement
// that only a county centre has to meet.
const STANDARD = `schema: vsr/standard@1
id: level-demo
version: 1.0.0
title: {zh-CN: 按层级设定目标（示例）, en: Targets by station level (example)}
appliesTo: [county, town, village]
totalPoints: 10
passMark: 80
sections:
  - id: ld-venue
    title: {zh-CN: 阵地, en: Venue}
    items:
      - id: ld-area
        title: {zh-CN: 使用面积（平方米）, en: Floor area (m²)}
        points: 6
        check:
          type: threshold
          unit: number
          target: 300
          partialFrom: 150
          levels:
            town: {target: 150, partialFrom: 75}
            village: {target: 50}
      - id: ld-rooms
        title: {zh-CN: 功能室, en: Rooms}
        points: 4
        check:
          type: checklist
          requirements:
            - {id: hall, label: {zh-CN: 服务大厅, en: Service hall}}
            - {id: archive, label: {zh-CN: 档案室, en: Archive room}, appliesTo: [county]}
`;

function inspection(level: 'county' | 'town' | 'village', area: number, rooms: string[]): Inspection {
  return { station: { id: `S-${level}`, name: `示例${level}`, level }, standard: 'level-demo@1.0.0', inspectedAt: '2026-11-30', answers: { 'ld-area': area, 'ld-rooms': rooms } } as Inspection;
}

describe('issue 11.5: targets and requirements that differ by station level', () => {
  it('issue 11.5: the same floor area in m² meets a town target but not a county one; a county-only requirement does not count elsewhere', async () => {
    const file = path.join(dir, 'level-demo.yaml');
    writeFileSync(file, STANDARD);
    const compiled = compile((await loadDocument(file, undefined, TRUSTED)).doc);
    const item = (e: ReturnType<typeof evaluate>, id: string) => e.items.find((i) => i.id === id)!;
    const county = evaluate(compiled, inspection('county', 150, ['hall']));
    const town = evaluate(compiled, inspection('town', 150, ['hall']));
    const village = evaluate(compiled, inspection('village', 50, ['hall']));
    expect([item(county, 'ld-area').state, item(county, 'ld-area').points]).toEqual(['fail', 0]);
    expect([item(town, 'ld-area').state, item(town, 'ld-area').points]).toEqual(['pass', 6]);
    expect([item(village, 'ld-area').state, item(village, 'ld-area').points]).toEqual(['pass', 6]);
    expect([item(county, 'ld-rooms').state, item(county, 'ld-rooms').points]).toEqual(['partial', 2]);
    expect([item(town, 'ld-rooms').state, item(town, 'ld-rooms').points]).toEqual(['pass', 4]);
    // the town ramp is its own: 112.5 m² is half-way from 75 to 150
    expect(item(evaluate(compiled, inspection('town', 112.5, ['hall'])), 'ld-area').points).toBe(3);
    // a county's gap plan asks for the county's target
    const gap = planGap(compiled, inspection('county', 150, ['hall']), 'pass');
    expect(gap.steps.find((s) => s.item === 'ld-area')?.answer).toBe(300);
    const townGap = planGap(compiled, inspection('town', 100, ['hall']), 'pass');
    expect(townGap.steps.find((s) => s.item === 'ld-area')?.answer).toBe(150);
    // a county-only requirement in a town's answer is refused by validation (issue 13.2, found), not scored 0
    const refused = validateInspection(compiled, inspection('town', 150, ['hall', 'archive']));
    expect(refused.ok ? [] : refused.errors.map((p) => [p.code, p.pointer])).toEqual([['answer-checklist-not-for-level', '/answers/ld-rooms']]);
    expect(validateInspection(compiled, inspection('county', 150, ['hall', 'archive'])).ok).toBe(true);
  });

  it('issue 11.5: lint checks each level\'s target like the check\'s own', async () => {
    const file = path.join(dir, 'bad-levels.yaml');
    writeFileSync(file, STANDARD.replace('town: {target: 150, partialFrom: 75}', 'town: {target: 150, partialFrom: 200}'));
    const r = await vsr(['lint', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad-levels\.yaml:\d+:\d+ \/sections\/0\/items\/0\/check\/levels\/town\/partialFrom: partialFrom（200）/);
  });

  it('issue 11.5: a form for one level shows that level\'s target and requirements', async () => {
    const file = path.join(dir, 'level-demo-form.yaml');
    writeFileSync(file, STANDARD);
    const compiled = compile((await loadDocument(file, undefined, TRUSTED)).doc);
    const rows = async (level: 'town' | 'county') => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await writeInspectionForm(compiled, { level })) as unknown as ArrayBuffer);
      const out: Record<string, string> = {};
      wb.worksheets[0].eachRow((row) => {
        const id = row.getCell(2).value;
        if (typeof id === 'string' && id.startsWith('ld-')) out[id] = row.values!.toString();
      });
      return out;
    };
    const town = await rows('town');
    const county = await rows('county');
    expect(town['ld-area']).toMatch(/150/);
    expect(town['ld-area']).not.toMatch(/300/);
    expect(county['ld-area']).toMatch(/300/);
    expect(town['ld-rooms']).not.toContain('archive');
    expect(county['ld-rooms']).toContain('archive');
  });
});
