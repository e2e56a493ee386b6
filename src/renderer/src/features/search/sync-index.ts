/**
 * Keeps the search index in step with the library: after imports, deletions and restores, and
 * once at start-up (a library from before search existed, or an index lost with its storage).
 */
import { db } from '../../db/database';
import { searchClient } from './search-client';

export async function indexImportedSince(startedAt: number): Promise<void> {
  const ids = (await db.articles
    .where('importedAt')
    .aboveOrEqual(startedAt)
    .primaryKeys()) as string[];
  if (ids.length) await searchClient().indexArticles(ids);
}

export async function reindex(ids: string[]): Promise<void> {
  if (ids.length) await searchClient().indexArticles(ids);
}

export async function unindex(ids: string[]): Promise<void> {
  if (ids.length) await searchClient().remove(ids);
}

/** Rebuilds the index when it does not hold as many articles as the library does. */
export async function ensureIndexComplete(articles: number): Promise<void> {
  const { documents } = await searchClient().status();
  if (documents !== articles) await searchClient().rebuild();
}
