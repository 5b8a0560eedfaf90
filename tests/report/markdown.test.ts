import { describe, expect, it } from 'vitest';
import { mdEscape, renderMarkdown } from '../../src/report/markdown.js';
import { townInputs } from './helpers.js';

describe('Markdown renderer', () => {
  it('escapes what users wrote', () => {
    expect(mdEscape('<script>alert(1)</script> | *x* [a](b)')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\* \\[a\\](b)');
  });

  it('renders one station in Chinese by default: details, rating, levels, vetoes, sections, gap, items', async () => {
    const { scheme } = await townInputs();
    const md = renderMarkdown(scheme);
    expect(md).toContain('# 退役军人服务中心（站）评定报告');
    expect(md).toContain('## &lt;script&gt;alert(1)&lt;/script&gt;示例镇退役军人服务站（T-001）');
    expect(md).not.toContain('<script>');
    expect(md).toContain('### 评定等级：三星级（62.5%）');
    expect(md).toContain('  - ❌ 章节“服务”得分率不低于 60%：章节“服务”得分率 55% 低于 60%');
    expect(md).toContain('否决项全部通过。');
    expect(md).toMatch(/\| 组织 \| 7 \| 10 \| 70% \| /);
    expect(md).toMatch(/^1\. \[ \] .*\*\*\+[\d.]+ 分，得分率 \+[\d.]+ 个百分点\*\*/m);
    expect(md).toContain('| 组织 | m-org-2 | 场所 | 部分得分 | 3 | 6 |');
    expect(md).toContain('重构稿');
  });

  it('renders English completely with --locale en', async () => {
    const { scheme } = await townInputs();
    const md = renderMarkdown(scheme, { locale: 'en' });
    expect(md).toContain('# Veterans service station assessment report');
    expect(md).toContain('### Rating: Three stars (62.5%)');
    expect(md).toContain('| Organisation | m-org-2 | Venue | Partial | 3 | 6 |');
    expect(md).toContain("reconstructions from public sources");
    // nothing Chinese left but what the user wrote (station name, region, inspector, note)
    const withoutUserText = md.replace(/示例镇退役军人服务站|浙江省|示例市|云溪县|示例镇|张三|大厅较小/g, '');
    expect(withoutUserText).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('puts a summary table first when several stations are rendered', async () => {
    const { standard, scheme } = await townInputs();
    const md = renderMarkdown([standard, scheme]);
    const summary = md.indexOf('## 评定汇总');
    expect(summary).toBeGreaterThan(0);
    expect(summary).toBeLessThan(md.indexOf('### 评定等级'));
    expect(md).toContain('共 1 个站点（2 份评定）：三星级：1 个；达标：1 个'); // issue 8.16: one station (T-001) on two standards
    expect(md.match(/^\| T-001 \|/gm)).toHaveLength(2);
  });

  it('says so when there is nothing to report', () => {
    expect(renderMarkdown([])).toContain('没有检查记录。');
  });
});
