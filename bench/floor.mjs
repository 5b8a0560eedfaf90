// The parse floor: read an NDJSON file in chunks and JSON.parse every line, nothing else.
// node bench/floor.mjs FILE  → prints {"records": N}
import { open } from 'node:fs/promises';

const file = process.argv[2];
const handle = await open(file, 'r');
const decoder = new TextDecoder();
const size = 512 * 1024;
let carry = '';
let records = 0;
let sink = 0;
for (;;) {
  const buf = new Uint8Array(size);
  const { bytesRead } = await handle.read(buf, 0, size, null);
  if (bytesRead === 0) break;
  const text = carry + decoder.decode(buf.subarray(0, bytesRead), { stream: true });
  const lines = text.split('\n');
  carry = lines.pop();
  for (const line of lines) {
    if (line.length === 0) continue;
    const data = JSON.parse(line);
    sink += data === null ? 0 : 1;
    records++;
  }
}
if (carry.length) {
  JSON.parse(carry);
  records++;
}
await handle.close();
console.log(JSON.stringify({ records, sink }));
