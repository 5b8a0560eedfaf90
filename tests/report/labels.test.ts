import { describe, expect, it } from 'vitest';
import { answerText, evidenceRequiredText, formatPercent, formatPoints, namesOfCompiled, reasonText, starCount, stateLabel, stationLevelLabel } from '../../src/report/labels.js';
import { spreadsheetSafe } from '../../src/report/tables.js';
import { ALL_TYPES, compiledOf, MINI_SCHEME } from './helpers.js';

describe('labels shared by the renderers', () => {
  it('formats points and percents without float noise', () => {
    expect(formatPoints(0.1 + 0.2)).toBe('0.3');
    expect(formatPoints(4)).toBe('4');
    expect(formatPercent(62.5)).toBe('62.5%');
  });

  it('names states and station levels in both languages', () => {
    expect(stateLabel('partial', 'zh-CN')).toBe('部分得分');
    expect(stateLabel('not-applicable', 'en')).toBe('Not applicable');
    expect(stationLevelLabel('village', 'zh-CN')).toBe('村（社区）');
    expect(stationLevelLabel('village', 'en')).toBe('village');
  });

  it('counts stars from level ids and labels', () => {
    expect(starCount('five-star', { 'zh-CN': '五星级', en: 'Five stars' })).toBe(5);
    expect(starCount('3', null)).toBe(3);
    expect(starCount('x', { 'zh-CN': '四星级', en: 'x' })).toBe(4);
    expect(starCount('pass', { 'zh-CN': '达标', en: 'Met' })).toBe(0);
  });

  it('turns reason codes into words, with titles and labels for the ids they name', async () => {
    const c = await compiledOf(ALL_TYPES);
    expect(reasonText({ code: 'checklist-missing', params: { missing: 'talk, honour' } }, 'zh-CN', namesOfCompiled(c), 't-list')).toBe('未达到的子要求：谈心接待区、荣誉展示区');
    expect(reasonText({ code: 'evidence-missing', params: { kind: 'photo', need: 1, have: 0 } }, 'zh-CN', namesOfCompiled(c), 't-grade')).toBe('缺少佐证材料：照片（需要 1 份，现有 0 份）');
    expect(reasonText({ code: 'grade-earned', params: { grade: 'fair', fraction: 0.6 } }, 'en', namesOfCompiled(c), 't-grade')).toBe('Graded "Fair (fair)", 60% of the points');
    const s = await compiledOf(MINI_SCHEME);
    expect(reasonText({ code: 'level-items', params: { items: 'm-org-2' } }, 'en', namesOfCompiled(s))).toBe('Required items not passed: m-org-2 Venue');
    expect(reasonText({ code: 'level-section', params: { section: 'svc', percent: 55, min: 60 } }, 'zh-CN', namesOfCompiled(s))).toBe('章节“服务”得分率 55% 低于 60%');
  });

  it('writes answers and evidence requirements in words', async () => {
    const c = await compiledOf(ALL_TYPES);
    const item = (id: string) => c.items[c.itemIndex.get(id)!];
    expect(answerText(true, item('t-bool'), 'zh-CN')).toBe('是');
    expect(answerText('fair', item('t-grade'), 'zh-CN')).toBe('一般（fair）');
    expect(answerText(['hall', 'archive'], item('t-list'), 'en')).toBe('Service hall, Archive room');
    expect(answerText([], item('t-list'), 'zh-CN')).toBe('无');
    expect(answerText(80, item('t-threshold'), 'zh-CN')).toBe('80%');
    expect(evidenceRequiredText(item('t-grade').evidence, 'zh-CN')).toBe('照片 1 份（365 天内）');
    expect(evidenceRequiredText(item('t-grade').evidence, 'en')).toBe('photo ×1 (within 365 days)');
  });

  it('neutralises spreadsheet cells that would be read as formulas', () => {
    for (const bad of ['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(spreadsheetSafe(bad)).toBe(`'${bad}`);
    expect(spreadsheetSafe('示例站')).toBe('示例站');
    expect(spreadsheetSafe(-3)).toBe(-3);
  });
});
