/// <reference lib="webworker" />
/**
 * Reads for the library catalog, off the UI thread: full rows (with metadata provenance) are
 * decoded here and only their light projection crosses to the page; the 100,000 ids of the
 * import order cross as one string, which the page splits far faster than it would decode them.
 */
import { db } from '../../../db/database';
import { readCatalogOrder, readRowsSince } from './catalog-reads';
import { toCatalogRow, type CatalogRow } from './catalog-row';

export type CatalogReadRequest = { id: number } & (
  { op: 'rows'; ids: string[] } | { op: 'order' } | { op: 'since'; importedAt: number }
);

export type CatalogReadReply =
  | { id: number; ok: true; rows: (CatalogRow | null)[] }
  | { id: number; ok: true; order: string; newest: number | null }
  | { id: number; ok: false; error: string };

/** Article ids never contain a line break (they are UUIDs), so one joins the order. */
export const ORDER_SEPARATOR = '\n';

self.onmessage = async (event: MessageEvent<CatalogReadRequest>) => {
  const request = event.data;
  try {
    if (request.op === 'order') {
      const { ids, newest } = await readCatalogOrder(db);
      self.postMessage({
        id: request.id,
        ok: true,
        order: ids.join(ORDER_SEPARATOR),
        newest,
      } satisfies CatalogReadReply);
      return;
    }
    if (request.op === 'since') {
      const rows = await readRowsSince(db, request.importedAt);
      self.postMessage({ id: request.id, ok: true, rows } satisfies CatalogReadReply);
      return;
    }
    const articles = await db.articles.bulkGet(request.ids);
    const rows = articles.map((article) => (article ? toCatalogRow(article) : null));
    self.postMessage({ id: request.id, ok: true, rows } satisfies CatalogReadReply);
  } catch (error) {
    self.postMessage({
      id: request.id,
      ok: false,
      error: (error as Error).message,
    } satisfies CatalogReadReply);
  }
};
