/**
 * Translates a parsed query into SQLite FTS5 MATCH syntax. Every word is emitted as a quoted FTS5
 * string built only from letters and digits (quotes doubled regardless), so no input can change
 * the expression's structure, and the MATCH text is always bound as an SQL parameter, never
 * spliced into SQL.
 */
import { phraseGrams } from './common-grams';
import type { QueryNode, SearchField } from './query';

/**
 * The FTS5 table's columns, in order (the order matters to bm25 weights and snippet()). `grams`
 * holds the common grams of titles and bodies (see common-grams.ts): searched, never shown.
 */
export const FTS_COLUMNS = [
  'title',
  'body',
  'outlet',
  'author',
  'tags',
  'speakers',
  'grams',
] as const;
export type FtsColumn = (typeof FTS_COLUMNS)[number];

/** bm25 weights per column: a match in the title counts most, in the body least. */
export const FTS_WEIGHTS: Record<FtsColumn, number> = {
  title: 8,
  body: 1,
  outlet: 2,
  author: 2,
  tags: 3,
  speakers: 2,
  // A phrase of common words is matched here alone, so this column ranks it.
  grams: 1,
};

const FIELD_COLUMN: Record<SearchField, FtsColumn> = {
  title: 'title',
  outlet: 'outlet',
  author: 'author',
  tag: 'tags',
  speaker: 'speakers',
};

/** Words without a field are looked for in titles and bodies. */
const DEFAULT_COLUMNS = '{title body}';
/** A prefix of one letter would expand to a large part of the vocabulary: it is read as a word. */
const MIN_PREFIX = 2;
/** A bound on the work one query can ask for. */
const MAX_LEAVES = 64;

/**
 * `match` selects (null: every article); `exclude`, when set, removes what it matches. Only a
 * query made wholly of negations (`-strike`) has an `exclude`: other negations are FTS5 NOTs.
 */
export interface Fts5Query {
  match: string | null;
  exclude: string | null;
  /** The words and phrases `match` looks for, each as an FTS5 expression (negations left out). */
  positives: string[];
}

function quote(word: string): string {
  return '"' + word.replace(/"/g, '""') + '"';
}

function leaf(node: Extract<QueryNode, { type: 'text' }>): string {
  const columns = node.field ? FIELD_COLUMN[node.field] : DEFAULT_COLUMNS;
  const last = node.words[node.words.length - 1]!;
  const isPrefix = node.prefix && last.length >= MIN_PREFIX;
  // Grams are made from titles and bodies only, so they stand in for the default columns only.
  const asGrams = !node.field && !isPrefix ? phraseGrams(node.words) : null;
  if (asGrams) return `grams : ${quote(asGrams.join(' '))}`;
  return `${columns} : ${quote(node.words.join(' '))}${isPrefix ? ' *' : ''}`;
}

/** The same word or phrase looked for in titles alone, or null (grams and fields have none). */
export function inTitleOnly(leafExpression: string): string | null {
  return leafExpression.startsWith(`${DEFAULT_COLUMNS} : `)
    ? `title : ${leafExpression.slice(DEFAULT_COLUMNS.length + 3)}`
    : null;
}

interface Parts {
  /** null: all rows. */
  pos: string | null;
  neg: string | null;
}

function group(items: string[], op: 'AND' | 'OR'): string | null {
  if (items.length === 0) return null;
  return items.length === 1 ? items[0]! : `(${items.join(` ${op} `)})`;
}

function inline(parts: Parts): string | null {
  if (parts.pos === null) return null;
  return parts.neg === null ? parts.pos : `(${parts.pos} NOT ${parts.neg})`;
}

interface Budget {
  leaves: number;
  positives: string[];
}

function translate(node: QueryNode, budget: Budget, negated = false): Parts {
  switch (node.type) {
    case 'text': {
      if (budget.leaves-- <= 0) return { pos: null, neg: null };
      const rendered = leaf(node);
      if (!negated) budget.positives.push(rendered);
      return { pos: rendered, neg: null };
    }
    case 'not': {
      // NOT (a NOT b) would need "everything but a, plus b": the inner exception is dropped.
      const inner = translate(node.child, budget, true);
      return { pos: null, neg: inner.pos };
    }
    case 'and': {
      const parts = node.children.map((child) => translate(child, budget, negated));
      return {
        pos: group(
          parts.flatMap((p) => (p.pos === null ? [] : [p.pos])),
          'AND',
        ),
        neg: group(
          parts.flatMap((p) => (p.neg === null ? [] : [p.neg])),
          'OR',
        ),
      };
    }
    case 'or': {
      // A pure negation cannot be one side of an FTS5 OR; it is left out of the alternatives.
      const alternatives = node.children.flatMap((child) => {
        const rendered = inline(translate(child, budget, negated));
        return rendered === null ? [] : [rendered];
      });
      return { pos: group(alternatives, 'OR'), neg: null };
    }
  }
}

/** The FTS5 expression for a query, or null when nothing is left to search for. */
export function toFts5(node: QueryNode | null): Fts5Query | null {
  if (!node) return null;
  const budget: Budget = { leaves: MAX_LEAVES, positives: [] };
  const parts = translate(node, budget);
  if (parts.pos === null) {
    return parts.neg === null ? null : { match: null, exclude: parts.neg, positives: [] };
  }
  return { match: inline(parts), exclude: null, positives: budget.positives };
}
