// Issue 13.2: a batch's output buffers are made once: the worker writes each chunk's lines straight into
// one buffer (LineBytes), hands it over with the chunk, and writes into a buffer given back once the main
// thread has written it out (WorkerPool.recycle). The bytes stay those of the lines.
import { describe, expect, it } from 'vitest';
import { LineBytes } from '../../src/batch/line-bytes.js';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('issue 13.2: output bytes written in place', () => {
  it('issue 13.2: text and bytes come out as written, in UTF-8, across a buffer that grows', () => {
    const out = new LineBytes();
    const long = '一二三'.repeat(400_000); // 3.6 MB of UTF-8: more than the first buffer holds
    out.text('{"a":1}\n');
    out.bytes(new TextEncoder().encode('站点,'));
    out.text(long);
    out.text('x}');
    out.unwrite(1);
    expect(out.length).toBe(8 + 7 + long.length * 3 + 1);
    expect(decode(out.take())).toBe('{"a":1}\n站点,' + long + 'x');
    expect(out.length).toBe(0);
  });

  it('issue 13.2: a buffer handed over by take and given back is written into again, not a new one', () => {
    const out = new LineBytes();
    out.text('first chunk\n');
    const first = out.take();
    expect(decode(first)).toBe('first chunk\n');
    // the main thread writes `first` out and gives its buffer back with the next job
    out.adopt(first.buffer as ArrayBuffer);
    out.text('second\n');
    const second = out.take();
    expect(second.buffer).toBe(first.buffer);
    expect(decode(second)).toBe('second\n');
    // without a buffer given back, the next is made as large as the last (no growing again from small)
    out.text('third\n');
    const third = out.take();
    expect(third.buffer).not.toBe(first.buffer);
    expect(third.buffer.byteLength).toBe(first.buffer.byteLength);
  });
});
