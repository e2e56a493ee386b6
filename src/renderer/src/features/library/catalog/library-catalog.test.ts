import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/database';
import type { ArticleRow } from '../../../db/schema';
import { countWritesFrom } from '../../../db/write-watch';
import { readCatalogOrder, readRowsSince } from './catalog-reads';
import { LibraryCatalog } from './library-catalog';
import { DEFAULT_SORT, sortCatalogRows, toCatalogRow } from './catalog-row';

const field = <T>(value: T) => ({ value, source: 'test', guessed: false });
function article(n: number, changes: Partial<ArticleRow> = {}): ArticleRow {
  const id = `art-${String(n).padStart(4, '0')}`;
  return {
    id,
    title: `Harbour story ${n}`,
    outlet: n % 2 ? 'Lowland Times' : 'Glacier Press',
    published: n % 3 ? `2026-04-${String((n % 28) + 1).padStart(2, '0')}` : null,
    author: null,
    url: null,
    language: 'en',
    wordCount: 100 + n,
    kind: 'article',
    format: 'txt',
    sourcePath: `${id}.txt`,
    importFolder: 'F',
    contentHash: id,
    // Ids and import order disagree, so the catalog must follow importedAt, not the key.
    importedAt: 10_000 - n,
    duplicateOf: null,
    metadata: {
      title: field(`Harbour story ${n}`),
      outlet: field<string | null>(null),
      published: field<string | null>(null),
      author: field<string | null>(null),
      url: field<string | null>(null),
      language: field<string | null>(null),
    },
    aggregator: null,
    ...changes,
  };
}

const db = openDatabase('catalog-test');
/** Generous: a busy machine runs fake IndexedDB slowly. */
const WAIT = { timeout: 10_000 };
let catalog: LibraryCatalog;

beforeEach(async () => {
  await db.articles.clear();
  await db.articles.bulkAdd(Array.from({ length: 230 }, (_, i) => article(i)));
  catalog = new LibraryCatalog(db, {
    chunkSize: 50,
    headRows: 20,
    rescanDelayMs: 20,
    orderCheckDelayMs: 20,
  });
});
afterEach(() => catalog.dispose());

/** Reads from the test database, noting each batch of rows read and each read of the whole order. */
const recordingReader = (batches: string[][], reads = { order: 0 }) => ({
  readRows: async (ids: string[]) => {
    batches.push(ids);
    return (await db.articles.bulkGet(ids)).map((a) => a && toCatalogRow(a));
  },
  readSince: async (importedAt: number) => {
    const rows = await readRowsSince(db, importedAt);
    batches.push(rows.map((row) => row.id));
    return rows;
  },
  readOrder: () => {
    reads.order++;
    return readCatalogOrder(db);
  },
});

/** Articles as an import adds them: imported after everything already in the library. */
const imported = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => article(from + i, { importedAt: 20_000 + from + i }));

/**
 * A catalog that notes what it reads, for tests of what a batch of new articles costs (the
 * check of the whole order once writes stop is left out: it comes a minute later).
 */
function catalogAddingBatches() {
  const batches: string[][] = [];
  const reads = { order: 0 };
  const reading = new LibraryCatalog(db, {
    chunkSize: 50,
    headRows: 20,
    rescanDelayMs: 20,
    orderCheckDelayMs: 60_000,
    reader: recordingReader(batches, reads),
  });
  return { reading, batches, reads };
}

