import 'fake-indexeddb/auto';
import Dexie, { type ObservabilitySet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { storeImportedArticles } from './articles';
import { db } from './database';
import { report, startEachTestWithEmptyDatabase } from './import-report.fixture';

startEachTestWithEmptyDatabase();

interface RangeNode {
  from?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

/** Separate key ranges in one part of a change notice (a whole table is one range). */
const rangesIn = (node: RangeNode | null | undefined): number =>
  node && node.from !== undefined ? 1 + rangesIn(node.l) + rangesIn(node.r) : 0;

describe("what an import's batch tells the open views", () => {
  // Every open view merges each notice into what it watches: key by key, 132 articles'
  // signatures were 4,000 band keys a batch, and the merging held the window for tens of ms.
  it('says a large batch changed the articles and their signatures, not each of their keys', async () => {
    const reports = Array.from({ length: 132 }, (_, n) => {
      const imported = report(`file-${n}.txt`, `hash-${n}`);
      imported.article!.signature = Array.from(
        { length: 128 },
        (_, i) => (i * 7919 + n * 104_729) % 4_294_967_291,
      );
      return imported;
    });
    const notices: ObservabilitySet[] = [];
    const listen = (parts: ObservabilitySet) => notices.push(parts);
    Dexie.on('storagemutated', listen);
    try {
      await storeImportedArticles(reports, 'Folder');
    } finally {
      Dexie.on('storagemutated').unsubscribe(listen);
    }
    const widest = (part: string) =>
      Math.max(
        0,
        ...notices.map((parts) => rangesIn(parts[`idb://${db.name}/${part}`] as RangeNode)),
      );
    expect(await db.articles.count()).toBe(132);
    expect(widest('articles/')).toBe(1);
    expect(widest('articles/contentHash')).toBe(1);
    expect(widest('signatures/bands')).toBe(1);
  });
});
