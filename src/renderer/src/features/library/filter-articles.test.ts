import { describe, expect, it } from 'vitest';
import type { ArticleRow } from '../../db/schema';
import { EMPTY_FILTERS, filterArticles, type ArticleFacts } from './filter-articles';

const field = <T>(value: T) => ({ value, source: 'test', guessed: false });
function row(id: string, changes: Partial<ArticleRow>): ArticleRow {
  return {
    id,
    title: `Title ${id}`,
    outlet: 'Glacier Press',
    published: '2026-04-03',
    author: null,
    url: null,
    language: 'en',
    wordCount: 100,
    kind: 'article',
    format: 'txt',
    sourcePath: `${id}.txt`,
    importFolder: 'F',
    contentHash: id,
    importedAt: 1,
    duplicateOf: null,
    metadata: {
      title: field(`Title ${id}`),
      outlet: field<string | null>(null),
      published: field<string | null>(null),
      author: field<string | null>(null),
      url: field<string | null>(null),
      language: field<string | null>(null),
    },
    aggregator: null,
    ...changes,
  };
}

const rows = [
  row('a', { outlet: 'Lowland Times', published: '2026-04-07', tagIds: ['t1'] }),
  row('b', { published: '2026-03-01', duplicateOf: 'a' }),
  row('c', { kind: 'aggregator', published: null, language: 'de', storyId: 's1' }),
];
const facts: ArticleFacts = {
  withQuotes: new Set(['a']),
  withClaims: new Set(['c']),
  byPassageCode: new Map([['t2', new Set(['b'])]]),
};
const ids = (filters: Partial<typeof EMPTY_FILTERS>) =>
  filterArticles(rows, { ...EMPTY_FILTERS, ...filters }, facts).map((r) => r.id);

describe('filterArticles', () => {
  it('keeps everything without filters', () => expect(ids({})).toEqual(['a', 'b', 'c']));
  it('filters by outlet, language, story and text', () => {
    expect(ids({ outlet: 'Lowland Times' })).toEqual(['a']);
    expect(ids({ language: 'de' })).toEqual(['c']);
    expect(ids({ storyId: 's1' })).toEqual(['c']);
    expect(ids({ text: 'title b' })).toEqual(['b']);
  });
  it('filters by date range, leaving out undated articles', () => {
    expect(ids({ from: '2026-03-15' })).toEqual(['a']);
    expect(ids({ to: '2026-03-15' })).toEqual(['b']);
  });
  it('filters by kind and duplicate status', () => {
    expect(ids({ kind: 'aggregator' })).toEqual(['c']);
    expect(ids({ kind: 'duplicate' })).toEqual(['b']);
    expect(ids({ kind: 'article' })).toEqual(['a']);
  });
  it('filters by codes on the article or its passages, and by quotes and claims', () => {
    expect(ids({ tagId: 't1' })).toEqual(['a']);
    expect(ids({ tagId: 't2' })).toEqual(['b']);
    expect(ids({ hasQuotes: true })).toEqual(['a']);
    expect(ids({ hasClaims: true })).toEqual(['c']);
  });
});
