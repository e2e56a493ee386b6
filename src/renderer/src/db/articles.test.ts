import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportFileReport, ParsedArticle } from '../../../shared/domain';
import { addAnnotation } from './annotations';
import { deleteArticle, restoreArticle, storeImportedArticles } from './articles';
import { correctMetadata } from './metadata';
import { db } from './database';
import { ImportSession } from './import-session';
import { signatureRow } from './near-duplicates';
import { addManualQuote } from './quotes';
import { renameSpeaker } from './speakers';

function field<T>(value: T) {
  return { value, source: 'test', guessed: false };
}

function report(file: string, contentHash: string, body = 'Body text.'): ImportFileReport {
  const article: ParsedArticle = {
    sourcePath: file,
    format: 'txt',
    contentHash,
    kind: 'article',
    metadata: {
      title: field(`Title of ${file}`),
      outlet: field<string | null>('Glacier Press'),
      published: field<string | null>('2026-04-03'),
      author: field<string | null>(null),
      url: field<string | null>(null),
      language: field<string | null>('en'),
    },
    body,
    original: `MENU\n${body}\nFooter`,
    bodyMap: [{ bodyStart: 0, originalStart: 5, length: body.length }],
    wordCount: 2,
    aggregator: null,
  };
  return { file, status: 'imported', reason: null, duplicateOf: null, article };
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => {
  vi.restoreAllMocks();
});

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
