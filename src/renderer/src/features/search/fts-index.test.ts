import sqlite3InitModule, { type Database } from '@sqlite.org/sqlite-wasm';
import { beforeEach, describe, expect, it } from 'vitest';
import { COMMON_MATCHES, FtsIndex, RANK_LIMIT } from './fts-index';
import type { SearchDocument } from './protocol';

const doc = (
  articleId: string,
  title: string,
  body: string,
  extra: Partial<SearchDocument> = {},
): SearchDocument => ({
  articleId,
  title,
  body,
  outlet: 'Northern Herald',
  author: 'Ana Ruiz',
  published: '2024-05-01',
  tags: [],
  speakers: [],
  ...extra,
});

let index: FtsIndex;
let database: Database;

beforeEach(async () => {
  const sqlite3 = await sqlite3InitModule();
  database = new sqlite3.oo1.DB(':memory:', 'c');
  index = new FtsIndex(database);
  index.index([
    doc(
      'a',
      'Dock workers strike',
      'The dock workers at the port began a strike over grain exports.',
    ),
    doc('b', 'Budget talks', 'The finance ministry said grain prices would rise.', {
      outlet: 'Southern Wire',
      speakers: ['Lena Ortiz'],
      tags: ['economy'],
    }),
    doc('c', 'Flood warning', 'The river rose; rescue teams reached the harbour.', {
      author: 'Tom Berg',
    }),
  ]);
});

const ids = (query: string) =>
  index
    .search(query)
    .hits.map((h) => h.articleId)
    .sort();