describe('the library catalog', () => {
  it('shows the first screenful at once, then knows every article in import order', async () => {
    const started = catalog.start();
    await expect.poll(() => catalog.started).toBe(true);
    expect(catalog.rows.has('art-0229')).toBe(true);
    await started;
    expect(catalog.order).toHaveLength(230);
    expect(catalog.order[0]).toBe('art-0229');
    expect(catalog.order[229]).toBe('art-0000');
    await catalog.whenComplete();
    expect(catalog.rows.size).toBe(230);
    expect(catalog.rows.get('art-0007')).toMatchObject({
      title: 'Harbour story 7',
      wordCount: 107,
    });
    // The light row carries no provenance.
    expect(catalog.rows.get('art-0007')).not.toHaveProperty('metadata');
  });

  it('reads the rows on screen before the rest, in small steps', async () => {
    const batches: string[][] = [];
    const reading = new LibraryCatalog(db, {
      chunkSize: 50,
      headRows: 20,
      reader: recordingReader(batches),
    });
    try {
      await reading.start();
      reading.want(['art-0003', 'art-0004']);
      await reading.whenComplete();
      const firstWith = batches.findIndex((batch) => batch.includes('art-0003'));
      // The wanted rows are read with the next step, long before import order reaches them.
      expect(firstWith).toBeLessThanOrEqual(1);
      expect(batches.every((batch) => batch.length <= 50)).toBe(true);
      expect(reading.rows.size).toBe(230);
    } finally {
      reading.dispose();
    }
  });

  it('holds background reading while the user scrolls, but still reads the rows on screen', async () => {
    const batches: string[][] = [];
    let clock = 0;
    let clockReads = 0;
    const reading = new LibraryCatalog(db, {
      chunkSize: 50,
      headRows: 20,
      quietMs: 30,
      // Time stands still: the user is always "still scrolling" until the clock moves on.
      now: () => {
        clockReads++;
        return clock;
      },
      reader: recordingReader(batches),
    });
    try {
      await reading.start();
      reading.want(['art-0150', 'art-0151']);
      await expect.poll(() => reading.rows.has('art-0151'), WAIT).toBe(true);
      const readSoFar = batches.length;
      const rowsSoFar = reading.rows.size;
      // The reader has looked at the clock many times and chosen to wait each time.
      const seen = clockReads;
      await expect.poll(() => clockReads, WAIT).toBeGreaterThan(seen + 5);
      expect(batches).toHaveLength(readSoFar);
      expect(rowsSoFar).toBeLessThan(230);
      // Scrolling on: new rows on screen are read at once, and nothing else.
      reading.want(['art-0090']);
      await expect.poll(() => reading.rows.has('art-0090'), WAIT).toBe(true);
      expect(batches.slice(readSoFar)).toEqual([['art-0090']]);
      // The user stops: the rest is read in the background.
      clock = 1_000;
      await reading.whenComplete();
      expect(reading.rows.size).toBe(230);
    } finally {
      reading.dispose();
    }
  });

  it('follows a single edit, an import batch and a deletion made elsewhere', async () => {
    await catalog.whenComplete();
    await db.articles.update('art-0010', { outlet: 'Coastline Courier' });
    // Older import times than the library's newest, as after the clock was set back: found
    // when the whole order is read again once writes stop.
    await db.articles.bulkAdd(Array.from({ length: 60 }, (_, i) => article(500 + i)));
    await db.articles.bulkDelete(['art-0001', 'art-0002']);
    await expect.poll(() => catalog.rows.get('art-0010')?.outlet).toBe('Coastline Courier');
    await expect.poll(() => catalog.order.length, WAIT).toBe(288);
    await catalog.whenComplete();
    expect(catalog.rows.has('art-0559')).toBe(true);
    expect(catalog.rows.has('art-0001')).toBe(false);
  });

  it('reads only the new rows after an import batch, not the whole library again', async () => {
    const { reading, batches, reads } = catalogAddingBatches();
    try {
      await reading.whenComplete();
      batches.length = 0;
      const ordersRead = reads.order;
      await db.articles.bulkAdd(imported(600, 60));
      await expect.poll(() => reading.rows.has('art-0659'), WAIT).toBe(true);
      // The new articles come at the end of the order, with their rows, at once.
      expect(reading.order.slice(-60)).toEqual(imported(600, 60).map((a) => a.id));
      expect(reads.order).toBe(ordersRead);
      // Of the rows already known, only the newest is read again (ties in import time).
      expect(batches.flat().filter((id) => id < 'art-0600')).toEqual(['art-0000']);
    } finally {
      reading.dispose();
    }
  });

  it('re-reads every row after a bulk change made outside this page', async () => {
    await catalog.whenComplete();
    // Another connection, as a worker or another window has: its writes are not counted here.
    const elsewhere = new Dexie('catalog-test');
    await elsewhere.open();
    try {
      await elsewhere.table('articles').toCollection().modify({ storyId: 'story-9' });
    } finally {
      elsewhere.close();
    }
    await expect.poll(() => catalog.rows.get('art-0100')?.storyId, WAIT).toBe('story-9');
  });

  it('reads only the new rows after an import batch stored by a worker that reports its writes', async () => {
    const { reading, batches, reads } = catalogAddingBatches();
    const worker = new Dexie('catalog-test');
    try {
      await reading.whenComplete();
      batches.length = 0;
      const ordersRead = reads.order;
      await worker.open();
      // The import's worker reports each write before its transaction commits.
      countWritesFrom('import-worker', db.name, 'articles', { all: 1, modifying: 0 });
      await worker.table('articles').bulkAdd(imported(700, 60));
      await expect.poll(() => reading.rows.has('art-0759'), WAIT).toBe(true);
      expect(reads.order).toBe(ordersRead);
      expect(batches.flat().filter((id) => id < 'art-0700')).toEqual(['art-0000']);
    } finally {
      worker.close();
      reading.dispose();
    }
  });

  it('picks up a bulk change to existing rows once writes stop', async () => {
    await catalog.whenComplete();
    await db.articles.toCollection().modify({ storyId: 'story-1' });
    await expect.poll(() => catalog.rows.get('art-0100')?.storyId).toBe('story-1');
    await catalog.whenComplete();
    expect([...catalog.rows.values()].every((row) => row.storyId === 'story-1')).toBe(true);
  });
});

describe('sorting catalog rows', () => {
  it('sorts by a column with empty values last in both directions', async () => {
    await catalog.whenComplete();
    const rows = [...catalog.rows.values()];
    const byDate = sortCatalogRows(rows, { column: 'published', descending: false });
    const byDateDown = sortCatalogRows(rows, { column: 'published', descending: true });
    expect(byDate[0]!.published).toBe('2026-04-01');
    expect(byDateDown[0]!.published).toBe('2026-04-28');
    expect(byDate.at(-1)!.published).toBeNull();
    expect(byDateDown.at(-1)!.published).toBeNull();
    const byWords = sortCatalogRows(rows, { column: 'wordCount', descending: true });
    expect(byWords[0]!.wordCount).toBe(329);
    expect(sortCatalogRows(rows, DEFAULT_SORT).map((r) => r.id)).toEqual(catalog.order);
  });
});
