import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { ImportFailure } from './import-failure';

const RUSSIAN = 'Докеры порта прекратили работу в понедельник, сообщили власти.';
const FRENCH =
  'Les dockers du port ont cessé le travail lundi, a déclaré la préfecture. « Grève » à l’été.';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode(FRENCH)).text).toBe(FRENCH);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(FRENCH)]);
    expect(decodeText(withBom).text).toBe(FRENCH);
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    expect(
      decodeText(new Uint8Array(iconv.encode(RUSSIAN, 'utf-16le', { addBOM: true }))).text,
    ).toBe(RUSSIAN);
    expect(
      decodeText(new Uint8Array(iconv.encode(RUSSIAN, 'utf-16be', { addBOM: true }))).text,
    ).toBe(RUSSIAN);
  });

  it('reads UTF-16 LE without a byte-order mark', () => {
    const decoded = decodeText(
      new Uint8Array(iconv.encode('Plain English text saved by an old editor.', 'utf-16le')),
    );
    expect(decoded.text).toBe('Plain English text saved by an old editor.');
  });

  it('recognizes Windows-1251 Cyrillic', () => {
    const long = `${RUSSIAN} ${RUSSIAN} Профсоюз требует новую шкалу оплаты после двух лет роста цен.`;
    const decoded = decodeText(new Uint8Array(iconv.encode(long, 'windows-1251')));
    expect(decoded.text).toBe(long);
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.notes).toContain('decoded as windows-1251');
  });

  it('recognizes Windows-1252 text with curly quotes and Latin-1 accents', () => {
    const text = `${FRENCH} “Nous sommes fatigués”, dit-il — après onze jours.`;
    expect(decodeText(new Uint8Array(iconv.encode(text, 'windows-1252'))).text).toBe(text);
    const latin1 =
      'Réunion à Genève: les négociations reprendront après la grève, déclare le ministère.';
    expect(decodeText(new Uint8Array(iconv.encode(latin1, 'latin1'))).text).toBe(latin1);
  });

  it('keeps damaged UTF-8, replacing only the bad bytes', () => {
    const good = new TextEncoder().encode('Grève à Genève — déclaration du ministère.');
    const damaged = new Uint8Array([...good.slice(0, 10), 0xff, ...good.slice(10)]);
    const decoded = decodeText(damaged);
    expect(decoded.text).toContain('déclaration du ministère');
    expect(decoded.text).toContain('\ufffd');
    expect(decoded.notes.join(' ')).toMatch(/invalid UTF-8/);
  });

  it('honours a declared HTML charset', () => {
    const html = `<html><head><meta charset="windows-1251"></head><body>${RUSSIAN}</body></html>`;
    expect(
      decodeText(new Uint8Array(iconv.encode(html, 'windows-1251')), { allowDeclaredCharset: true })
        .text,
    ).toContain(RUSSIAN);
  });

  it('refuses binary data', () => {
    const binary = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(() => decodeText(binary)).toThrow(ImportFailure);
    expect(() => decodeText(binary)).toThrow(/binary.*NUL/);
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(() => decodeText(controls)).toThrow(/control characters/);
  });
});