describe('FtsIndex', () => {
  it('finds words, phrases, prefixes and boolean combinations', () => {
    expect(ids('grain')).toEqual(['a', 'b']);
    expect(ids('"grain exports"')).toEqual(['a']);
    expect(ids('harb*')).toEqual(['c']);
    expect(ids('grain -strike')).toEqual(['b']);
    expect(ids('flood OR budget')).toEqual(['b', 'c']);
    expect(ids('-grain')).toEqual(['c']);
  });

  it('finds phrases of common words exactly, in titles and bodies, with or without accents', () => {
    index.index([
      doc('e', 'Of the people', 'Café owners said the port, the harbour and the river were shut.'),
      doc('f', 'Port closed', 'The port said it was shut. Thé fleet stayed in.'),
    ]);
    expect(ids('"the port"')).toEqual(['a', 'e', 'f']);
    expect(ids('"said the"')).toEqual(['e']);
    expect(ids('"port the harbour and the"')).toEqual(['e']);
    expect(ids('"of the people"')).toEqual(['e']);
    expect(ids('"the fleet"')).toEqual(['f']);
    expect(ids('"said it was"')).toEqual(['f']);
    // Near is not adjacent: "the … shut" is not the phrase "the shut".
    expect(ids('"the shut"')).toEqual([]);
    // A phrase does not run on from a title into its body.
    index.index([doc('g', 'Voices of the', 'The people spoke.')]);
    expect(ids('"of the people"')).toEqual(['e']);
    expect(ids('"the people"')).toEqual(['e', 'g']);
    const snippet = index.search('"said the"').hits[0]!.snippet;
    expect(snippet.highlights.map(([s, e]) => snippet.text.slice(s, e))).toEqual(['said the']);
  });

  it('ranks the most recently added matches when there are very many, then the rest newest first', () => {
    // Two rarer words, each in fewer than COMMON_MATCHES articles, that together match more
    // than RANK_LIMIT: ranked by bm25 in the window of the newest matches.
    const count = RANK_LIMIT + 100;
    const many = Array.from({ length: count }, (_, i) =>
      doc(
        `m${i}`,
        i === 0 || i === count - 2 ? 'Ferry ferry' : 'News',
        i % 2 === 0 ? 'A ferry ran.' : 'A barge ran.',
      ),
    );
    index.index(many);
    const result = index.search('ferry OR barge', { limit: 3 });
    expect(result).toMatchObject({ total: count, totalExact: true, ranked: RANK_LIMIT });
    // The newest title match is ranked first; the oldest one is outside the ranked window.
    expect(result.hits[0]!.articleId).toBe(`m${count - 2}`);
    const past = index.search('ferry OR barge', { limit: 2, offset: RANK_LIMIT });
    expect(past.hits.map((h) => h.articleId)).toEqual(['m99', 'm98']);
  });

  it('does not rank on words in very many articles: title matches first, then newest first', () => {
    const count = COMMON_MATCHES + 50;
    index.index(
      Array.from({ length: count }, (_, i) =>
        doc(`n${i}`, i === 500 ? 'Ferry news' : 'News', 'A ferry ran, a ferry sailed.'),
      ),
    );
    const common = index.search('ferry', { limit: 3 });
    expect(common).toMatchObject({ total: count, ranked: 0 });
    expect(common.hits.map((h) => h.articleId)).toEqual(['n500', `n${count - 1}`, `n${count - 2}`]);
    // With a rare word beside it, the rare word ranks: the one article holding both comes first.
    index.index([doc('wreck', 'News', 'A ferry ran into the breakwater.')]);
    const mixed = index.search('ferry breakwater', { limit: 3 });
    expect(mixed).toMatchObject({ total: 1, ranked: 1 });
    const either = index.search('ferry OR breakwater', { limit: 2 });
    expect(either).toMatchObject({ total: count + 1, ranked: 1 });
    expect(either.hits.map((h) => h.articleId)).toEqual(['wreck', 'n500']);
  });

  it('past the counting limit, gives the newest matches after the title matches', () => {
    const count = 5_200;
    index.index(
      Array.from({ length: count }, (_, i) =>
        doc(`n${i}`, i === count - 3 ? 'Ferry ferry' : 'News', 'A ferry ran.'),
      ),
    );
    const result = index.search('ferry', { limit: 3 });
    expect(result).toMatchObject({ totalExact: false, ranked: 0 });
    expect(result.hits.map((h) => h.articleId)).toEqual([
      `n${count - 3}`,
      `n${count - 1}`,
      `n${count - 2}`,
    ]);
  });

  it('drops an index written by another version of the app, so it is rebuilt', () => {
    expect(index.count()).toBe(3);
    index.setMeta('schema', '1');
    const reopened = new FtsIndex(database);
    expect(reopened.count()).toBe(0);
    reopened.index([doc('a', 'Dock workers strike', 'The strike began.')]);
    expect(reopened.search('strike').hits.map((h) => h.articleId)).toEqual(['a']);
  });

  it('searches fields', () => {
    expect(ids('outlet:"southern wire"')).toEqual(['b']);
    expect(ids('author:berg')).toEqual(['c']);
    expect(ids('speaker:ortiz')).toEqual(['b']);
    expect(ids('tag:economy')).toEqual(['b']);
    expect(ids('title:strike')).toEqual(['a']);
  });

  it('ranks title matches first and returns highlighted snippets', () => {
    const result = index.search('strike');
    expect(result.total).toBe(1);
    const { text, highlights } = result.hits[0]!.snippet;
    expect(highlights.map(([s, e]) => text.slice(s, e).toLowerCase())).toContain('strike');
    index.index([doc('d', 'Harbour news', 'A strike, a strike, and another strike.')]);
    expect(index.search('strike').hits.map((h) => h.articleId)).toEqual(['a', 'd']);
  });

  it('upserts and removes by article id', () => {
    index.index([doc('a', 'Ferry route', 'A new ferry route opened.')]);
    expect(ids('grain')).toEqual(['b']);
    expect(ids('ferry')).toEqual(['a']);
    index.remove(['a', 'missing']);
    expect(ids('ferry')).toEqual([]);
    expect(index.count()).toBe(2);
  });

  it('survives hostile queries', () => {
    for (const q of [
      '"',
      'NEAR(a b)',
      "'; DROP TABLE docs; --",
      'a:b:c',
      '*',
      '(((',
      '{title}:x',
      '"a"" OR',
    ]) {
      expect(() => index.search(q)).not.toThrow();
    }
    expect(index.count()).toBe(3);
  });
});
