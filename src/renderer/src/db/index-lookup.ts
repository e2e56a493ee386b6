/**
 * Many exact-key lookups on one index inside the current transaction. Dexie's anyOf() walks a
 * cursor that waits for a round trip to the database per key; with the 32 band keys of each
 * imported article that walk took a quarter of the time spent storing. Here every key is one
 * getAll() request on the transaction's own IndexedDB index, so the database answers them back
 * to back. Requests go out a slice at a time, the next slice when one is answered, so issuing
 * thousands of them never holds the main thread for long.
 */
import Dexie from 'dexie';

/**
 * Setting up one request takes the main thread 0.05-0.1 ms (more when the machine is busy):
 * 256 keys at once held it for 30-90 ms during imports, so slices are smaller and more of them
 * are kept in flight.
 */
const KEYS_PER_SLICE = 64;
/** Slices requested and not yet answered: enough that the database never waits for the page. */
const SLICES_IN_FLIGHT = 4;

/**
 * For each of `keys`, the rows of `table` whose `index` (named as Dexie declares it, e.g.
 * "[importFolder+sourcePath]") equals it.
 */
export function rowsWithAnyKey<Row>(
  table: { name: string },
  index: string,
  keys: IDBValidKey[],
): Promise<Row[][]> {
  return lookupEach<Row>(table, index, keys, 'getAll');
}

/** Like rowsWithAnyKey, but only the rows' primary keys: cheap when keys match many rows. */
export function primaryKeysWithAnyKey<Key extends IDBValidKey>(
  table: { name: string },
  index: string,
  keys: IDBValidKey[],
): Promise<Key[][]> {
  return lookupEach<Key>(table, index, keys, 'getAllKeys');
}

function lookupEach<Result>(
  table: { name: string },
  index: string,
  keys: IDBValidKey[],
  method: 'getAll' | 'getAllKeys',
): Promise<Result[][]> {
  const idbtrans = Dexie.currentTransaction?.idbtrans;
  if (!idbtrans) throw new Error('index lookups run inside a transaction on their table');
  if (!keys.length) return Promise.resolve([]);
  const source = idbtrans.objectStore(table.name).index(index);
  return new Promise((resolve, reject) => {
    const results = new Array<Result[]>(keys.length);
    let answered = 0;
    let requested = 0;
    const requestSlice = () => {
      const end = Math.min(keys.length, requested + KEYS_PER_SLICE);
      for (let at = requested; at < end; at++) {
        const request = source[method](keys[at]!);
        request.onsuccess = () => {
          results[at] = request.result as Result[];
          answered++;
          if (answered === keys.length) resolve(results);
          // The last answer of a slice asks for the next slice not yet requested.
          else if (at === end - 1 && requested < keys.length) requestSlice();
        };
        request.onerror = () => reject(request.error ?? new Error('index lookup failed'));
      }
      requested = end;
    };
    for (let slice = 0; slice < SLICES_IN_FLIGHT && requested < keys.length; slice++)
      requestSlice();
  });
}
