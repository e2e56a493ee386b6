import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { deleteArticle, restoreArticle, storeImportedArticles } from './articles';
import { db } from './database';
import { ImportSession } from './import-session';
import { report, startEachTestWithEmptyDatabase } from './import-report.fixture';
import { signatureRow } from './near-duplicates';

startEachTestWithEmptyDatabase();

describe('near-duplicates', () => {
  it('marks a copy with different page chrome as a near-duplicate of the first, and keeps both', async () => {
    const signature = Array.from({ length: 128 }, (_, i) => i * 7919);
    const original = report('wire.txt', 'w1');
    original.article!.signature = signature;
    const copy = report('reprint.txt', 'w2');
    copy.article!.signature = signature.map((value, i) => (i % 10 === 0 ? value + 1 : value));
    const [, second] = await storeImportedArticles([original, copy], 'Folder');
    expect(second).toMatchObject({
      status: 'duplicate',
      duplicateOf: 'wire.txt',
      reason: 'near-duplicate (90% the same text)',
    });
    const stored = await db.articles.filter((a) => a.sourcePath === 'reprint.txt').first();
    expect(stored?.duplicateSimilarity).toBeCloseTo(0.9, 1);
    expect(await db.articles.count()).toBe(2);
  });

  it('finds the original in the library when the copy comes in a later import', async () => {
    const signature = Array.from({ length: 128 }, (_, i) => i * 104729);
    const original = report('wire.txt', 'w1');
    original.article!.signature = signature;
    await storeImportedArticles([original], 'Monday');
    const copy = report('reprint.txt', 'w2');
    copy.article!.signature = signature.map((value, i) => (i % 5 === 0 ? value + 1 : value));
    const [result] = await storeImportedArticles([copy], 'Tuesday');
    expect(result).toMatchObject({ status: 'duplicate', duplicateOf: 'wire.txt' });
  });

  it('stores a batch written in many slices whole, finding copies across slices', async () => {
    const signatureOf = (n: number) => Array.from({ length: 128 }, (_, i) => (n + 1) * 7919 + i);
    const reports = Array.from({ length: 30 }, (_, n) => {
      const r = report(`file-${n}.txt`, `hash-${n}`, `Body of file ${n} said someone.`);
      r.article!.signature = signatureOf(n);
      r.article!.quotes = [
        { kind: 'indirect', text: 'Body', speaker: 'Ana Lima', cue: 'said', start: 0, end: 4 },
      ];
      return r;
    });
    // The last file copies the first; a slice of 0 ms writes after every article.
    reports[29]!.article!.signature = signatureOf(0);
    const results = await storeImportedArticles(reports, 'Folder', { sliceMs: 0 });
    expect(results.map((r) => r.file)).toEqual(reports.map((r) => r.file));
    expect(results.filter((r) => r.status === 'imported')).toHaveLength(29);
    expect(results[29]).toMatchObject({ status: 'duplicate', duplicateOf: 'file-0.txt' });
    expect(await db.articles.count()).toBe(30);
    expect(await db.bodies.count()).toBe(30);
    expect(await db.signatures.count()).toBe(30);
    expect(await db.quotes.count()).toBe(30);
    expect(await db.speakers.count()).toBe(1);
  });

  it('finds originals through a signature cache shared by batches, even one that starts over', async () => {
    const session = new ImportSession({ signatureRows: 2 });
    const signatureOf = (n: number) => Array.from({ length: 128 }, (_, i) => (n + 1) * 65537 + i);
    const originals = [0, 1, 2].map((n) => {
      const r = report(`original-${n}.txt`, `o${n}`);
      r.article!.signature = signatureOf(n);
      return r;
    });
    await storeImportedArticles(originals, 'Folder', { session });
    const copies = [0, 1, 2].map((n) => {
      const r = report(`copy-${n}.txt`, `c${n}`);
      r.article!.signature = signatureOf(n);
      return r;
    });
    const results = await storeImportedArticles(copies, 'Folder', { session });
    expect(results.map((r) => r.duplicateOf)).toEqual([
      'original-0.txt',
      'original-1.txt',
      'original-2.txt',
    ]);
  });

  it('compares with a changed file’s new text once it is re-imported', async () => {
    const session = new ImportSession();
    const before = Array.from({ length: 128 }, (_, i) => i * 31);
    const after = Array.from({ length: 128 }, (_, i) => i * 37 + 5);
    const first = report('story.txt', 'v1');
    first.article!.signature = before;
    await storeImportedArticles([first], 'Folder', { session });
    const changed = report('story.txt', 'v2', 'New body text.');
    changed.article!.signature = after;
    await storeImportedArticles([changed], 'Folder', { session });
    const copyOfOld = report('old-copy.txt', 'x1');
    copyOfOld.article!.signature = before;
    const copyOfNew = report('new-copy.txt', 'x2');
    copyOfNew.article!.signature = after;
    const [old, fresh] = await storeImportedArticles([copyOfOld, copyOfNew], 'Other', {
      session,
    });
    expect(old).toMatchObject({ status: 'imported' });
    expect(fresh).toMatchObject({ status: 'duplicate', duplicateOf: 'story.txt' });
  });

  it('asks the database only for band keys the library held before the import, each once', async () => {
    const inLibrary = Array.from({ length: 128 }, (_, i) => i * 7919);
    const stored = report('stored.txt', 's1');
    stored.article!.signature = inLibrary;
    await storeImportedArticles([stored], 'Monday');
    const session = new ImportSession({ expectedArticles: 5 });
    const getAllKeys = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    const fresh = Array.from({ length: 128 }, (_, i) => i * 7877 + 3);
    const copyOf = (file: string, signature: number[]) => {
      const r = report(file, file);
      r.article!.signature = signature;
      return r;
    };
    await storeImportedArticles([copyOf('first.txt', fresh)], 'Tuesday', { session });
    // None of the first article's keys were in the library, and this import knows who carries
    // them since: its copies are found without asking the database.
    const ownCopies = [
      ...(await storeImportedArticles([copyOf('copy-1.txt', fresh)], 'Tuesday', { session })),
      ...(await storeImportedArticles([copyOf('copy-2.txt', fresh)], 'Tuesday', { session })),
    ];
    expect(ownCopies.map((r) => r.duplicateOf)).toEqual(['first.txt', 'first.txt']);
    expect(getAllKeys).not.toHaveBeenCalled();
    // Keys the library held are asked for once, then known.
    const libraryCopies = [
      ...(await storeImportedArticles([copyOf('copy-3.txt', inLibrary)], 'Tuesday', { session })),
      ...(await storeImportedArticles([copyOf('copy-4.txt', inLibrary)], 'Tuesday', { session })),
    ];
    expect(libraryCopies.map((r) => r.duplicateOf)).toEqual(['stored.txt', 'stored.txt']);
    expect(getAllKeys).toHaveBeenCalledTimes(32);
  });

  it('knows which band keys the library held before the import', async () => {
    const signature = Array.from({ length: 128 }, (_, i) => i * 7907);
    const stored = report('stored.txt', 's1');
    stored.article!.signature = signature;
    await storeImportedArticles([stored], 'Monday');
    const session = new ImportSession({ expectedArticles: 2 });
    const getAllKeys = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    const unrelated = report('unrelated.txt', 'u1');
    unrelated.article!.signature = Array.from({ length: 128 }, (_, i) => i * 7883 + 1);
    await storeImportedArticles([unrelated], 'Tuesday', { session });
    expect(getAllKeys).not.toHaveBeenCalled();
    const copy = report('copy.txt', 'c1');
    copy.article!.signature = signature;
    const [result] = await storeImportedArticles([copy], 'Tuesday', { session });
    expect(result).toMatchObject({ status: 'duplicate', duplicateOf: 'stored.txt' });
  });

  it('learns the band keys of a library larger than one read of signatures', async () => {
    const signatureOf = (n: number) => Array.from({ length: 128 }, (_, i) => n * 1_000_003 + i);
    await db.signatures.bulkAdd(
      Array.from({ length: 5 }, (_, n) =>
        signatureRow(`id-${String(n).padStart(4, '0')}`, signatureOf(n)),
      ),
    );
    const session = new ImportSession({ expectedArticles: 1, signaturePageRows: 2 });
    const copy = report('copy.txt', 'c1');
    copy.article!.signature = signatureOf(4);
    const [result] = await storeImportedArticles([copy], 'Folder', { session });
    expect(result).toMatchObject({ status: 'duplicate', duplicateOf: 'id-0004' });
  });

  it('finds the original of a copy when the original was restored during the import', async () => {
    const signature = Array.from({ length: 128 }, (_, i) => i * 7877);
    const original = report('original.txt', 'o1');
    original.article!.signature = signature;
    await storeImportedArticles([original], 'Monday');
    const [row] = await db.articles.toArray();
    const snapshot = await deleteArticle(row!.id);
    const session = new ImportSession({ expectedArticles: 2 });
    const other = report('other.txt', 'x1');
    other.article!.signature = Array.from({ length: 128 }, (_, i) => i * 7873 + 3);
    // The first batch learns the library's keys while the original is deleted.
    await storeImportedArticles([other], 'Tuesday', { session });
    await restoreArticle(snapshot);
    const copy = report('copy.txt', 'c1');
    copy.article!.signature = signature;
    const [result] = await storeImportedArticles([copy], 'Tuesday', { session });
    expect(result).toMatchObject({ status: 'duplicate', duplicateOf: 'original.txt' });
  });

  it('does not take an article deleted during the import for the original of a later copy', async () => {
    const session = new ImportSession();
    const signature = Array.from({ length: 128 }, (_, i) => i * 104729);
    const first = report('first.txt', 'f1');
    first.article!.signature = signature;
    await storeImportedArticles([first], 'Folder', { session });
    const [row] = await db.articles.toArray();
    await deleteArticle(row!.id);
    const copy = report('copy.txt', 'c1');
    copy.article!.signature = signature;
    const [result] = await storeImportedArticles([copy], 'Folder', { session });
    expect(result).toMatchObject({ status: 'imported', duplicateOf: null });
  });

  it('does not take a file from a batch that failed to store for the original of a later copy', async () => {
    const session = new ImportSession();
    const signature = Array.from({ length: 128 }, (_, i) => i * 15485863);
    const lost = report('lost.txt', 'l1');
    lost.article!.signature = signature;
    vi.spyOn(db.speakers, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(storeImportedArticles([lost], 'Folder', { session })).rejects.toThrow('disk full');
    expect(await db.articles.count()).toBe(0);
    const copy = report('copy.txt', 'c1');
    copy.article!.signature = signature;
    const [result] = await storeImportedArticles([copy], 'Folder', { session });
    expect(result).toMatchObject({ status: 'imported', duplicateOf: null });
  });

  it('deleting a copy can be undone exactly', async () => {
    await storeImportedArticles([report('a.txt', 'h1')], 'Folder');
    const [row] = await db.articles.toArray();
    const snapshot = await deleteArticle(row!.id);
    expect(await db.articles.count()).toBe(0);
    expect(await db.bodies.count()).toBe(0);
    await restoreArticle(snapshot);
    expect(await db.articles.get(row!.id)).toEqual(row);
    expect(await db.bodies.count()).toBe(1);
  });
});
