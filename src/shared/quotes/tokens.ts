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
// The first group is set for words, unset for punctuation marks.
const TOKEN = /([\p{L}\p{N}](?:[\p{L}\p{N}]|['’-](?=[\p{L}\p{N}])|\.(?=\p{L}))*)|[^\s\p{L}\p{N}]/gu;

function tokenizeSlice(body: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = from === 0 && to === body.length ? body : body.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(slice); match; match = TOKEN.exec(slice)) {
    const text = match[0];
    const start = from + match.index;
    tokens.push({ text, start, end: start + text.length, word: match[1] !== undefined });
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

export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Lower-cases and drops a trailing possessive, for lexicon look-ups. */
export const normalizeWord = (word: string): string => word.toLowerCase().replace(/['’]s$/, '');
