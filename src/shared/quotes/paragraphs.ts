/**
 * Paragraph and sentence boundaries with offsets into the body.
 * Sentence splitting is done by hand because Intl.Segmenter breaks after
 * "Sen.", "Mr.", "Dr." and initials, and knows nothing about quotation marks.
 */

import { ABBREVIATIONS } from './lexicon';

export interface TextRange {
  start: number;
  end: number;
}

export interface Sentence extends TextRange {
  paragraph: number;
}

/**
 * Paragraphs are separated by a blank line; a single line break is taken as a paragraph
 * break too, since clean body text does not wrap lines. Ranges are trimmed.
 */
export function splitParagraphs(body: string): TextRange[] {
  const ranges: TextRange[] = [];
  const separator = /\s*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(body[start])) start++;
    while (end > start && /\s/.test(body[end - 1])) end--;
    if (end > start) ranges.push({ start, end });
  };
  for (const match of body.matchAll(separator)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, body.length);
  return ranges;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** Abbreviations that are also ordinary words ("No", "Mass"): only abbreviations before a lower-case word or a number. */
const AMBIGUOUS_ABBREVIATIONS = new Set([
  'no',
  'nos',
  'sun',
  'sat',
  'wed',
  'mass',
  'miss',
  'ill',
  'wash',
  'la',
  'del',
  'ind',
  'co',
  'pa',
  'va',
  'fig',
  'est',
  'al',
  'inc',
  'ltd',
  'corp',
  'mo',
]);

/** True when the period at `dot` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviationDot(body: string, dot: number, next: string): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(body[i])) i--;
  const word = body.slice(i + 1, dot);
  if (word.length === 0) return false;
  // Single initials ("J. Smith").
  if (/^\p{Lu}$/u.test(word)) return true;
  const lowerOrNumber = /[\p{Ll}\p{N}]/u.test(next);
  // Dotted abbreviations: "U.S. President" keeps going; "7 p.m. The" ends.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return /^(a\.m|p\.m)$/i.test(word) ? lowerOrNumber : true;
  const lower = word.toLowerCase();
  if (!ABBREVIATIONS.has(lower)) return false;
  return AMBIGUOUS_ABBREVIATIONS.has(lower) ? lowerOrNumber : true;
}

/**
 * Splits paragraphs into sentences. Terminal punctuation inside a quoted span
 * ends a sentence only at the span's closing mark, and only when a capitalised
 * word or a new quote follows.
 */
export function splitSentences(
  body: string,
  paragraphs: TextRange[],
  insideQuote: (offset: number) => boolean,
): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((para, paragraph) => {
    let start = para.start;
    for (let i = para.start; i < para.end; i++) {
      const ch = body[i];
      if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
      let end = i + 1;
      while (end < para.end && (CLOSERS.has(body[end]) || body[end] === '.')) end++;
      // Inside a quotation a sentence may end only at the closing mark.
      if (insideQuote(end)) continue;
      let next = end;
      while (next < para.end && /\s/.test(body[next])) next++;
      if (next >= para.end) break;
      if (next === end) continue;
      const nextChar = body[next];
      if (!/[\p{Lu}\p{N}"“‘'([«]/u.test(nextChar)) continue;
      if (ch === '.' && isAbbreviationDot(body, i, nextChar)) continue;
      sentences.push({ start, end, paragraph });
      start = next;
      i = next - 1;
    }
    if (para.end > start) sentences.push({ start, end: para.end, paragraph });
  });
  return sentences;
}
