import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/model.js';
import { townInputs } from './helpers.js';

describe('report model', () => {
  it('shows for each level which conditions hold and which fail, with the reason', async () => {
    const { scheme } = await townInputs();
    const m = buildReport(scheme, { locale: 'zh-CN' });
    expect(m.rating.level).toBe('three-star');
    expect(m.rating.stars).toBe(3);
    const [three, four, five] = m.rating.levels;
    expect(three.met && three.reached).toBe(true);
    expect(three.conditions.every((c) => c.holds)).toBe(true);
    expect(four.met).toBe(false);
    expect(four.conditions.map((c) => c.holds)).toEqual([false, true, false]);
    expect(four.conditions[2].text).toBe('章节“服务”得分率不低于 60%：章节“服务”得分率 55% 低于 60%');
    expect(five.conditions.map((c) => c.holds)).toEqual([false, true, false, false]);
    expect(five.conditions[3].text).toContain('（仅对镇（街道）站点）');
  });

  it('builds the gap plan with titles, answers in words and the points each step earns', async () => {
    const { scheme } = await townInputs();
    const m = buildReport(scheme, { locale: 'en' });
    expect(m.gap.target).toBe('four-star');
    expect(m.gap.targetLabel).toBe('Four stars');
    expect(m.gap.steps.length).toBeGreaterThan(0);
    const gains = m.gap.steps.reduce((s, x) => s + x.gain, 0);
    expect(m.score.percent + gains).toBeGreaterThanOrEqual(70);
    for (const s of m.gap.steps) {
      expect(s.title).not.toBe(s.item);
      expect(s.points).toBeGreaterThan(0);
    }
  });

  it('takes the inspector, answers, notes and evidence from the inspection', async () => {
    const { standard } = await townInputs();
    const m = buildReport(standard, { locale: 'zh-CN' });
    expect(m.inspector).toBe('张三');
    const venue = m.items.find((i) => i.id === 'm-org-2')!;
    expect(venue).toMatchObject({ answer: 'fair', evidenceGiven: '照片 2024-03-01 (IMG_0001.jpg)', note: '大厅较小', state: 'partial', points: 3, max: 6 });
    expect(m.reconstructed).toBe('注意：以下标准为本项目根据公开资料整理的重构稿，不是官方文本：“迷你测试标准”。');
  });

  it('states a reconstruction naming the scheme and each of its standards', async () => {
    const { scheme } = await townInputs();
    expect(buildReport(scheme, { locale: 'en' }).reconstructed).toBe('Note: these are the project\'s reconstructions from public sources, not official texts: "Mini star rating", "Mini test standard".');
  });
});
