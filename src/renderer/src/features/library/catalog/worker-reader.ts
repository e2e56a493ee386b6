/**
 * The page's side of the catalog worker: the rows of some articles (undefined for one that no
 * longer exists), the ids of all of them in import order, and the rows imported since a moment.
 */
import type { CatalogOrder } from './catalog-reads';
import type { CatalogRow } from './catalog-row';
import type { CatalogReadReply, CatalogReadRequest } from './catalog.worker';

export interface CatalogReader {
  readRows: (ids: string[]) => Promise<(CatalogRow | undefined)[]>;
  readOrder: () => Promise<CatalogOrder>;
  readSince: (importedAt: number) => Promise<CatalogRow[]>;
}

type Request = CatalogReadRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'id'>
    : never
  : never;

export function workerCatalogReader(): CatalogReader {
  const worker = new Worker(new URL('./catalog.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<
    number,
    { resolve: (reply: CatalogReadReply) => void; reject: (error: Error) => void }
  >();
  let next = 1;
  worker.onmessage = (event: MessageEvent<CatalogReadReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply);
    else waiting.reject(new Error(reply.error));
  };
  worker.onerror = (event) => {
    for (const waiting of pending.values())
      waiting.reject(new Error(event.message || 'The library catalog worker failed.'));
    pending.clear();
  };
  const call = (request: Request) =>
    new Promise<CatalogReadReply>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } as CatalogReadRequest);
    });
  return {
    readRows: async (ids) => {
      const reply = await call({ op: 'rows', ids });
      return 'rows' in reply ? reply.rows.map((row) => row ?? undefined) : [];
    },
    readOrder: async () => {
      const reply = await call({ op: 'order' });
      if (!('order' in reply)) return { ids: [], newest: null };
      return { ids: reply.order ? reply.order.split('\n') : [], newest: reply.newest };
    },
    readSince: async (importedAt) => {
      const reply = await call({ op: 'since', importedAt });
      return 'rows' in reply ? reply.rows.flatMap((row) => (row ? [row] : [])) : [];
    },
  };
}
