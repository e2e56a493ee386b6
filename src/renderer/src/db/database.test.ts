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
    expect(db.verno).toBe(8);
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
});
