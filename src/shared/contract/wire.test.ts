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

  it('carries nested Uint8Arrays in one JSON string', () => {
    const payload = { files: [{ relativePath: 'a.txt', data: new Uint8Array([0, 255, 10]) }] };
    const wire = toWire(payload);
    expect(typeof wire).toBe('string');
    const restored = fromWire(wire);
    expect(restored).toEqual(payload);
    expect((restored as typeof payload).files[0]!.data).toBeInstanceOf(Uint8Array);
  });

  it('leaves look-alike objects and plain results alone', () => {
    const payload = { ok: true, value: [{ $bytes: 'AA==', other: 1 }, 'text', null, 3] };
    expect(fromWire(toWire(payload))).toEqual(payload);
    expect(fromWire(toWire(undefined))).toBeNull();
  });

  it('refuses a payload that is not a string', () => {
    expect(() => fromWire({ folder: '/' })).toThrow();
  });
});
