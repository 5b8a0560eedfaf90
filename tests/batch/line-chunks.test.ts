// Issue 13.3: memory stays flat for every input. A read of short records (nearly empty inspections,
// about 1.3 KB each: 400 in one 512 KiB read) made one chunk whose output (a full evaluation is about
// 100 KB whatever the record's size) was tens of MB, five of them in flight: 328 MB peak RSS at 100,000
// such records with --output full. A chunk now holds at most 64 lines.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineChunks } from '../../src/batch/lines.js';
import { scratch } from './helpers.js';

describe('issue 13.3: chunks of at most 64 lines', () => {
  it('issue 13.3: 200 short lines in one read come as chunks of at most 64 lines, numbered and placed as the input has them', async () => {
    const file = path.join(scratch('line-chunks'), 'short.ndjson');
    const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify({ n: i, pad: 'x'.repeat(i % 7) }));
    const text = lines.join('\n') + '\n';
    writeFileSync(file, text);
    const chunks = [];
    for await (const c of lineChunks(file, { chunkBytes: 1 << 20 })) chunks.push(c);
    expect(chunks.map((c) => (c.kind === 'lines' ? c.lineCount : -1))).toEqual([64, 64, 64, 8]);
    const decoder = new TextDecoder();
    let line = 1;
    let at = 0;
    for (const c of chunks) {
      if (c.kind !== 'lines') throw new Error('no oversized line here');
      expect(c.firstLine).toBe(line);
      const part = decoder.decode(c.bytes);
      expect(part).toBe(lines.slice(line - 1, line - 1 + c.lineCount).join('\n') + '\n');
      at += c.bytes.length;
      expect(c.end).toBe(at);
      line += c.lineCount;
    }
    expect(at).toBe(Buffer.byteLength(text));
  });

  it('issue 13.3: a last line without its newline and a resumed start keep their numbers', async () => {
    const file = path.join(scratch('line-chunks'), 'tail.ndjson');
    const lines = Array.from({ length: 70 }, (_, i) => `{"n":${i}}`);
    writeFileSync(file, lines.join('\n'));
    const start = Buffer.byteLength(lines.slice(0, 3).join('\n') + '\n');
    const chunks = [];
    for await (const c of lineChunks(file, { start, firstLine: 4, maxLines: 64 })) if (c.kind === 'lines') chunks.push([c.firstLine, c.lineCount]);
    expect(chunks).toEqual([[4, 64], [68, 2], [70, 1]]);
  });
});
