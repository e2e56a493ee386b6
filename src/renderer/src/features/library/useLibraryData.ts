/**
 * What the library view reads: the catalog of articles (shared, kept in step with every write),
 * the small lists its filters offer, and — only while a filter needs them — which articles have
 * quotes, claims or coded passages.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { db } from '../../db/database';
import type { LibraryFilters, SavedSearchRow, StoryRow, TagRow } from '../../db/schema';
import { LibraryCatalog } from './catalog/library-catalog';
import type { ArticleFacts } from './filter-articles';

let shared: LibraryCatalog | null = null;

/** The one catalog of this window: built on first use, then kept, so reopening is instant. */
export function libraryCatalog(): LibraryCatalog {
  shared ??= new LibraryCatalog(db);
  void shared.start();
  return shared;
}

/** The catalog, re-rendering the caller whenever it changes. */
export function useLibraryCatalog(): LibraryCatalog {
  const catalog = libraryCatalog();
  useSyncExternalStore(catalog.subscribe, catalog.getVersion);
  return catalog;
}

export interface LibraryLists {
  codes: TagRow[];
  stories: StoryRow[];
  savedSearches: SavedSearchRow[];
  /** Outlet names, read from the outlet index (no article rows needed). */
  outlets: string[];
}

export function useLibraryLists(): LibraryLists | undefined {
  return useLiveQuery(async () => {
    const [codes, stories, savedSearches, outlets] = await Promise.all([
      db.tags.orderBy('name').toArray(),
      db.stories.orderBy('articleCount').reverse().toArray(),
      db.savedSearches.orderBy('name').toArray(),
      db.articles.orderBy('outlet').uniqueKeys(),
    ]);
    return { codes, stories, savedSearches, outlets: (outlets as string[]).filter(Boolean) };
  }, []);
}

const NO_FACTS: ArticleFacts = {
  withQuotes: new Set(),
  withClaims: new Set(),
  byPassageCode: new Map(),
};

/** Facts from other tables, read only for the filters that are on. */
export function useArticleFacts(filters: LibraryFilters): ArticleFacts | undefined {
  const { hasQuotes, hasClaims, tagId } = filters;
  return useLiveQuery(async () => {
    if (!hasQuotes && !hasClaims && !tagId) return NO_FACTS;
    const [quoteArticleIds, claims, coded] = await Promise.all([
      hasQuotes ? db.quotes.orderBy('articleId').uniqueKeys() : [],
      hasClaims ? db.highlights.where('kind').equals('claim').toArray() : [],
      tagId ? db.highlights.where('tagIds').equals(tagId).toArray() : [],
    ]);
    return {
      withQuotes: new Set(quoteArticleIds as string[]),
      withClaims: new Set(claims.map((c) => c.articleId)),
      byPassageCode: tagId ? new Map([[tagId, new Set(coded.map((h) => h.articleId))]]) : new Map(),
    };
  }, [hasQuotes, hasClaims, tagId]);
}
