/**
 * The catalog's reads of IndexedDB, shared by its worker (the app) and the page (tests): the
 * whole import order, and the articles imported since a moment, as light rows.
 */
import type { ParallaxDatabase } from '../../../db/database';
import { toCatalogRow, type CatalogRow } from './catalog-row';

export interface CatalogOrder {
  /** Every article's id, oldest import first. */
  ids: string[];
  /** When the newest of them was imported (null for an empty library). */
  newest: number | null;
}

/** The order and its newest import time, read in one transaction so they agree. */
export function readCatalogOrder(db: ParallaxDatabase): Promise<CatalogOrder> {
  return db.transaction('r', db.articles, async () => {
    const ids = (await db.articles.orderBy('importedAt').primaryKeys()) as string[];
    const [newest] = (await db.articles
      .orderBy('importedAt')
      .reverse()
      .limit(1)
      .keys()) as number[];
    return { ids, newest: newest ?? null };
  });
}

/** Articles imported at or after `importedAt`, oldest first. */
export async function readRowsSince(
  db: ParallaxDatabase,
  importedAt: number,
): Promise<CatalogRow[]> {
  const articles = await db.articles.where('importedAt').aboveOrEqual(importedAt).toArray();
  return articles.map(toCatalogRow);
}
