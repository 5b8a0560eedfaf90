// issue 10.2: one renderer registry per document kind, the lifecycle documents included: `vsr rectify`,
// `vsr due` and `vsr history` take their --format values, usage and help from src/report/registry.ts, as
// score, summary, compare and diff do. The help lists exactly the registry's formats.
import { describe, expect, it } from 'vitest';
import { dueReports, evaluationReports, rectificationPlans, stationHistories } from '../../src/report/registry.js';
import { formatChoices, formatsOf, jsonRenderer, type RendererRegistry } from '../../src/report/renderer.js';
import type { DueReport } from '../../src/lifecycle/due.js';
import { vsr } from '../report/helpers.js';

/** The formats the --format line of a command's help names, in order. */
function helpFormats(help: string): string[] {
  const line = help.split('\n').find((l) => l.trimStart().startsWith('--format'))!;
  const list = line.replace(/^\s*--format\s+Output:\s*/, '').split(';')[0];
  return [...list.matchAll(/([a-z]+)(?: \(default\))?(?:, | or |$)/g)].map((m) => m[1]);
}

describe('issue 10.2: --format from the renderer registry for every command that renders', () => {
  const commands: [string, RendererRegistry<never>][] = [
    ['score', evaluationReports as RendererRegistry<never>],
    ['rectify', rectificationPlans as RendererRegistry<never>],
    ['due', dueReports as RendererRegistry<never>],
    ['history', stationHistories as RendererRegistry<never>],
  ];
  for (const [name, registry] of commands) {
    it(`issue 10.2: vsr ${name} --help lists exactly the registry's formats, the default marked`, async () => {
      const r = await vsr([name, '--help', '--locale', 'en']);
      expect(r.code).toBe(0);
      expect(helpFormats(r.stdout)).toEqual(formatsOf(registry));
      expect(r.stdout).toContain(formatChoices(registry, 'en'));
      const zh = await vsr([name, '--help', '--locale', 'zh-CN']);
      expect(zh.stdout).toContain(formatChoices(registry, 'zh-CN'));
    });
  }

  it('issue 10.2: a format added to the due registry at run time is offered and used by vsr due, no command touched', async () => {
    const text = { ...jsonRenderer<DueReport>(), format: 'count', extension: '.txt', mediaType: 'text/plain', render: (d: DueReport) => `${JSON.stringify(Object.keys(d))}\n` };
    (dueReports.renderers as unknown as unknown[]).push(text);
    try {
      const help = await vsr(['due', '--help', '--locale', 'en']);
      expect(help.stdout).toContain('[--format md|json|count]');
      const r = await vsr(['due', 'examples/inspections', '--on', '2026-01-01', '--format', 'count']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^\[".*"\]\n$/);
    } finally {
      (dueReports.renderers as unknown as unknown[]).pop();
    }
    const bad = await vsr(['history', 'X', 'examples/inspections', '--format', 'pdf', '--locale', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`(allowed: ${formatsOf(stationHistories).join(', ')})`);
  });
});
