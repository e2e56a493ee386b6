/**
 * Reads a whole table in primary-key order a page at a time, so a large library is never held in
 * memory (or handed across from IndexedDB) in one piece. Each page is handed on before the next
 * one is read. Inside a transaction the pages are read in it.
 */
import type { Table } from 'dexie';

export async function forEachPage<Row>(
  // The insert type is left open: only reads happen here.
  table: Table<Row, string, unknown>,
  pageRows: number,
  keyOf: (row: Row) => string,
  each: (rows: Row[]) => void | Promise<void>,
): Promise<void> {
  let last: string | null = null;
  for (;;) {
    const page: Row[] = await (
      last === null ? table.orderBy(':id') : table.where(':id').above(last)
    )
      .limit(pageRows)
      .toArray();
    if (page.length) await each(page);
    if (page.length < pageRows) return;
    last = keyOf(page[page.length - 1]!);
  }
}
