/**
 * Counts the writes made to each table, and lets an import tell its own writes from everyone
 * else's. An import keeps what it read of the library (speakers, near-duplicate keys) from one
 * batch to the next, and must read again once anything else wrote there: a rename in the people
 * list, an article deleted or restored. A Dexie middleware sees every write, whatever code made
 * it, so no writer has to remember to say so.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

const writesByTable = new Map<string, number>();
/** The watch each claimed transaction belongs to. */
const owners = new WeakMap<IDBTransaction, WriteWatch>();

export class WriteWatch {
  private readonly ownByTable = new Map<string, number>();

  /** Writes in `transaction` are this watch's own from now on. */
  claim(transaction: IDBTransaction): void {
    owners.set(transaction, this);
  }

  /** Writes to `table` so far by transactions this watch has not claimed. */
  othersWrites(table: string): number {
    return (writesByTable.get(table) ?? 0) - (this.ownByTable.get(table) ?? 0);
  }

  /** @internal Called by the middleware. */
  countOwn(table: string): void {
    this.ownByTable.set(table, (this.ownByTable.get(table) ?? 0) + 1);
  }
}

function counted(table: string, request: DBCoreMutateRequest): void {
  writesByTable.set(table, (writesByTable.get(table) ?? 0) + 1);
  // Dexie's IndexedDB core passes the IDBTransaction itself as the request's transaction.
  owners.get(request.trans as unknown as IDBTransaction)?.countOwn(table);
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
          counted(name, request);
          return table.mutate(request);
        },
      };
    },
  }),
};
