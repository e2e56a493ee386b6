/// <reference lib="webworker" />
/**
 * Stores an import's batches off the UI thread: decoding the host's reports, the lookups for
 * paths, content hashes and near-duplicates, and handing every row to IndexedDB (which copies
 * each one on the calling thread) all happen here. The page learns of the rows as it learns of
 * any write, through Dexie's change notices, and of this worker's write counts (for the
 * library's catalog) from the messages below, sent before each transaction commits.
 */
import type { OperationArgs, PackedReports } from '../../../shared/contract';
import { callHostFromWorker } from '../host/worker-bridge';
import { db } from './database';
import { openLocalImportStore, type ImportStore, type StoredBatch } from './import-store';
import { countWritesFrom, onWriteHere, type TableWrites } from './write-watch';

export type ImportStoreRequest =
  | { op: 'open'; expectedArticles: number }
  | { op: 'take'; part: number; packed: PackedReports[] }
  /** Has the host parse a part's files and takes the reply here (see ImportStore.parseInto). */
  | { op: 'parse'; part: number; args: OperationArgs<'import.parseFolderFiles'> }
  | {
      op: 'store';
      id: number;
      parts: number[];
      importFolder: string;
      /** The page's own write counts, by table, when it sent the batch. */
      pageWrites: Record<string, TableWrites>;
    };

export type ImportStoreReply =
  | { kind: 'writes'; database: string; table: string; writes: TableWrites }
  | { kind: 'parsed'; part: number; ok: true }
  | { kind: 'parsed'; part: number; ok: false; error: string }
  | { kind: 'stored'; id: number; ok: true; batch: StoredBatch }
  | { kind: 'stored'; id: number; ok: false; error: string };

/** The name under which the page's writes are counted here. */
const PAGE = 'page';

const reply = (message: ImportStoreReply) => self.postMessage(message);

onWriteHere((database, table, writes) => reply({ kind: 'writes', database, table, writes }));

let store: ImportStore | null = null;

self.onmessage = async (event: MessageEvent<ImportStoreRequest>) => {
  const request = event.data;
  if (request.op === 'open') {
    store = openLocalImportStore({ expectedArticles: request.expectedArticles });
    return;
  }
  if (request.op === 'take') {
    store?.take(request.part, request.packed);
    return;
  }
  if (request.op === 'parse') {
    const { part } = request;
    try {
      const packed = await callHostFromWorker('import.parseFolderFiles', request.args);
      store?.take(part, [packed]);
      reply({ kind: 'parsed', part, ok: true });
    } catch (error) {
      reply({ kind: 'parsed', part, ok: false, error: (error as Error).message });
    }
    return;
  }
  try {
    if (!store) throw new Error('The import store was not opened.');
    for (const [table, writes] of Object.entries(request.pageWrites))
      countWritesFrom(PAGE, db.name, table, writes);
    const batch = await store.store(request.parts, request.importFolder);
    reply({ kind: 'stored', id: request.id, ok: true, batch });
  } catch (error) {
    reply({ kind: 'stored', id: request.id, ok: false, error: (error as Error).message });
  }
};
