import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import { primaryKeysWithAnyKey, rowsWithAnyKey } from './index-lookup';
import type { SignatureRow } from './schema';

beforeEach(async () => {
  await db.signatures.clear();
});

describe('rowsWithAnyKey', () => {
  it('answers every key, in the order asked, across many slices', async () => {
    const rows: SignatureRow[] = Array.from({ length: 400 }, (_, n) => ({
      articleId: `a${n}`,
      signature: [n],
      bands: [`even:${n - (n % 2)}`, `own:${n}`],
    }));
    await db.signatures.bulkAdd(rows);
    const keys = [...Array.from({ length: 1000 }, (_, n) => `own:${999 - n}`), 'even:10', 'none'];
    const found = await db.transaction('r', db.signatures, () =>
      rowsWithAnyKey<SignatureRow>(db.signatures, 'bands', keys),
    );
    expect(found).toHaveLength(keys.length);
    expect(found[999]!.map((r) => r.articleId)).toEqual(['a0']);
    expect(found[600]!.map((r) => r.articleId)).toEqual(['a399']);
    expect(found[0]).toEqual([]);
    expect(found[1000]!.map((r) => r.articleId).sort()).toEqual(['a10', 'a11']);
    expect(found[1001]).toEqual([]);
    const ids = await db.transaction('r', db.signatures, () =>
      primaryKeysWithAnyKey<string>(db.signatures, 'bands', ['even:10', 'own:3']),
    );
    expect(ids.map((list) => [...list].sort())).toEqual([['a10', 'a11'], ['a3']]);
  });

  it('needs a transaction', () => {
    expect(() => rowsWithAnyKey(db.signatures, 'bands', ['x'])).toThrow(/transaction/);
  });
});
