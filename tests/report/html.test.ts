import { describe, expect, it } from 'vitest';
import { htmlEscape, renderHtml } from '../../src/report/html.js';
import { townInputs } from './helpers.js';

describe('HTML renderer (static checks)', () => {
  it('escapes everything a user supplied', async () => {
    expect(htmlEscape(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    const { scheme } = await townInputs();
    const html = renderHtml(scheme);
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;示例镇退役军人服务站');
  });

  it('is one self-contained file: no scripts, links, external fonts or images, and a CSP that forbids them', async () => {
    const { scheme } = await townInputs();
    const html = renderHtml(scheme);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<(script|link|img|iframe|object)\b/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(|@font-face/i);
  });

  it('is readable on a phone and printable on A4', async () => {
    const { scheme } = await townInputs();
    const html = renderHtml(scheme);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/@media \(max-width: 640px\)/);
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html).toMatch(/@media print \{[\s\S]*break-before: page/);
    expect(html).toMatch(/break-inside: avoid/);
  });

  it('shows the station, the level and why, the vetoes, a chart, the gap checklist and every item', async () => {
    const { scheme } = await townInputs();
    const html = renderHtml(scheme);
    for (const text of ['T-001', '张三', '浙江省 / 示例市 / 云溪县 / 示例镇', '2024-05-01', '三星级', '62.5%', '否决项全部通过', '各等级条件', '差距清单', '条目明细', '大厅较小', 'IMG_0001.jpg', '重构稿']) {
      expect(html).toContain(text);
    }
    expect(html).toContain('<figure class="chart" role="img" aria-label="总分与各章节得分率">');
    expect(html.match(/<svg class="bar" viewBox="0 0 100 12"/g)).toHaveLength(1 + 1 + 2); // total, the component, two sections
    expect(html).toContain('<rect x="0" y="2" width="62.50" height="8" rx="1" fill="#d97706"/>'); // total 62.5 %
    expect(html.match(/<line /g)).toHaveLength(3); // the three levels' thresholds on the total's bar
    expect(html).toMatch(/<ol class="gap"><li><div><label><input type="checkbox">/);
    expect(html.match(/<tr class="item-/g)).toHaveLength(6);
    expect(html).toContain('<span class="state state-partial">部分得分</span>');
  });

  it('states failed vetoes in plain words', async () => {
    const { standard } = await townInputs();
    const failed = { ...standard, evaluation: { ...standard.evaluation, vetoes: [{ item: 'm-org-1', message: { 'zh-CN': '五有未落实', en: 'Five haves not in place' } }] } };
    expect(renderHtml(failed)).toMatch(/<ul class="vetoes"><li><span class="no">✘<\/span> <strong>有机构<\/strong> <span class="muted">m-org-1<\/span>：五有未落实<\/li><\/ul>/);
    expect(renderHtml(failed, { locale: 'en' })).toContain('<strong>Has an organisation</strong> <span class="muted">m-org-1</span>: Five haves not in place');
  });

  it('combines several stations with a summary first, each station on a new printed page', async () => {
    const { standard, scheme } = await townInputs();
    const html = renderHtml([standard, scheme], { locale: 'en' });
    expect(html).toContain('<html lang="en">');
    expect(html.indexOf('class="summary-block"')).toBeLessThan(html.indexOf('class="station"'));
    expect(html.match(/<section class="station"/g)).toHaveLength(2);
    expect(html).toContain('1 station (2 evaluations): Three stars: 1; Met: 1'); // issue 8.16: one station (T-001) on two standards
  });
});

describe('HTML renderer (links)', () => {
  it('links each summary row to its station, uniquely even when a station appears twice', async () => {
    const { standard } = await townInputs();
    const html = renderHtml([standard, standard]);
    expect(html.match(/<section class="station" id="station-(\d)">/g)).toEqual(['<section class="station" id="station-1">', '<section class="station" id="station-2">']);
    expect(html).toContain('<a href="#station-2">');
  });
});
