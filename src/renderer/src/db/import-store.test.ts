import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { packReport, packReports } from '../../../shared/contract';
import { db } from './database';
import { openLocalImportStore } from './import-store';
import { report, startEachTestWithEmptyDatabase } from './import-report.fixture';
import { countWritesFrom } from './write-watch';

startEachTestWithEmptyDatabase();

const quoted = (file: string, speaker: string) => {
  const r = report(file, file, `Body of ${file}.`);
  r.article!.quotes = [{ kind: 'indirect', text: 'Body', speaker, cue: 'said', start: 0, end: 4 }];
  return packReport(r);
};

describe('the import store', () => {
  it('stores reports in the form the host sends them, with their bodies and quotes whole', async () => {
    const wire = quoted('harbour.txt', 'Mira Castell');
    // The host leaves out what the store can rebuild: the body and the quote's text.
    expect(wire.article).not.toHaveProperty('body');
    expect(wire.article!.quotes![0]).not.toHaveProperty('text');
    const store = openLocalImportStore({ expectedArticles: 1 });
    store.take(0, [packReports([wire])]);
    const { reports, quotesInLibrary } = await store.store([0], 'Folder');
    expect(reports).toEqual([expect.objectContaining({ file: 'harbour.txt', status: 'imported' })]);
    expect(quotesInLibrary).toBe(1);
    const [article] = await db.articles.toArray();
    expect((await db.bodies.get(article!.id))?.body).toBe('Body of harbour.txt.');
    expect((await db.quotes.toArray()).map((q) => q.text)).toEqual(['Body']);
  });

  it('reads the people list again once the page reports an edit made while a worker stores the import', async () => {
    const store = openLocalImportStore({ expectedArticles: 3 });
    let parts = 0;
    const storeOne = (wire: ReturnType<typeof quoted>) => {
      store.take(parts, [packReports([wire])]);
      return store.store([parts++], 'Folder');
    };
    const toArray = vi.spyOn(db.speakers, 'toArray');
    await storeOne(quoted('one.txt', 'Mira Castell'));
    await storeOne(quoted('two.txt', 'Mira Castell'));
    expect(toArray).toHaveBeenCalledTimes(1);
    // The page renames the speaker through its own connection, which this context does not
    // count, and reports its counts with the next batch, as the worker's page side does.
    const page = new Dexie(db.name);
    await page.open();
    try {
      const [speaker] = await page.table('speakers').toArray();
      await page.table('speakers').update(speaker.id, { name: 'Mira Castell-Oyelaran' });
    } finally {
      page.close();
    }
    countWritesFrom('page', db.name, 'speakers', { all: 1, modifying: 1 });
    await storeOne(quoted('three.txt', 'Mira Castell-Oyelaran'));
    expect(toArray).toHaveBeenCalledTimes(2);
    expect(await db.speakers.count()).toBe(1);
  });
});
