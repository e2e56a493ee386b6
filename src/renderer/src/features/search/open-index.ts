/**
 * Opens the search database in the worker: SQLite (WebAssembly) on the origin-private file
 * system through the `opfs-sahpool` VFS, which needs no cross-origin isolation headers. Where
 * OPFS is unavailable the index lives in memory and is rebuilt from IndexedDB at each start.
 */
import sqlite3InitModule, { type Database } from '@sqlite.org/sqlite-wasm';
import { FtsIndex } from './fts-index';

export const SEARCH_DB_FILE = '/parallax-search.sqlite3';
const POOL = { name: 'parallax-search', directory: '/.parallax-search', initialCapacity: 4 };

export interface OpenedIndex {
  index: FtsIndex;
  db: Database;
  storage: 'opfs' | 'memory';
}

export async function openSearchIndex(options: { clear?: boolean } = {}): Promise<OpenedIndex> {
  const sqlite3 = await sqlite3InitModule();
  try {
    const pool = await sqlite3.installOpfsSAHPoolVfs({
      ...POOL,
      clearOnInit: options.clear ?? false,
    });
    const db = new pool.OpfsSAHPoolDb(SEARCH_DB_FILE);
    return { index: new FtsIndex(db), db, storage: 'opfs' };
  } catch (error) {
    console.warn('Search index kept in memory: OPFS is unavailable.', error);
    const db = new sqlite3.oo1.DB(':memory:', 'c');
    return { index: new FtsIndex(db), db, storage: 'memory' };
  }
}
