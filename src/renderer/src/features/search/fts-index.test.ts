import sqlite3InitModule from '@sqlite.org/sqlite-wasm';
import { beforeEach, describe, expect, it } from 'vitest';
import { FtsIndex } from './fts-index';
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

beforeEach(async () => {
  const sqlite3 = await sqlite3InitModule();
  index = new FtsIndex(new sqlite3.oo1.DB(':memory:', 'c'));
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
