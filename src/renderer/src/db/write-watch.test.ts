import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { countWritesFrom, writesHere, writesTo } from './write-watch';

describe('write counts', () => {
  it("add the counts other contexts report to this one's own, each source by its latest report", async () => {
    const db = openDatabase('write-watch-test');
    await db.tags.add({
      id: 't1',
      name: 'Harbour',
      color: '#336699',
      createdAt: 0,
      parentId: null,
      description: '',
    });
    await db.tags.update('t1', { name: 'Harbours' });
    expect(writesHere(db.name, 'tags')).toEqual({ all: 2, modifying: 1 });
    countWritesFrom('worker-a', db.name, 'tags', { all: 3, modifying: 0 });
    countWritesFrom('worker-a', db.name, 'tags', { all: 5, modifying: 1 });
    countWritesFrom('worker-b', db.name, 'tags', { all: 2, modifying: 0 });
    expect(writesTo(db.name, 'tags')).toEqual({ all: 9, modifying: 2 });
    expect(writesHere(db.name, 'tags')).toEqual({ all: 2, modifying: 1 });
    db.close();
  });
});
