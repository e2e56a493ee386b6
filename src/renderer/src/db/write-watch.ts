/**
 * Counts the writes made to each table, and lets an import tell its own writes from everyone
 * else's. An import keeps what it read of the library (speakers, near-duplicate keys) from one
 * batch to the next, and must read again once anything else wrote there: a rename in the people
 * list, an article deleted or restored. The library's catalog tells a batch of new articles from
 * a change to those it shows. A Dexie middleware sees every write, whatever code made it, so no
 * writer has to remember to say so.
 *
 * Each page or worker counts its own writes. The import stores its batches in a worker, so the
 * page and that worker tell each other their counts (`writesHere`, `countWritesFrom`): the
 * worker's before each of its transactions commits, the page's with each batch it sends.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

export interface TableWrites {
  /** Write requests made (each bulk call is one). */
  all: number;
  /** Those that may change or remove rows already there: anything but an add. */
  modifying: number;
}

/** By "database/table": the writes made in this page or worker. Counted when a write is made, before it commits. */
const writesByTable = new Map<string, TableWrites>();
/** By "database/table", then by the page or worker that reported them: the latest counts it sent. */
const reportedByTable = new Map<string, Map<string, TableWrites>>();
/** The watch each claimed transaction belongs to. */
const owners = new WeakMap<IDBTransaction, WriteWatch>();
const listeners = new Set<(database: string, table: string, writes: TableWrites) => void>();

const keyOf = (database: string, table: string) => `${database}/${table}`;
const NONE: Readonly<TableWrites> = { all: 0, modifying: 0 };

/** Writes made in this page or worker to one table. */
export function writesHere(database: string, table: string): Readonly<TableWrites> {
  return writesByTable.get(keyOf(database, table)) ?? NONE;
}

/** Writes to one table made here and in the workers or pages that reported theirs. */
export function writesTo(database: string, table: string): Readonly<TableWrites> {
  const key = keyOf(database, table);
  const total = { ...(writesByTable.get(key) ?? NONE) };
  for (const reported of reportedByTable.get(key)?.values() ?? []) {
    total.all += reported.all;
    total.modifying += reported.modifying;
  }
  return total;
}

/** `source` (a worker or the page) has made `writes` to `table` so far: its `writesHere`. */
export function countWritesFrom(
  source: string,
  database: string,
  table: string,
  writes: TableWrites,
): void {
  const key = keyOf(database, table);
  const bySource = reportedByTable.get(key) ?? new Map<string, TableWrites>();
  bySource.set(source, { ...writes });
  reportedByTable.set(key, bySource);
}

/** Calls `listener` with this page's or worker's counts on a table each time a write is made to it. */
export function onWriteHere(
  listener: (database: string, table: string, writes: TableWrites) => void,
): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export class WriteWatch {
  private readonly ownByTable = new Map<string, number>();

  constructor(private readonly database: string) {}

  /** Writes in `transaction` are this watch's own from now on. */
  claim(transaction: IDBTransaction): void {
    owners.set(transaction, this);
  }

  /** Writes to `table` so far by transactions this watch has not claimed. */
  othersWrites(table: string): number {
    const key = keyOf(this.database, table);
    return writesTo(this.database, table).all - (this.ownByTable.get(key) ?? 0);
  }

  /** @internal Called by the middleware. */
  countOwn(key: string): void {
    this.ownByTable.set(key, (this.ownByTable.get(key) ?? 0) + 1);
  }
}

function counted(database: string, table: string, request: DBCoreMutateRequest): void {
  const key = keyOf(database, table);
  const writes = writesByTable.get(key) ?? { all: 0, modifying: 0 };
  writes.all++;
  if (request.type !== 'add') writes.modifying++;
  writesByTable.set(key, writes);
  // Dexie's IndexedDB core passes the IDBTransaction itself as the request's transaction.
  owners.get(request.trans as unknown as IDBTransaction)?.countOwn(key);
  for (const listener of listeners) listener(database, table, writes);
}

export const writeWatchMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'writeWatch',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) => {
          counted(down.schema.name, name, request);
          return table.mutate(request);
        },
      };
    },
  }),
};
