/**
 * Common grams: a phrase made of very common words ("the he said", "one of the") asks the index
 * to walk the position lists of words found in nearly every article, which takes a second at
 * 100,000 articles. So the index also holds, in a column of its own, every pair of adjacent words
 * in which one is common, as one token ("the" + "he" → one gram), in text order. A phrase of such
 * words is then searched as the phrase of its grams, whose lists are short, instead of walking
 * every position of "the". The same technique as Lucene's CommonGrams filter.
 *
 * Grams are made only of words that fold to ASCII letters and digits. The index's tokenizer
 * (unicode61, diacritics removed, case folded) folds no more than this module does (it removes only
 * diacritics that canonical decomposition separates), so an article holding a phrase always holds
 * the phrase's grams; where this module folds more, it only adds grams no query asks for.
 */
import { foldWord as fold } from './fold';

/** The most frequent words of English news text. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after all also an and any are as at be been before but by can could did do does ' +
    'for from had has have he her his i if in into is it its more most my no not now of on one ' +
    'only or other our out over said says she so some than that the their them then there these ' +
    'they this those to two up us was we were what when where which while who will with would ' +
    'you your'
  ).split(' '),
);

/** Joins a gram's two words: a private-use character, a word character to the tokenizer. */
export const GRAM_JOIN = '\uE000';

const PLAIN_WORD = /^[a-z0-9]+$/;

/** Words as the tokenizer splits them: runs of letters, digits and private-use characters. */
function indexWords(text: string): string[] {
  return (text.normalize('NFKC').match(/[\p{L}\p{N}\p{Co}]+/gu) ?? []).map(fold);
}

function gram(first: string, second: string): string | null {
  if (!COMMON_WORDS.has(first) && !COMMON_WORDS.has(second)) return null;
  if (!PLAIN_WORD.test(first) || !PLAIN_WORD.test(second)) return null;
  return first + GRAM_JOIN + second;
}

/** The grams of one text (one field: pairs never span two fields), space-separated. */
export function textGrams(text: string): string {
  const words = indexWords(text);
  const grams: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const pair = gram(words[i - 1]!, words[i]!);
    if (pair) grams.push(pair);
  }
  return grams.join(' ');
}

/**
 * The phrase as a phrase of grams, when that finds exactly the articles the phrase does: every
 * pair of neighbouring words holds a common word, and so does every word inside the phrase (so the
 * gram after one pair is always the next pair's). Null when it would not be exact.
 */
export function phraseGrams(words: readonly string[]): string[] | null {
  if (words.length < 2) return null;
  const folded = words.map(fold);
  const grams: string[] = [];
  for (let i = 1; i < folded.length; i++) {
    const pair = gram(folded[i - 1]!, folded[i]!);
    if (!pair) return null;
    if (i < folded.length - 1 && !COMMON_WORDS.has(folded[i]!)) return null;
    grams.push(pair);
  }
  return grams;
}

/** Put between a title's grams and a body's, so no phrase of grams spans the two. */
export const FIELD_BREAK = GRAM_JOIN;
