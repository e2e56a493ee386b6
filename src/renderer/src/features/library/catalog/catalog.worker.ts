/// <reference lib="webworker" />
/**
 * Reads article rows for the library catalog off the UI thread: the full rows (with metadata
 * provenance) are decoded here and only their light projection crosses to the page.
 */
import { db } from '../../../db/database';
import { toCatalogRow, type CatalogRow } from './catalog-row';

export interface CatalogReadRequest {
  id: number;
  ids: string[];
}

export type CatalogReadReply =
  { id: number; ok: true; rows: (CatalogRow | null)[] } | { id: number; ok: false; error: string };

self.onmessage = async (event: MessageEvent<CatalogReadRequest>) => {
  const { id, ids } = event.data;
  try {
    const articles = await db.articles.bulkGet(ids);
    const rows = articles.map((article) => (article ? toCatalogRow(article) : null));
    self.postMessage({ id, ok: true, rows } satisfies CatalogReadReply);
  } catch (error) {
    self.postMessage({ id, ok: false, error: (error as Error).message } satisfies CatalogReadReply);
  }
};
