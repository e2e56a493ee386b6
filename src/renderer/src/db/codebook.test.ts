import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCode, deleteCode } from './codebook';
import { db } from './database';
import type { ArticleRow } from './schema';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('deleting a code', () => {
  it('takes it off the articles coded with it and leaves their other codes', async () => {
    const gone = await createCode({ name: 'Flood defences' });
    const kept = await createCode({ name: 'Insurance' });
    const article = (id: string, tagIds: string[]) =>
      ({ id, importedAt: 1, contentHash: id, tagIds }) as unknown as ArticleRow;
    await db.articles.bulkAdd([
      article('a1', [gone.id, kept.id]),
      article('a2', [gone.id]),
      article('a3', []),
    ]);
    await deleteCode(gone.id);
    expect((await db.articles.get('a1'))!.tagIds).toEqual([kept.id]);
    expect((await db.articles.get('a2'))!.tagIds).toEqual([]);
    expect(await db.articles.where('tagIds').equals(gone.id).count()).toBe(0);
    expect(await db.tags.get(gone.id)).toBeUndefined();
  });
});
