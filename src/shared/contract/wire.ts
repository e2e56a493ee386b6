/**
 * Encoding of contract payloads for hosts whose channel carries only JSON (the Chromium host's
 * page binding): one JSON string per call, Uint8Array as base64.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Map([...ALPHABET].map((char, index) => [char, index]));

/** The engine's own base64 (ES2026 Uint8Array.prototype.toBase64 / fromBase64), where it has it. */
interface NativeBase64 {
  toBase64?: () => string;
}
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array })
  .fromBase64;

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as NativeBase64).toBase64;
  if (native) return native.call(bytes);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    out += ALPHABET[(triple >> 18) & 63]! + ALPHABET[(triple >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(triple >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[triple & 63]! : '=';
  }
  return out;
}

export function base64ToBytes(base64: string): Uint8Array {
  if (nativeFromBase64) return nativeFromBase64(base64);
  const clean = base64.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of clean) {
    const value = LOOKUP.get(char);
    if (value === undefined) throw new Error('invalid base64');
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

interface WireBytes {
  $bytes: string;
}

function isWireBytes(value: unknown): value is WireBytes {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { $bytes?: unknown }).$bytes === 'string' &&
    Object.keys(value).length === 1
  );
}

/**
 * Encodes a payload as one JSON string, every Uint8Array as `{ $bytes: base64 }`. One string,
 * not a tree: the page binding's own serializer and Playwright's protocol validation walk every
 * node of a tree several times per call, which cost more than parsing the files did.
 */
export function toWire(value: unknown): string {
  const text = JSON.stringify(value, (_key, inner: unknown) =>
    inner instanceof Uint8Array ? { $bytes: bytesToBase64(inner) } : inner,
  ) as string | undefined;
  return text ?? 'null';
}

/** Inverse of toWire (undefined properties are dropped, as JSON does). */
export function fromWire(text: unknown): unknown {
  if (typeof text !== 'string') throw new Error('wire payload must be a string');
  // Only argument payloads carry bytes: skip the (slower) reviver when there are none.
  if (!text.includes('"$bytes"')) return JSON.parse(text);
  return JSON.parse(text, (_key, inner: unknown) =>
    isWireBytes(inner) ? base64ToBytes(inner.$bytes) : inner,
  );
}
