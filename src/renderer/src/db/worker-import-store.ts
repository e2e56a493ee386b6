/** The page's side of the import store worker (import-store.worker.ts). */
import { db } from './database';
import type { ImportStoreReply, ImportStoreRequest } from './import-store.worker';
import type { OpenImportStore, StoredBatch } from './import-store';
import { WATCHED_TABLES } from './import-session';
import { countWritesFrom, writesHere, type TableWrites } from './write-watch';

/** Each worker's writes are counted under a name of their own, so counts only ever grow. */
let workersOpened = 0;

export const openWorkerImportStore: OpenImportStore = ({
  expectedArticles,
  hostAnswersWorkers,
}) => {
  const worker = new Worker(new URL('./import-store.worker.ts', import.meta.url), {
    type: 'module',
  });
  const source = `import-store-${++workersOpened}`;
  const pending = new Map<
    number,
    { resolve: (batch: StoredBatch) => void; reject: (error: Error) => void }
  >();
  const parsing = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let next = 1;
  let failure: Error | null = null;
  const failAll = (error: Error) => {
    failure = error;
    for (const waiting of [...pending.values(), ...parsing.values()]) waiting.reject(error);
    pending.clear();
    parsing.clear();
  };
  worker.onmessage = (event: MessageEvent<ImportStoreReply>) => {
    const message = event.data;
    if (message.kind === 'writes') {
      countWritesFrom(source, message.database, message.table, message.writes);
      return;
    }
    if (message.kind === 'parsed') {
      const waiting = parsing.get(message.part);
      parsing.delete(message.part);
      if (message.ok) waiting?.resolve();
      else waiting?.reject(new Error(message.error));
      return;
    }
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.ok) waiting.resolve(message.batch);
    else waiting.reject(new Error(message.error));
  };
  worker.onerror = (event) => {
    failAll(new Error(event.message || 'The import could not start storing articles.'));
  };
  const send = (request: ImportStoreRequest) => worker.postMessage(request);
  send({ op: 'open', expectedArticles });
  return {
    take: (part, packed) => send({ op: 'take', part, packed }),
    ...(hostAnswersWorkers && {
      parseInto: (part, args) =>
        new Promise<void>((resolve, reject) => {
          if (failure) return reject(failure);
          parsing.set(part, { resolve, reject });
          send({ op: 'parse', part, args });
        }),
    }),
    store: (parts, importFolder) =>
      new Promise<StoredBatch>((resolve, reject) => {
        if (failure) return reject(failure);
        const id = next++;
        pending.set(id, { resolve, reject });
        const pageWrites: Record<string, TableWrites> = {};
        for (const table of WATCHED_TABLES) pageWrites[table] = { ...writesHere(db.name, table) };
        send({ op: 'store', id, parts, importFolder, pageWrites });
      }),
    close: () => {
      failAll(new Error('The import store was closed.'));
      worker.terminate();
    },
  };
};
