import { describe, expect, it } from 'vitest';
import { randomTexts } from '../text/random-texts';
import { tokenize } from './tokens';

/** The span tokenized as a text of its own, with offsets moved back into the body. */
function tokenizeAlone(body: string, from: number, to: number) {
  // A new string each time, so nothing learnt from `body` is reused.
  const alone = ` ${body.slice(from, to)}`.slice(1);
  return tokenize(alone, 0, alone.length).map((token) => ({
    ...token,
    start: token.start + from,
    end: token.end + from,
  }));
}

/** The definition the tokenizer must keep: the regex it read words and marks with before. */
const TOKEN_REGEX =
  /([\p{L}\p{N}](?:[\p{L}\p{N}]|['’-](?=[\p{L}\p{N}])|\.(?=\p{L}))*)|[^\s\p{L}\p{N}]/gu;
const byRegex = (text: string) =>
  [...text.matchAll(TOKEN_REGEX)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
    word: match[1] !== undefined,
  }));

/** Characters on every edge of the definition: joiners, dots, spaces, marks, pairs and lone surrogates. */
const PIECES = [
  'a',
  'Z',
  '7',
  'é',
  'Ж',
  '中',
  '٣',
  '\u0301',
  "'",
  '’',
  '-',
  '.',
  ',',
  '“',
  ' ',
  '\n',
  '\u00a0',
  '\u2009',
  '𝐀',
  '𝟙',
  '😀',
  '\ud835',
  '\udc00',
  '_',
];

describe('tokenize', () => {
  it('reads every text as the regex definition does', () => {
    for (const text of randomTexts(PIECES, 20_000, 19)) {
      const alone = ` ${text}`.slice(1);
      expect(tokenize(alone, 0, alone.length), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });

  const body =
    'Ada O’Neill, the U.S. envoy, said: “We’re not done.” Powers-Riggs agreed — and J. R. Tolkien? No.';

  it('splits words (with inner apostrophes, hyphens and dots) from punctuation', () => {
    expect(tokenize(body, 0, body.indexOf(' said')).map((t) => t.text)).toEqual([
      'Ada',
      'O’Neill',
      ',',
      'the',
      'U.S',
      '.',
      'envoy',
      ',',
    ]);
  });

  it('reads every span of a body exactly as it reads the span alone, edges inside words included', () => {
    for (let from = 0; from <= body.length; from += 1)
      for (let to = from; to <= body.length; to += 3)
        expect(tokenize(body, from, to)).toEqual(tokenizeAlone(body, from, to));
  });

  it('keeps a span ending inside "U.S" from reading as the whole abbreviation', () => {
    const at = body.indexOf('U.S');
    expect(tokenize(body, 0, at + 2).map((t) => t.text)).toEqual([
      'Ada',
      'O’Neill',
      ',',
      'the',
      'U',
      '.',
    ]);
  });
});
