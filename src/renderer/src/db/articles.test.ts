import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { ImportFileReport } from '../../../shared/domain';
import { addAnnotation } from './annotations';
import { deleteArticle, restoreArticle, storeImportedArticles } from './articles';
import { correctMetadata } from './metadata';
import { db } from './database';
import { ImportSession } from './import-session';
import { addManualQuote } from './quotes';
import { renameSpeaker } from './speakers';
import { report, startEachTestWithEmptyDatabase } from './import-report.fixture';

startEachTestWithEmptyDatabase();

describe('storing imported articles', () => {
  it('stores metadata rows apart from bodies', async () => {
    const [result] = await storeImportedArticles([report('a.txt', 'h1')], 'Folder');
    expect(result).toMatchObject({ file: 'a.txt', status: 'imported', article: null });
    const [row] = await db.articles.toArray();
    expect(row).toMatchObject({
      title: 'Title of a.txt',
      outlet: 'Glacier Press',
      importFolder: 'Folder',
    });
    expect(row).not.toHaveProperty('body');
    expect((await db.bodies.get(row!.id))?.original).toContain('MENU');
  });

  it('re-importing an unchanged file adds nothing and says so', async () => {
    await storeImportedArticles([report('a.txt', 'h1')], 'Folder');
    const [again] = await storeImportedArticles([report('a.txt', 'h1')], 'Folder');
    expect(again).toMatchObject({
      status: 'skipped',
      reason: 'unchanged since the last import',
    });
    expect(await db.articles.count()).toBe(1);
  });

  it('keeps a copy under another name, marked as a duplicate of the first', async () => {
    await storeImportedArticles([report('a.txt', 'h1')], 'Folder');
    const [copy] = await storeImportedArticles([report('copy-of-a.txt', 'h1')], 'Folder');
    expect(copy).toMatchObject({ status: 'duplicate', duplicateOf: 'a.txt' });
    const rows = await db.articles.orderBy('importedAt').toArray();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.sourcePath === 'copy-of-a.txt')?.duplicateOf).toBe(
      rows.find((r) => r.sourcePath === 'a.txt')?.id,
    );
  });

  it('looks up no path or content a new folder in an empty library cannot hold, and still finds copies and unchanged files', async () => {
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const session = new ImportSession({ expectedArticles: 3 });
    await storeImportedArticles([report('a.txt', 'h1'), report('b.txt', 'h2')], 'Folder', {
      session,
    });
    expect(getAll).not.toHaveBeenCalled();
    // A copy in a later batch of the same import is still looked up, and found.
    const [copy] = await storeImportedArticles([report('copy-of-a.txt', 'h1')], 'Folder', {
      session,
    });
    expect(getAll).toHaveBeenCalledTimes(1);
    expect(copy).toMatchObject({ status: 'duplicate', duplicateOf: 'a.txt' });
    // The next import of the folder knows what it holds.
    const [again] = await storeImportedArticles([report('b.txt', 'h2')], 'Folder', {
      session: new ImportSession({ expectedArticles: 1 }),
    });
    expect(again).toMatchObject({ status: 'skipped', reason: 'unchanged since the last import' });
  });

  it('finds the original of an exact copy when the original was restored during the import', async () => {
    await storeImportedArticles([report('original.txt', 'o1')], 'Monday');
    const [row] = await db.articles.toArray();
    const snapshot = await deleteArticle(row!.id);
    const session = new ImportSession({ expectedArticles: 2 });
    // The first batch reads the library's content hashes while the original is deleted.
    await storeImportedArticles([report('other.txt', 'x1')], 'Tuesday', { session });
    await restoreArticle(snapshot);
    const [copy] = await storeImportedArticles([report('copy.txt', 'o1')], 'Tuesday', {
      session,
    });
    expect(copy).toMatchObject({ status: 'duplicate', duplicateOf: 'original.txt' });
  });

  it('passes skipped and failed files through without storing anything', async () => {
    const failed: ImportFileReport = {
      file: 'bad.pdf',
      status: 'failed',
      reason: 'PDF is encrypted',
      duplicateOf: null,
      article: null,
    };
    const [result] = await storeImportedArticles([failed], 'Folder');
    expect(result).toEqual(failed);
    expect(await db.articles.count()).toBe(0);
  });
});

