/** Word and punctuation tokens with offsets, for reading phrases around a cue. */

import { isWordJoiner, letterOrDigitAt } from '../text/letter-or-digit';
import {
  classLengthAt,
  codeUnitClass,
  isHighSurrogate,
  isLowSurrogate,
  startsUpperCase,
} from '../text/unit-class';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** True for words (letters/digits), false for punctuation marks. */
  word: boolean;
}

// A word may contain inner apostrophes, hyphens and dots ("Powers-Riggs", "U.S", "O’Neill"),
// and keeps a trailing dot only when it is a one-letter initial or a dotted abbreviation.
// Read by hand, as this regex would (its first group set for words), a code unit at a time:
//   /([\p{L}\p{N}](?:[\p{L}\p{N}]|['’-](?=[\p{L}\p{N}])|\.(?=\p{L}))*)|[^\s\p{L}\p{N}]/gu
// The regex cost a third of a microsecond a token, and every body is tokenized whole.
const LETTER = /^\p{L}$/u;
const isLetterUnit = codeUnitClass(LETTER);
const isWhitespaceUnit = codeUnitClass(/^\s$/u);
const letterLength = (text: string, at: number, end: number): number =>
  classLengthAt(text, at, end, LETTER, isLetterUnit);
const DOT = 0x2e;

/** The end of the word that starts at `at` (a letter or digit). */
function wordEnd(text: string, at: number, end: number): number {
  let position = at;
  while (position < end) {
    const letter = letterOrDigitAt(text, position, end);
    if (letter > 0) {
      position += letter;
      continue;
    }
    const code = text.charCodeAt(position);
    if (isWordJoiner(code) && letterOrDigitAt(text, position + 1, end) > 0) position++;
    else if (code === DOT && letterLength(text, position + 1, end) > 0) position++;
    else break;
  }
  return position;
}

function tokenizeSlice(body: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let at = from;
  while (at < to) {
    if (letterOrDigitAt(body, at, to) > 0) {
      const end = wordEnd(body, at, to);
      tokens.push({ text: body.slice(at, end), start: at, end, word: true });
      at = end;
      continue;
    }
    const code = body.charCodeAt(at);
    if (isWhitespaceUnit(code)) {
      at++;
      continue;
    }
    // A mark outside the Basic Multilingual Plane (an emoji) is one token of two code units.
    const pair =
      isHighSurrogate(code) && at + 1 < to && isLowSurrogate(body.charCodeAt(at + 1)) ? 2 : 1;
    tokens.push({ text: body.slice(at, at + pair), start: at, end: at + pair, word: false });
    at += pair;
  }
  return tokens;
}

/** The last body tokenized whole: the quote rules tokenize many spans of one body in turn. */
let cached: { body: string; tokens: Token[] } | null = null;

/** Index of the first token ending after `offset` (tokens are in order and do not overlap). */
function firstEndingAfter(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The tokens of `body` between `from` and `to`, as if that span were tokenized alone. They are
 * taken from the whole body's tokens, made once per body, unless a token of the whole body
 * crosses either edge: then the span reads differently alone ("U.S" cut after "U."), and is
 * tokenized alone.
 */
export function tokenize(body: string, from: number, to: number): Token[] {
  if (cached?.body !== body) cached = { body, tokens: tokenizeSlice(body, 0, body.length) };
  const { tokens } = cached;
  const first = firstEndingAfter(tokens, from);
  const last = firstEndingAfter(tokens, to);
  const crossesStart = first < tokens.length && tokens[first]!.start < from;
  const crossesEnd = last < tokens.length && tokens[last]!.start < to;
  if (crossesStart || crossesEnd) return tokenizeSlice(body, from, to);
  return tokens.slice(first, last);
}

export const isCapitalized = startsUpperCase;

/** Lower-cases and drops a trailing possessive, for lexicon look-ups. */
export const normalizeWord = (word: string): string => word.toLowerCase().replace(/['’]s$/, '');
