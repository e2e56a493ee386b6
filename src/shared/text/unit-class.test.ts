import { describe, expect, it } from 'vitest';
import { startsLowerCase, startsUpperCase } from './unit-class';

/** Characters on every edge of the two classes, several scripts, outside the BMP and lone surrogates. */
const FIRST_CHARACTERS = [
  'A',
  'z',
  'É',
  'é',
  'ß',
  'Ж',
  'ж',
  'Ї',
  'ǅ',
  '中',
  '7',
  "'",
  '“',
  ' ',
  '\u0301',
  '𝐀',
  '𝐚',
  '😀',
  '\ud835',
  '\udc00',
  '',
];

describe('startsUpperCase and startsLowerCase', () => {
  it('read the first letter of names and words', () => {
    expect(startsUpperCase('Bessent')).toBe(true);
    expect(startsUpperCase('Élise')).toBe(true);
    expect(startsUpperCase('said')).toBe(false);
    expect(startsLowerCase('über')).toBe(true);
    expect(startsLowerCase('“Quote')).toBe(false);
    expect(startsUpperCase('')).toBe(false);
  });

  it('agree with the property-class regex on every edge case, asked twice', () => {
    for (const first of FIRST_CHARACTERS) {
      for (const rest of ['', 'x', '\udc00', 'X']) {
        const text = first + rest;
        for (let round = 0; round < 2; round++) {
          expect(startsUpperCase(text), JSON.stringify(text)).toBe(/^\p{Lu}/u.test(text));
          expect(startsLowerCase(text), JSON.stringify(text)).toBe(/^\p{Ll}/u.test(text));
        }
      }
    }
  });
});