describe('storing quotes at import', () => {
  it('stores quotes and links short and full forms of a name to one speaker', async () => {
    const first = report('one.txt', 'q1', 'Body one.');
    first.article!.quotes = [
      {
        kind: 'direct',
        text: 'We will decide in May',
        speaker: 'Treasury Secretary Ortega',
        cue: 'said',
        start: 0,
        end: 5,
      },
    ];
    const second = report('two.txt', 'q2', 'Body two.');
    second.article!.quotes = [
      {
        kind: 'indirect',
        text: 'the quota stays',
        speaker: 'Jane Ortega',
        cue: 'said',
        start: 0,
        end: 4,
      },
      { kind: 'direct', text: 'No comment', speaker: null, cue: null, start: 5, end: 9 },
    ];
    await storeImportedArticles([first, second], 'Folder');
    const speakers = await db.speakers.toArray();
    expect(speakers).toHaveLength(1);
    expect(speakers[0]).toMatchObject({
      name: 'Jane Ortega',
      aliases: ['Treasury Secretary Ortega'],
    });
    const quotes = await db.quotes.toArray();
    expect(quotes).toHaveLength(3);
    expect(quotes.filter((q) => q.speakerId === speakers[0]!.id)).toHaveLength(2);
    expect(quotes.find((q) => q.text === 'No comment')).toMatchObject({
      speakerId: null,
      review: 'pending',
      origin: 'auto',
    });
  });

  it('reads the people list once per import, and again after it was edited meanwhile', async () => {
    const session = new ImportSession();
    const quoted = (file: string, speaker: string) => {
      const r = report(file, file, `Body of ${file}.`);
      r.article!.quotes = [
        { kind: 'indirect', text: 'Body', speaker, cue: 'said', start: 0, end: 4 },
      ];
      return r;
    };
    const toArray = vi.spyOn(db.speakers, 'toArray');
    await storeImportedArticles([quoted('one.txt', 'Mira Castell')], 'Folder', { session });
    await storeImportedArticles([quoted('two.txt', 'Mira Castell')], 'Folder', { session });
    expect(toArray).toHaveBeenCalledTimes(1);
    const [speaker] = await db.speakers.toArray();
    await renameSpeaker(speaker!.id, 'Mira Castell-Oyelaran');
    await storeImportedArticles([quoted('three.txt', 'Mira Castell-Oyelaran')], 'Folder', {
      session,
    });
    expect(await db.speakers.toArray()).toEqual([
      expect.objectContaining({ id: speaker!.id, name: 'Mira Castell-Oyelaran' }),
    ]);
    expect((await db.quotes.toArray()).map((q) => q.speakerId)).toEqual([
      speaker!.id,
      speaker!.id,
      speaker!.id,
    ]);
  });
});

describe("the import's count of quotes in the library", () => {
  const withQuotes = (file: string, hash: string, texts: string[]) => {
    const r = report(file, hash, texts.join(' '));
    r.article!.quotes = texts.map((text, n) => ({
      kind: 'indirect' as const,
      text,
      speaker: 'Mira Castell',
      cue: 'said',
      start: n,
      end: n + 1,
    }));
    return r;
  };

  it('follows the quotes table through new files, a changed file and a failed batch, without counting it again', async () => {
    await storeImportedArticles([withQuotes('old.txt', 'o1', ['one', 'two'])], 'Earlier');
    const [old] = await db.articles.toArray();
    await addManualQuote({
      articleId: old!.id,
      body: 'one two',
      start: 0,
      end: 3,
      kind: 'direct',
      speakerName: '',
    });
    const session = new ImportSession({ expectedArticles: 3 });
    expect(session.quotesInLibrary()).toBeNull();
    const count = vi.spyOn(db.quotes, 'count');
    await storeImportedArticles([withQuotes('a.txt', 'a1', ['x', 'y', 'z'])], 'Earlier', {
      session,
    });
    expect(session.quotesInLibrary()).toBe(6);
    // A file imported before changed: its automatic quotes are replaced, the manual one kept.
    await storeImportedArticles([withQuotes('old.txt', 'o2', ['only'])], 'Earlier', { session });
    expect(session.quotesInLibrary()).toBe(5);
    // A batch that fails stores nothing and adds nothing.
    const broken = withQuotes('b.txt', 'b1', ['lost']);
    broken.article!.signature = Array.from({ length: 128 }, (_, n) => n);
    vi.spyOn(db.signatures, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(storeImportedArticles([broken], 'Folder', { session })).rejects.toThrow(
      'disk full',
    );
    expect(session.quotesInLibrary()).toBe(5);
    expect(count).toHaveBeenCalledTimes(1);
    expect(await db.quotes.count()).toBe(5);
  });
});

describe('re-importing a folder', () => {
  it('updates a changed file in place, keeping corrections and re-anchoring annotations', async () => {
    const first = report('story.txt', 'v1', 'The council met on Tuesday. The vote was close.');
    await storeImportedArticles([first], 'Folder');
    const [row] = await db.articles.toArray();
    await correctMetadata(row!.id, 'outlet', 'Riverside Herald');
    const body = first.article!.body;
    await addAnnotation({
      articleId: row!.id,
      body,
      start: body.indexOf('The vote'),
      end: body.length,
      kind: 'coded',
      tagIds: [],
    });
    await addAnnotation({
      articleId: row!.id,
      body,
      start: 0,
      end: 'The council met'.length,
      kind: 'memo',
      tagIds: [],
      note: 'check',
    });

    const changed = report('story.txt', 'v2', 'Updated: the vote was close. The vote was close.');
    const [result] = await storeImportedArticles([changed], 'Folder');

    expect(result).toMatchObject({
      status: 'imported',
      reason: expect.stringContaining('1 annotation(s) found again, 1 no longer in the text'),
    });
    const rows = await db.articles.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: row!.id, contentHash: 'v2', outlet: 'Riverside Herald' });
    expect(rows[0]!.metadata.outlet).toMatchObject({ value: 'Riverside Herald', source: 'user' });
    expect((await db.bodies.get(row!.id))?.body).toContain('Updated:');
    expect(await db.highlights.where('articleId').equals(row!.id).count()).toBe(2);
  });
});
