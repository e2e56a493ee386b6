import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fromWire, toWire } from './wire';

describe('wire encoding', () => {
  it('round-trips bytes of every length through base64', () => {
    for (let length = 0; length < 10; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 13) % 256);
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    }
    expect(bytesToBase64(new TextEncoder().encode('Parallax'))).toBe('UGFyYWxsYXg=');
  });

  it('carries nested Uint8Arrays through JSON', () => {
    const payload = { files: [{ relativePath: 'a.txt', data: new Uint8Array([0, 255, 10]) }] };
    const restored = fromWire(JSON.parse(JSON.stringify(toWire(payload))));
    expect(restored).toEqual(payload);
    expect((restored as typeof payload).files[0]!.data).toBeInstanceOf(Uint8Array);
  });
});
