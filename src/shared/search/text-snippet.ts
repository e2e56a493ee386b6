/**
 * Snippets made from an article's text and the query, instead of by the index: FTS5's snippet()
 * re-runs the query for each row and tokenizes every column, about two thirds of a search's time.
 * Here the body is scanned once for the query's words and phrases, and the window of text with
 * the most of them is shown with those words highlighted.
 */
import { foldWord as fold } from './fold';
import type { QueryNode } from './query';
import type { Snippet } from './snippet';

/** A word or phrase to highlight; `prefix`: the last word need only start with it. */
export interface HighlightTerm {
  words: string[];
  prefix: boolean;
}

/** Past this many characters an article's text is not searched for a snippet. */
const SCAN_LIMIT = 100_000;

/** The query's words and phrases that can appear in a body: not negated, not in another field. */
export function highlightTerms(node: QueryNode | null): HighlightTerm[] {
  if (!node) return [];
  switch (node.type) {
    case 'text':
      return node.field === null || node.field === 'title'
        ? [{ words: node.words.map(fold), prefix: node.prefix }]
        : [];
    case 'not':
      return [];
    case 'and':
    case 'or':
      return node.children.flatMap(highlightTerms);
  }
}

interface Token {
  start: number;
  end: number;
  ascii: boolean;
  /** The folded word, made when first asked for (most words are never compared). */
  word?: string;
}

function wordOf(text: string, token: Token): string {
  return (token.word ??= fold(text.slice(token.start, token.end)));
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Whether the character at `at` is part of a word; ASCII is decided without a regex. */
function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  // The second half of a surrogate pair goes with the first.
  if (code >= 0xdc00 && code <= 0xdfff && at > 0) return isWordChar(text, at - 1);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** Runs of letters, digits and marks, as the query's words are split (searchTokens). */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  const end = Math.min(text.length, SCAN_LIMIT);
  let start = -1;
  let ascii = true;
  for (let at = 0; at <= end; at++) {
    const inWord = at < end && isWordChar(text, at);
    if (inWord) {
      if (start === -1) {
        start = at;
        ascii = true;
      }
      if (text.charCodeAt(at) >= 128) ascii = false;
    } else if (start !== -1) {
      tokens.push({ start, end: at, ascii });
      start = -1;
    }
  }
  return tokens;
}

function matchesAt(text: string, tokens: Token[], at: number, term: HighlightTerm): boolean {
  const { words, prefix } = term;
  if (at + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    const word = wordOf(text, tokens[at + k]!);
    const wanted = words[k]!;
    const last = k === words.length - 1;
    if (last && prefix ? !word.startsWith(wanted) : word !== wanted) return false;
  }
  return true;
}

/**
 * About `maxWords` words of `text` around the densest run of the terms (the most different terms,
 * then the most hits), with the hits highlighted and "…" where text was cut.
 */
export function snippetFor(text: string, terms: HighlightTerm[], maxWords = 24): Snippet {
  const tokens = tokensOf(text);
  if (tokens.length === 0) return { text: '', highlights: [] };
  // Hits: [first token, last token, term] in text order.
  const hits: [number, number, number][] = [];
  const firstWords = new Set(terms.map((t) => t.words[0]));
  // An ASCII word folds to a word of the same length: most words are passed over on length.
  const firstLengths = new Set(terms.map((t) => t.words[0]?.length));
  const anyBarePrefix = terms.some((t) => t.prefix && t.words.length === 1);
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (!anyBarePrefix) {
      if (token.ascii && !firstLengths.has(token.end - token.start)) continue;
      if (!firstWords.has(wordOf(text, token))) continue;
    }
    terms.forEach((term, index) => {
      if (term.words.length && matchesAt(text, tokens, at, term))
        hits.push([at, at + term.words.length - 1, index]);
    });
  }
  // The window start (a hit's first token) whose maxWords tokens hold the best set of hits; for
  // a very common word the first few hundred hits will do.
  let best = { from: 0, distinct: 0, count: 0 };
  for (let h = 0; h < Math.min(hits.length, 300); h++) {
    const from = hits[h]![0];
    const seen = new Set<number>();
    let count = 0;
    for (let j = h; j < hits.length && hits[j]![0] < from + maxWords; j++) {
      if (hits[j]![1] >= from + maxWords) continue;
      seen.add(hits[j]![2]);
      count++;
    }
    if (seen.size > best.distinct || (seen.size === best.distinct && count > best.count)) {
      best = { from, distinct: seen.size, count };
    }
  }
  // Start a few words before the first hit, so it reads in context.
  const lead = best.count ? Math.min(4, best.from) : 0;
  const first = Math.max(0, Math.min(best.from - lead, tokens.length - maxWords));
  const last = Math.min(tokens.length, first + maxWords) - 1;
  const cutBefore = first > 0;
  const cutAfter = last < tokens.length - 1 || text.length > SCAN_LIMIT;
  const sliceStart = tokens[first]!.start;
  const sliceEnd = cutAfter ? tokens[last]!.end : text.length;
  const prefix = cutBefore ? '…' : '';
  const body = text.slice(sliceStart, sliceEnd).replace(/\s+/g, ' ');
  const highlights: [number, number][] = [];
  // Offsets move with whitespace collapsed: map each hit through the collapsed slice.
  const collapsedAt = (offset: number) =>
    prefix.length + text.slice(sliceStart, offset).replace(/\s+/g, ' ').length;
  for (const [s, e] of hits) {
    if (s < first || e > last) continue;
    const start = collapsedAt(tokens[s]!.start);
    const end = collapsedAt(tokens[e]!.end);
    const previous = highlights[highlights.length - 1];
    if (previous && start <= previous[1] + 1) previous[1] = Math.max(previous[1], end);
    else highlights.push([start, end]);
  }
  return { text: prefix + body + (cutAfter ? '…' : ''), highlights };
}
