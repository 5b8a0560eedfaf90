import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { renderCsv } from '../../src/report/csv.js';
import { reportInput, compiledOf, inspectionOf, MINI, TOWN, townInputs } from './helpers.js';

function rows(csv: string): string[][] {
  return parse(csv, { bom: true, relax_column_count: true }) as string[][];
}

describe('CSV renderer', () => {
  it('writes one row per item with section, id, title, state, points, max and reasons', async () => {
    const { standard } = await townInputs();
    const csv = renderCsv(standard);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [head, ...body] = rows(csv);
    expect(head).toEqual(['站点编号', '站点名称', '章节', '编号', '名称', '结果', '得分', '满分', '说明', '答案', '已提供的佐证']);
    expect(body).toHaveLength(6);
    expect(body[1]).toEqual(['T-001', '<script>alert(1)</script>示例镇退役军人服务站', '组织', 'm-org-2', '场所', '部分得分', '3', '6', '评为“fair”，得分比例 50%', 'fair', '照片 2024-03-01 (IMG_0001.jpg)']);
  });

  it('heads and states in English with locale en', async () => {
    const { standard } = await townInputs();
    const [head, , , , , , last] = rows(renderCsv(standard, { locale: 'en' }));
    expect(head.slice(2, 9)).toEqual(['Section', 'ID', 'Title', 'State', 'Points', 'Max', 'Reasons']);
    expect(last.slice(3, 9)).toEqual(['m-svc-4', 'Demonstration station', 'Unanswered', '0', '3', 'Not answered']);
  });

  it('issue 8.15: several stations start with a summary (per-station percent and level), then the items', async () => {
    const { standard, scheme } = await townInputs();
    const all = rows(renderCsv([standard, scheme], { locale: 'en' }));
    // the summary: heading, two stations; an empty row; the items: heading, 6 + 6 items
    expect(all).toHaveLength(3 + 1 + 1 + 12);
    const [head, first, second] = all;
    expect(head.slice(0, 7)).toEqual(['Station ID', 'Station name', 'Station level', 'Inspection date', 'Standard', 'Percent', 'Rating']);
    expect([first[5], first[6]]).toEqual(['62.5', 'Met']);
    expect(second[6]).toBe('Three stars');
    expect(all[3]).toEqual(['']);
    expect(all[4].slice(2, 5)).toEqual(['Section', 'ID', 'Title']);
  });

  it('neutralises cells starting with =, +, -, @, a tab or a carriage return', async () => {
    const compiled = await compiledOf(MINI);
    for (const name of ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const inspection = inspectionOf(TOWN);
      inspection.station.name = name;
      inspection.station.id = '=cmd|x';
      const body = rows(renderCsv(reportInput(compiled, inspection)))[1];
      expect(body[0]).toBe("'=cmd|x");
      expect(body[1]).toBe(`'${name}`);
    }
  });
});
