/** Word and punctuation tokens with offsets, for reading phrases around a cue. */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** True for words (letters/digits), false for punctuation marks. */
  word: boolean;
}

// A word may contain inner apostrophes, hyphens and dots ("Powers-Riggs", "U.S", "O’Neill"),
// and keeps a trailing dot only when it is a one-letter initial or a dotted abbreviation.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’-](?=[\p{L}\p{N}])|\.(?=\p{L}))*|[^\s\p{L}\p{N}]/gu;

export function tokenize(body: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = body.slice(from, to);
  for (const match of slice.matchAll(TOKEN)) {
    const text = match[0];
    const start = from + match.index;
    tokens.push({ text, start, end: start + text.length, word: /[\p{L}\p{N}]/u.test(text[0]) });
  }
  return tokens;
}

export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Lower-cases and drops a trailing possessive, for lexicon look-ups. */
export const normalizeWord = (word: string): string => word.toLowerCase().replace(/['’]s$/, '');
