import { describe, expect, it } from 'vitest';
import { toFts5 } from './fts5';
import { parseQuery, positiveTerms, searchTokens } from './query';
import { cleanForIndex, readMarkedSnippet, snippetPieces } from './snippet';

const fts = (input: string) => toFts5(parseQuery(input));

describe('parseQuery', () => {
  it('reads words as an implicit AND', () => {
    expect(parseQuery('grain Exports')).toEqual({
      type: 'and',
      children: [
        { type: 'text', field: null, words: ['grain'], prefix: false },
        { type: 'text', field: null, words: ['exports'], prefix: false },
      ],
    });
  });

  it('reads phrases, prefixes and fields with quoted values', () => {
    expect(parseQuery('"dock workers" harb* outlet:"Northern Herald" author:smith')).toEqual({
      type: 'and',
      children: [
        { type: 'text', field: null, words: ['dock', 'workers'], prefix: false },
        { type: 'text', field: null, words: ['harb'], prefix: true },
        { type: 'text', field: 'outlet', words: ['northern', 'herald'], prefix: false },
        { type: 'text', field: 'author', words: ['smith'], prefix: false },
      ],
    });
  });

  it('gives OR lower precedence than AND and reads NOT, - and parentheses', () => {
    expect(parseQuery('a b OR c -d')).toEqual({
      type: 'or',
      children: [
        {
          type: 'and',
          children: [
            { type: 'text', field: null, words: ['a'], prefix: false },
            { type: 'text', field: null, words: ['b'], prefix: false },
          ],
        },
        {
          type: 'and',
          children: [
            { type: 'text', field: null, words: ['c'], prefix: false },
            { type: 'not', child: { type: 'text', field: null, words: ['d'], prefix: false } },
          ],
        },
      ],
    });
    expect(parseQuery('(a OR b) AND NOT c')).toEqual(parseQuery('(a OR b) -c'));
  });

  it('applies a field to a parenthesised group', () => {
    expect(parseQuery('tag:(flood OR "river level")')).toEqual({
      type: 'or',
      children: [
        { type: 'text', field: 'tag', words: ['flood'], prefix: false },
        { type: 'text', field: 'tag', words: ['river', 'level'], prefix: false },
      ],
    });
  });

  it('is lenient with broken input and never throws', () => {
    for (const input of [
      '',
      '   ',
      '(',
      ')',
      'AND',
      'OR OR',
      '"',
      'NOT',
      '-',
      'outlet:',
      '((a',
      'a))b',
      '***',
      ':::',
    ]) {
      expect(() => parseQuery(input)).not.toThrow();
    }
    expect(parseQuery('((a')).toEqual({ type: 'text', field: null, words: ['a'], prefix: false });
    expect(parseQuery('"unterminated phrase')).toMatchObject({ words: ['unterminated', 'phrase'] });
    expect(parseQuery('  ')).toBeNull();
    expect(parseQuery('unknown:thing')).toMatchObject({ words: ['unknown', 'thing'] });
  });

  it('splits words the way the index does', () => {
    expect(searchTokens('COVID-19 café’s')).toEqual(['covid', '19', 'café', 's']);
    expect(positiveTerms(parseQuery('port* -strike "dock workers"'))).toEqual([
      { word: 'port', prefix: true },
      { word: 'dock', prefix: false },
      { word: 'workers', prefix: false },
    ]);
  });
});

describe('toFts5', () => {
  it('searches titles and bodies by default and the named column for a field', () => {
    expect(fts('grain')).toEqual({
      match: '{title body} : "grain"',
      exclude: null,
      positives: ['{title body} : "grain"'],
    });
    expect(fts('speaker:"Ana Ruiz" harb*')?.match).toBe(
      '(speakers : "ana ruiz" AND {title body} : "harb" *)',
    );
    expect(fts('tag:flood')?.match).toBe('tags : "flood"');
  });

  it('writes negations as FTS5 NOT, and a query of negations alone as an exclusion', () => {
    expect(fts('port -strike')?.match).toBe('({title body} : "port" NOT {title body} : "strike")');
    expect(fts('-strike')).toEqual({
      match: null,
      exclude: '{title body} : "strike"',
      positives: [],
    });
    expect(fts('a OR (b -c)')?.match).toBe(
      '({title body} : "a" OR ({title body} : "b" NOT {title body} : "c"))',
    );
  });

  it('lists the words and phrases looked for, leaving out the negated ones', () => {
    expect(fts('(port OR harb*) -strike NOT (dock "pay deal")')?.positives).toEqual([
      '{title body} : "port"',
      '{title body} : "harb" *',
    ]);
    expect(fts('a OR (b -c)')?.positives).toEqual(['{title body} : "a"', '{title body} : "b"']);
  });

  it('cannot be broken by hostile input', () => {
    const hostile = fts('"a"" OR b) NEAR(x y) col:z \'; DROP TABLE docs; -- *');
    expect(hostile?.match).not.toContain('NEAR(');
    for (const part of hostile?.match?.split(' AND ') ?? []) {
      expect(part).toMatch(
        /^\(*(\{title body\}|title|outlet|author|tags|speakers|grams) : "[\p{L}\p{N}\p{Co} ]+"( \*)?\)*$/u,
      );
    }
  });

  it('searches a phrase of common words as the phrase of its grams, and rarer phrases as words', () => {
    const grams = (...pairs: [string, string][]) =>
      `grams : "${pairs.map(([a, b]) => `${a}\uE000${b}`).join(' ')}"`;
    expect(fts('"One of the"')).toEqual({
      match: grams(['one', 'of'], ['of', 'the']),
      exclude: null,
      positives: [grams(['one', 'of'], ['of', 'the'])],
    });
    expect(fts('"said the"')?.match).toBe(grams(['said', 'the']));
    expect(fts('"the council"')?.match).toBe(grams(['the', 'council']));
    // Not exact as grams: a rare word inside, two rare neighbours, a prefix, a field.
    expect(fts('"the council said"')?.match).toBe('{title body} : "the council said"');
    expect(fts('"grain exports"')?.match).toBe('{title body} : "grain exports"');
    expect(fts('"of the"*')?.match).toBe('{title body} : "of the" *');
    expect(fts('title:"of the"')?.match).toBe('title : "of the"');
  });

  it('reads a one-letter prefix as a word and drops empty queries', () => {
    expect(fts('a*')?.match).toBe('{title body} : "a"');
    expect(fts('()')).toBeNull();
    expect(fts('--')).toBeNull();
  });
});

describe('snippets', () => {
  it('turns marked snippets into text and highlight ranges', () => {
    const snippet = readMarkedSnippet(
      '…the \u0001grain\u0002 \u0001exports\u0002 fell as \u0001Port\u0002s…',
    );
    expect(snippet.text).toBe('…the grain exports fell as Ports…');
    expect(snippet.highlights).toEqual([
      [5, 18],
      [27, 31],
    ]);
    expect(
      snippetPieces(snippet)
        .filter((p) => p.hit)
        .map((p) => p.text),
    ).toEqual(['grain exports', 'Port']);
    expect(cleanForIndex('a\u0001b\u0002c')).toBe('a b c');
  });
});
