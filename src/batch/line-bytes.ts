/**
 * The output bytes of a chunk of records, written in place: text is encoded (UTF-8) straight into one
 * buffer that grows as needed, bytes encoded once beforehand are copied in, and `take` hands the
 * buffer over (the worker transfers it to the main thread, which gives it back with a later chunk once
 * written: `adopt`), so a run allocates its output buffers once. Encoding each line into a new array
 * and joining them at the end cost twice the allocations and a copy more (issue 13.2). Text is encoded
 * by `Buffer#write`: 11 % less time for a full line than `TextEncoder#encodeInto` into a subarray
 * (bench/stages.ts, three alternating runs). A buffer is made uninitialised: only the bytes written are
 * ever handed over.
 */
export class LineBytes {
  private buffer = Buffer.alloc(0);
  /** The size of the buffer last handed over: the next one is made as large. */
  private capacity = 1 << 20;
  private at = 0;

  /** Bytes written since the last `take`. */
  get length(): number {
    return this.at;
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    let size = Math.max(this.capacity, this.buffer.length * 2);
    while (size < this.at + bytes) size *= 2;
    const bigger = Buffer.allocUnsafeSlow(size);
    bigger.set(this.buffer.subarray(0, this.at));
    this.buffer = bigger;
  }

  /** Appends text, encoded as UTF-8. */
  text(text: string): void {
    // a UTF-16 code unit takes at most 3 bytes in UTF-8
    this.room(text.length * 3);
    this.at += this.buffer.write(text, this.at);
  }

  /** Appends bytes encoded beforehand. */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** Takes back the last `count` bytes written (the closing brace of an object about to be extended). */
  unwrite(count: number): void {
    this.at -= count;
  }

  /**
   * The bytes written since the last `take`: a view of the start of the writer's buffer, which is
   * handed over with them (the writer starts again empty, with a new buffer or an adopted one).
   */
  take(): Uint8Array {
    const out = this.buffer.subarray(0, this.at);
    this.capacity = Math.max(this.capacity, this.buffer.length);
    this.buffer = Buffer.alloc(0);
    this.at = 0;
    return out;
  }

  /** Writes into `buffer` from now on (one handed over by `take` before), when nothing is written yet. */
  adopt(buffer: ArrayBuffer): void {
    if (this.at === 0 && buffer.byteLength > this.buffer.length) this.buffer = Buffer.from(buffer);
  }
}
