/** Everything the library view filters on: article rows, and which articles have quotes, claims, codes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import type { ArticleRow, SavedSearchRow, StoryRow, TagRow } from '../../db/schema';
import type { ArticleFacts } from './filter-articles';

export interface LibraryData {
  articles: ArticleRow[];
  facts: ArticleFacts;
  codes: TagRow[];
  stories: StoryRow[];
  savedSearches: SavedSearchRow[];
}

export function useLibraryData(): LibraryData | undefined {
  return useLiveQuery(async () => {
    const [articles, quoteArticleIds, claims, coded, codes, stories, savedSearches] =
      await Promise.all([
        db.articles.orderBy('importedAt').toArray(),
        db.quotes.orderBy('articleId').uniqueKeys(),
        db.highlights.where('kind').equals('claim').toArray(),
        db.highlights.filter((h) => h.tagIds.length > 0).toArray(),
        db.tags.orderBy('name').toArray(),
        db.stories.orderBy('articleCount').reverse().toArray(),
        db.savedSearches.orderBy('name').toArray(),
      ]);
    const byPassageCode = new Map<string, Set<string>>();
    for (const h of coded)
      for (const tagId of h.tagIds)
        byPassageCode.set(tagId, (byPassageCode.get(tagId) ?? new Set()).add(h.articleId));
    return {
      articles,
      codes,
      stories,
      savedSearches,
      facts: {
        withQuotes: new Set(quoteArticleIds as string[]),
        withClaims: new Set(claims.map((c) => c.articleId)),
        byPassageCode,
      },
    };
  }, []);
}
