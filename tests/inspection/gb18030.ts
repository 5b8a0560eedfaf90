// A GB18030 encoder for tests (Node has a GB18030 decoder but no encoder): the two-byte GBK range,
// inverted from TextDecoder('gb18030'), plus ASCII. Enough for Chinese text as Excel saves it.
const table = new Map<string, number[]>();
const decoder = new TextDecoder('gb18030');
for (let lead = 0x81; lead <= 0xfe; lead++) {
  for (let trail = 0x40; trail <= 0xfe; trail++) {
    if (trail === 0x7f) continue;
    const ch = decoder.decode(new Uint8Array([lead, trail]));
    if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
  }
}

export function encodeGb18030(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
