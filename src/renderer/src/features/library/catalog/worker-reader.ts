/**
 * The page's side of the catalog worker: `readRows(ids)` resolves with the light rows, in order
 * (undefined for an article that no longer exists).
 */
import type { CatalogRow } from './catalog-row';
import type { CatalogReadReply, CatalogReadRequest } from './catalog.worker';

export type RowReader = (ids: string[]) => Promise<(CatalogRow | undefined)[]>;

export function workerRowReader(): RowReader {
  const worker = new Worker(new URL('./catalog.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<
    number,
    { resolve: (rows: (CatalogRow | undefined)[]) => void; reject: (error: Error) => void }
  >();
  let next = 1;
  worker.onmessage = (event: MessageEvent<CatalogReadReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.rows.map((row) => row ?? undefined));
    else waiting.reject(new Error(reply.error));
  };
  worker.onerror = (event) => {
    for (const waiting of pending.values())
      waiting.reject(new Error(event.message || 'The library catalog worker failed.'));
    pending.clear();
  };
  return (ids) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ids } satisfies CatalogReadRequest);
    });
}
