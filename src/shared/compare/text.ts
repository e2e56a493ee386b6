import { forEachWord, normaliseWord } from '../stories/tokens';
import type { Sentence, Span } from './types';

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st gen col capt lt sgt rev sen rep gov jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc ltd corp co jr sr u.s u.k e.g i.e'.split(
    ' ',
  ),
);

/**
 * Sentences with offsets. A sentence ends at . ! ? (with any closing quotes or brackets) before
 * whitespace and a capital, digit or quote; or at a line break. "Mr. Okafor" and "U.S. officials"
 * do not end one.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start)
      sentences.push({ index: sentences.length, text: text.slice(start, end), start, end });
  };
  const boundary = /([.!?…]+["'”’)\]]*)(\s+)(?=["'“‘([]?[\p{Lu}\d])|\n\s*/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const index = match.index;
    if (match[1]) {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, index - 12), index));
      const word = before?.[1].toLowerCase().replace(/\.$/, '');
      // "Mr." and initials ("J. Smith") keep the sentence going.
      if (match[1] === '.' && word && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
      push(start, index + match[1].length);
      start = index + match[1].length;
    } else {
      push(start, index);
      start = index + match[0].length;
    }
  }
  push(start, text.length);
  return sentences;
}

/** Words as a reader counts them: "12,000" and "Vice-Premier" are one word each. */
export function countWords(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0) counted = false;
    else if (!counted && isWordChar(text, i, c)) {
      count++;
      counted = true;
    }
  }
  return count;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (text: string, i: number, c: number): boolean =>
  c < 128
    ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    : WORD_CHAR.test(text[i]);

/** The first sentence, or the first two when the first is under this many words; fragments skipped. */
const SHORT_LEAD = 25;

/** Menu items and captions left in a body: short, and not ended like a sentence. */
const isFragment = (s: Sentence): boolean => countWords(s.text) < 6 && !/[.!?"”’]$/.test(s.text);

export function leadOf(sentences: Sentence[]): Span & { text: string } {
  const from = sentences.findIndex((s) => !isFragment(s));
  if (from < 0) return { text: '', start: 0, end: 0 };
  const first = sentences[from];
  const second = sentences[from + 1];
  if (!second || countWords(first.text) >= SHORT_LEAD) return { ...first };
  return { text: `${first.text} ${second.text}`, start: first.start, end: second.end };
}

/** Stemmed content words (stopwords dropped), as written order. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word) => {
    const normal = normaliseWord(word);
    if (normal) out.push(normal);
  });
  return out;
}

/** Every word, lower-cased, for exact-wording checks. */
export function plainWords(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word) => out.push(word.toLowerCase().replace(/’/g, "'")));
  return out;
}

/** Integer ids for words, so that sets can be compared by merging sorted arrays. */
export class WordIds {
  private readonly ids = new Map<string, number>();

  /** Sorted, distinct ids of the words. */
  set(words: string[]): Int32Array {
    const out = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      let id = this.ids.get(words[i]);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(words[i], id);
      }
      out[i] = id;
    }
    out.sort();
    let n = 0;
    for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i];
    return out.slice(0, n);
  }
}

/** Size of the intersection of two sorted id sets. */
export function overlap(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

/** Whether `part` occurs in `whole` as a run of consecutive words. */
export function isWordRun(part: string[], whole: string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let k = 0; k < part.length; k++) if (whole[i + k] !== part[k]) continue outer;
    return true;
  }
  return false;
}
