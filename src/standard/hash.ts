import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** JSON with object keys sorted, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v,
  );
}

/** `sha256:<hex>` of the canonical JSON of a value (pure JavaScript SHA-256: runs in browsers too). */
export function contentHash(value: unknown): string {
  return 'sha256:' + bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}
