/**
 * What the library view reads: the catalog of articles (shared, kept in step with every write),
 * the small lists its filters offer, and — only while a filter needs them — which articles have
 * quotes, claims or coded passages.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { startTransition, useEffect, useRef, useState } from 'react';
import { db } from '../../db/database';
import type { LibraryFilters, SavedSearchRow, StoryRow, TagRow } from '../../db/schema';
import { LibraryCatalog } from './catalog/library-catalog';
import { workerCatalogReader } from './catalog/worker-reader';
import type { ArticleFacts } from './filter-articles';

let shared: LibraryCatalog | null = null;

/** The one catalog of this window: built on first use, then kept, so reopening is instant. */
export function libraryCatalog(): LibraryCatalog {
  // Full rows are decoded in a worker; only light rows reach the page.
  shared ??= new LibraryCatalog(db, { reader: workerCatalogReader() });
  void shared.start();
  return shared;
}

/**
 * A value read from the catalog, read again whenever the catalog changes. The new value renders
 * in a transition: React can pause that render for input and frames, and a catalog change (an
 * import batch, a chunk of rows read) never holds the page for a whole re-render of the library,
 * as it did through useSyncExternalStore, whose renders cannot be paused.
 */
function useCatalogValue<T>(read: (catalog: LibraryCatalog) => T): T {
  const catalog = libraryCatalog();
  const [value, setValue] = useState(() => read(catalog));
  const latestRead = useRef(read);
  latestRead.current = read;
  useEffect(() => {
    const update = () => startTransition(() => setValue(latestRead.current(catalog)));
    // A change between this component's render and now would otherwise go unseen.
    update();
    return catalog.subscribe(update);
  }, [catalog]);
  return value;
}

/** The catalog, re-rendering the caller (at low priority) whenever it changes. */
export function useLibraryCatalog(): LibraryCatalog {
  useCatalogValue((catalog) => catalog.version);
  return libraryCatalog();
}

/**
 * Just the library's size and whether its order is known: re-renders only when these change,
 * not on every chunk of rows the catalog reads (for the app shell).
 */
export function useLibrarySize(): { total: number | undefined; orderComplete: boolean } {
  const total = useCatalogValue((catalog) => (catalog.started ? catalog.total : undefined));
  const orderComplete = useCatalogValue((catalog) => catalog.orderComplete);
  return { total, orderComplete };
}

export interface LibraryLists {
  codes: TagRow[];
  stories: StoryRow[];
  savedSearches: SavedSearchRow[];
}

export const NO_LISTS: LibraryLists = { codes: [], stories: [], savedSearches: [] };

export function useLibraryLists(): LibraryLists | undefined {
  return useLiveQuery(async () => {
    const [codes, stories, savedSearches] = await Promise.all([
      db.tags.orderBy('name').toArray(),
      db.stories.orderBy('articleCount').reverse().toArray(),
      db.savedSearches.orderBy('name').toArray(),
    ]);
    return { codes, stories, savedSearches };
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
