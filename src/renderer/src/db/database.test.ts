import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';

describe('database upgrades', () => {
  it('upgrades a version 1 library to the current version without losing tags or highlights', async () => {
    const name = `upgrade-test-${Math.random()}`;
    // A library as version 1 of Parallax wrote it.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      articles: 'id, title, outlet, published, importedAt, contentHash, sourcePath',
      bodies: 'articleId',
      tags: 'id, &name',
      highlights: 'id, articleId, *tagIds, createdAt',
      briefings: 'id, updatedAt',
      briefingItems: 'id, briefingId, highlightId, [briefingId+order]',
    });
    await v1
      .table('tags')
      .add({ id: 't1', name: 'Legal challenge', color: '#0072b2', createdAt: 1 });
    await v1.table('highlights').add({
      id: 'h1',
      articleId: 'a1',
      tagIds: ['t1'],
      note: '',
      createdAt: 2,
      target: {
        position: { type: 'TextPositionSelector', start: 0, end: 5 },
        quote: { type: 'TextQuoteSelector', exact: 'Three', prefix: '', suffix: ' fishing' },
      },
    });
    v1.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(10);
    expect(await db.tags.get('t1')).toMatchObject({
      name: 'Legal challenge',
      parentId: null,
      description: '',
    });
    expect(await db.highlights.get('h1')).toMatchObject({
      tagIds: ['t1'],
      kind: 'coded',
      claim: null,
    });
    expect(await db.highlights.where('kind').equals('coded').count()).toBe(1);
    expect(await db.quotes.count()).toBe(0);
    db.close();
  });

  it('upgrades version 8 briefings so their items sit in one section, dated when last worked on', async () => {
    const name = `upgrade-test-${Math.random()}`;
    // The briefing tables as version 8 of Parallax wrote them.
    const old = new Dexie(name);
    old.version(8).stores({
      briefings: 'id, updatedAt',
      briefingItems: 'id, briefingId, highlightId, [briefingId+order], quoteId, storyId',
    });
    const updatedAt = new Date(2026, 3, 8, 12).getTime();
    await old.table('briefings').bulkAdd([
      { id: 'b1', title: 'Dam', author: '', summary: '', createdAt: 1, updatedAt },
      { id: 'b2', title: 'Empty', author: '', summary: '', createdAt: 1, updatedAt },
    ]);
    await old.table('briefingItems').bulkAdd([
      { id: 'i1', briefingId: 'b1', highlightId: 'h1', order: 1, commentary: '', addedAt: 1 },
      {
        id: 'i2',
        briefingId: 'b1',
        highlightId: '',
        quoteId: 'q1',
        order: 2,
        commentary: '',
        addedAt: 1,
      },
    ]);
    old.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(10);
    const b1 = (await db.briefings.get('b1'))!;
    expect(b1.date).toBe('2026-04-08');
    expect(b1.sections).toEqual([{ id: expect.any(String), title: 'Excerpts' }]);
    const items = await db.briefingItems.where('briefingId').equals('b1').toArray();
    expect(items.map((i) => i.sectionId)).toEqual([b1.sections[0]!.id, b1.sections[0]!.id]);
    expect((await db.briefings.get('b2'))!.sections).toHaveLength(1);
    expect(await db.briefingItems.where('articleId').equals('a1').count()).toBe(0);
    db.close();
  });

  it('upgrades a version 9 library to one with fewer indexes, keeping every article and quote', async () => {
    const name = `upgrade-test-${Math.random()}`;
    const old = new Dexie(name);
    old.version(9).stores({
      articles:
        'id, title, outlet, published, importedAt, contentHash, sourcePath, [importFolder+sourcePath], storyId, *tagIds',
      quotes: 'id, articleId, speaker, kind, review, speakerId',
    });
    await old.table('articles').add({
      id: 'a1',
      title: 'Dam opens',
      importedAt: 1,
      contentHash: 'h',
      sourcePath: 'dam.txt',
      importFolder: 'F',
      storyId: 's1',
      tagIds: ['t1'],
    });
    await old.table('quotes').add({
      id: 'q1',
      articleId: 'a1',
      speaker: 'Ann Lee',
      kind: 'direct',
      review: 'pending',
      speakerId: 'p1',
    });
    old.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(10);
    expect(db.quotes.schema.indexes.map((index) => index.name).sort()).toEqual([
      'articleId',
      'speakerId',
    ]);
    expect(await db.quotes.where('speakerId').equals('p1').first()).toMatchObject({
      speaker: 'Ann Lee',
      review: 'pending',
    });
    expect(
      await db.articles.where('[importFolder+sourcePath]').equals(['F', 'dam.txt']).first(),
    ).toMatchObject({ title: 'Dam opens', storyId: 's1' });
    expect(await db.articles.where('tagIds').equals('t1').count()).toBe(1);
    db.close();
  });
});
