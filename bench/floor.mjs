// The floors of the benchmark.
//   node bench/floor.mjs FILE                  (a) parse floor: read the file in chunks, JSON.parse each line
//   node bench/floor.mjs FILE SAMPLE OUT       (b) output floor: (a), and for each line JSON.stringify a
//                                                  same-size evaluation (SAMPLE: one evaluation, JSON) with the
//                                                  record's station, encode it and write it to OUT
// prints {"records": N}
import { createWriteStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { once } from 'node:events';

const [file, sampleFile, outFile] = process.argv.slice(2);
const sample = sampleFile ? JSON.parse(await readFile(sampleFile, 'utf8')) : null;
const out = outFile ? createWriteStream(outFile) : null;
const handle = await open(file, 'r');
const decoder = new TextDecoder();
const encoder = new TextEncoder();
const size = 512 * 1024;
let carry = '';
let records = 0;
let sink = 0;
let pending = [];
let pendingBytes = 0;
const flush = async () => {
  if (!out || pending.length === 0) return;
  const ok = out.write(Buffer.concat(pending, pendingBytes));
  pending = [];
  pendingBytes = 0;
  if (!ok) await once(out, 'drain');
};
const record = async (line) => {
  const data = JSON.parse(line);
  sink += data === null ? 0 : 1;
  records++;
  if (sample) {
    sample.station = data.station;
    const bytes = encoder.encode(JSON.stringify(sample) + '\n');
    pending.push(bytes);
    pendingBytes += bytes.length;
    if (pendingBytes >= 1 << 20) await flush();
  }
};
for (;;) {
  const buf = new Uint8Array(size);
  const { bytesRead } = await handle.read(buf, 0, size, null);
  if (bytesRead === 0) break;
  const text = carry + decoder.decode(buf.subarray(0, bytesRead), { stream: true });
  const lines = text.split('\n');
  carry = lines.pop();
  for (const line of lines) if (line.length > 0) await record(line);
}
if (carry.length) await record(carry);
await flush();
await handle.close();
if (out) {
  out.end();
  await once(out, 'close');
}
console.log(JSON.stringify({ records, sink }));
