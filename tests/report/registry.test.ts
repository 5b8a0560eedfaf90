// issue 10.2: renderers sit behind one interface and a registry per document kind; the CLI's --format values,
// their help and the batch summary's extensions come from the registries, so a new format is one renderer
// module plus one registry line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { batchSummaries, comparisons, evaluationReports, standardDiffs } from '../../src/report/registry.js';
import type { Renderer } from '../../src/report/renderer.js';
import type { Comparison } from '../../src/types/comparison.js';
import type { StandardDiff } from '../../src/types/standard-diff.js';
import { ROOT, vsr } from '../batch/helpers.js';

const registries = { evaluationReports, batchSummaries, comparisons, standardDiffs };
const added: (() => void)[] = [];
afterEach(() => added.splice(0).forEach((undo) => undo()));

function addRenderer<D>(registry: { renderers: readonly Renderer<D>[] }, renderer: Renderer<D>): void {
  const list = registry.renderers as Renderer<D>[];
  list.push(renderer);
  added.push(() => list.splice(list.indexOf(renderer), 1));
}

describe('renderer registries', () => {
  it('issue 10.2: each registry has unique formats and extensions, a default among them, and renderers with a media type', () => {
    for (const [name, registry] of Object.entries(registries)) {
      const formats = registry.renderers.map((r) => r.format);
      expect(new Set(formats).size, name).toBe(formats.length);
      expect(new Set(registry.renderers.map((r) => r.extension)).size, name).toBe(formats.length);
      expect(formats, name).toContain(registry.default);
      for (const r of registry.renderers) expect(r.mediaType, `${name} ${r.format}`).toMatch(/^(text|application)\//);
    }
    expect(evaluationReports.renderers.map((r) => r.format)).toEqual(['json', 'md', 'html', 'csv', 'xlsx']);
  });

  it('issue 10.2: --format help and usage list the registry, in both languages', async () => {
    expect((await vsr(['score', '--help', '--locale', 'en'])).stdout).toContain('Output: json (default), md, html, csv or xlsx');
    expect((await vsr(['score', '--help', '--locale', 'zh-CN'])).stdout).toContain('输出格式：json（默认）、md、html、csv 或 xlsx');
    expect((await vsr(['compare', '--help', '--locale', 'en'])).stdout).toContain('Output: text (default), json or html');
    expect((await vsr(['diff', '--help', '--locale', 'en'])).stdout).toContain('[--format text|json]');
    const bad = await vsr(['diff', 'construction@1.0.0', 'construction@1.1.0', '--format', 'pdf', '--locale', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Invalid --format: pdf (allowed: text, json)');
  });

  it('issue 10.2: a renderer added to a registry is a --format value at once (diff and comparison), no command edited', async () => {
    addRenderer<StandardDiff>(standardDiffs, { format: 'ids', extension: '.ids', mediaType: 'text/plain', render: (d) => d.items.added.map((e) => e.id).join('\n') + '\n' });
    const help = await vsr(['diff', '--help', '--locale', 'en']);
    expect(help.stdout).toContain('[--format text|json|ids]');
    expect(help.stdout).toContain('text (default), json or ids');
    const run = await vsr(['diff', 'construction@1.0.0', 'construction@1.1.0', '--format', 'ids']);
    expect(run.code).toBe(0);
    const json = JSON.parse((await vsr(['diff', 'construction@1.0.0', 'construction@1.1.0', '--format', 'json'])).stdout) as StandardDiff;
    expect(run.stdout).toBe(json.items.added.map((e) => e.id).join('\n') + '\n');

    addRenderer<Comparison>(comparisons, { format: 'count', extension: '.count', mediaType: 'text/plain', render: (c) => `${c.matched}\n` });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vsr-registry-'));
    const e = JSON.parse((await vsr(['score', path.join(ROOT, 'examples/inspections/four-star-town.yaml')])).stdout);
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify(e));
    const compared = await vsr(['compare', path.join(dir, 'a.json'), path.join(dir, 'a.json'), '--format', 'count']);
    expect(compared.code).toBe(0);
    expect(compared.stdout).toBe('1\n');
  });
});
