import { stem } from './stem';
import { rememberRecent } from '../text/remember-recent';
import { STOPWORDS } from './stopwords';

/** A word as written → its stemmed, lower-case content form, or '' for stopwords and numbers. */
export const normaliseWord: (word: string) => string = rememberRecent((word) => {
  let w = word.toLowerCase();
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  w = w.replace(/['’]/g, '');
  return w.length < 2 || STOPWORDS.has(w) || !/^\p{L}/u.test(w) ? '' : stem(w);
}, 200_000);

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /\p{L}/u;
/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c < 58; c++) ASCII_WORD[c] = 1;
for (let c = 65; c < 91; c++) ASCII_WORD[c] = ASCII_WORD[c + 32] = 1;

const isWordCode = (text: string, i: number, c: number): boolean =>
  c < 128 ? ASCII_WORD[c] === 1 : LETTER_OR_DIGIT.test(text[i]);

/** Nothing but spaces between two words. */
export const GAP_NONE = 0;
/** Punctuation between two words: no bigram spans it. */
export const GAP_PHRASE = 1;
/** A sentence or line ended: a capital after it does not mark a name. */
export const GAP_SENTENCE = 2;

/** What separates two words, from the characters between them. */
export function gapKind(text: string, from: number, to: number): number {
  let kind = GAP_NONE;
  for (let i = from; i < to; i++) {
    switch (text.charCodeAt(i)) {
      case 0x2e: // .
      case 0x21: // !
      case 0x3f: // ?
      case 0x0a: // newline
      case 0x3a: // :
      case 0x22: // "
      case 0x201c: // “
      case 0x2022: // •
        return GAP_SENTENCE;
      case 0x2c: // ,
      case 0x3b: // ;
      case 0x28: // (
      case 0x29: // )
      case 0x5b: // [
      case 0x5d: // ]
      case 0x7c: // |
      case 0x201d: // ”
      case 0x2013: // –
      case 0x2014: // —
        kind = GAP_PHRASE;
        break;
      default:
    }
  }
  return kind;
}

/** Whether a word starts with a capital letter (cheap for ASCII, exact for the rest). */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = word[0];
  return first !== first.toLowerCase();
}

/**
 * Calls `visit` for each word (letters and digits, with one apostrophe suffix as in "port's"),
 * with its start offset, what separates it from the word before (GAP_*; the first word of the text
 * counts as a sentence start) and whether it is capitalised. A hand-written scanner: no match
 * objects, so no garbage per word.
 */
export function forEachWord(
  text: string,
  visit: (word: string, start: number, gap: number, upper: boolean) => void,
): void {
  const n = text.length;
  let i = 0;
  let previousEnd = -1;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWordCode(text, i, c)) {
      i++;
      continue;
    }
    const start = i;
    do {
      i++;
      c = i < n ? text.charCodeAt(i) : 32;
    } while (isWordCode(text, i, c));
    if ((c === 0x27 || c === 0x2019) && i + 1 < n && LETTER.test(text[i + 1])) {
      i += 2;
      while (i < n && LETTER.test(text[i])) i++;
    }
    const word = text.slice(start, i);
    visit(
      word,
      start,
      previousEnd < 0 ? GAP_SENTENCE : gapKind(text, previousEnd, start),
      startsUpper(word),
    );
    previousEnd = i;
  }
}
