import { stem } from './stem';
import { STOPWORDS } from './stopwords';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** Punctuation between two words that ends a phrase, so no bigram spans it. */
const PHRASE_BREAK = /[.,;:!?"“”()[\]|•–—]/;

/** Word → stemmed content token, or '' for stopwords; the vocabulary repeats, so this saves most of the work. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

function normalise(word: string): string {
  let cached = memo.get(word);
  if (cached !== undefined) return cached;
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  w = w.replace(/['’]/g, '');
  cached = w.length < 2 || STOPWORDS.has(w) || !/^\p{L}/u.test(w) ? '' : stem(w);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, cached);
  return cached;
}

/**
 * Content words of a text, stemmed, in reading order. `null` marks a break (punctuation or a dropped
 * stopword) so that bigrams are only made from words that stood next to each other.
 */
export function contentTokens(text: string): (string | null)[] {
  const out: (string | null)[] = [];
  const lower = text.toLowerCase();
  let previousEnd = 0;
  for (const match of lower.matchAll(WORD)) {
    const start = match.index ?? 0;
    if (
      out.length > 0 &&
      out[out.length - 1] !== null &&
      PHRASE_BREAK.test(lower.slice(previousEnd, start))
    )
      out.push(null);
    previousEnd = start + match[0].length;
    const token = normalise(match[0]);
    if (token) out.push(token);
    else if (out.length > 0 && out[out.length - 1] !== null) out.push(null);
  }
  return out;
}
