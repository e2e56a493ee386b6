import { describe, expect, it } from 'vitest';
import { randomTexts } from './random-texts';
import { countWords, countWordsUpTo } from './word-count';

/** The definition the counter must keep: the regex the import counted words with before. */
const byRegex = (text: string): number => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;

/** Characters that sit on every edge of the definition. */
const PIECES = [
  'a',
  'Z',
  '7',
  'é',
  'ß',
  'Ж',
  'ї',
  '中',
  'ー',
  '٣', // letters and digits, several scripts
  '\u0301',
  '\u200d', // a combining accent and a zero-width joiner: neither letter nor digit
  "'",
  '’',
  '-',
  '‘',
  '–',
  '.',
  ',',
  '"',
  '«', // joiners, and marks that are not
  ' ',
  '\n',
  '\u00a0',
  '\t',
  '𝐀',
  '𝟙',
  '😀', // letter, digit and emoji outside the Basic Multilingual Plane
  '\ud835',
  '\udc00', // lone surrogates
];

describe('countWords', () => {
  it('counts hyphenated names and contractions as one word, and marks as none', () => {
    expect(countWords("Vice-Premier O’Brien didn't say — 12%.")).toBe(5);
    expect(countWords('Москва, 24 ноября: «Всё идёт по плану».')).toBe(7);
    expect(countWords('— … ·')).toBe(0);
  });

  it('agrees with the regex definition on every edge case', () => {
    for (const text of randomTexts(PIECES, 20_000, 23))
      expect([text, countWords(text)]).toEqual([text, byRegex(text)]);
  });

  it('stops at the limit, and gives the full count when there are fewer words', () => {
    const text = 'one two three four five';
    expect(countWordsUpTo(text, 3)).toBe(3);
    expect(countWordsUpTo(text, 50)).toBe(5);
    for (const sample of randomTexts(PIECES, 2_000, 23))
      expect(countWordsUpTo(sample, 2)).toBe(Math.min(2, byRegex(sample)));
  });
});
