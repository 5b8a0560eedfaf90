import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { readDocumentSource } from '../../src/io/read-document.js';
import { readStoredEvaluation } from '../../src/io/stored.js';
import { MINI, townInputs } from '../report/helpers.js';

async function store(json: string): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'vsr-stored-')), 'evaluation.json');
  writeFileSync(file, json);
  return file;
}

describe('stored evaluations', () => {
  it('are rendered again in the other language with the titles of their standard', async () => {
    const { standard } = await townInputs();
    const file = await store(renderJson(standard));
    const { source } = await readDocumentSource(file);
    const stored = await readStoredEvaluation(source!, { standard: MINI });
    if (!stored.ok) throw new Error(JSON.stringify(stored.problems));
    expect(stored.warnings).toEqual([]);
    const en = renderMarkdown({ evaluation: stored.evaluation }, { locale: 'en' });
    expect(en).toContain('| Organisation | m-org-2 | Venue | Partial | 3 | 6 |');
    expect(en).toContain('### Rating: Met (62.5%)');
  });

  it('warn, in both languages, when the standard text has changed since (hash mismatch)', async () => {
    const { standard } = await townInputs();
    const doc = JSON.parse(renderJson(standard));
    doc.standard.hash = `sha256:${'0'.repeat(64)}`;
    const file = await store(JSON.stringify(doc, null, 2));
    const { source } = await readDocumentSource(file);
    const stored = await readStoredEvaluation(source!, { standard: MINI });
    expect(stored.ok).toBe(true);
    if (!stored.ok) return;
    expect(stored.warnings).toHaveLength(1);
    const [w] = stored.warnings;
    expect(w).toMatchObject({ code: 'report-stored-hash-mismatch', file, line: expect.any(Number) });
    expect(w.message['zh-CN']).toContain('标题按现在的文本显示');
    expect(w.message.en).toContain('titles are shown from the current text');
  });

  it('are rejected with a place when they do not fit the evaluation schema', async () => {
    const { standard } = await townInputs();
    const doc = JSON.parse(renderJson(standard));
    doc.score.percent = 'high';
    const json = JSON.stringify(doc, null, 2);
    const line = json.split('\n').findIndex((l) => l.includes('"high"')) + 1;
    const file = await store(json);
    const { source } = await readDocumentSource(file);
    const stored = await readStoredEvaluation(source!, { standard: MINI });
    expect(stored.ok).toBe(false);
    if (stored.ok) return;
    expect(stored.problems[0]).toMatchObject({ code: 'schema-type', pointer: '/score/percent', file, line });
  });
});
