import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addHighlightToBriefing,
  addNoteToBriefing,
  currentBriefing,
  deleteBriefing,
  itemsOf,
  moveItem,
  moveItemTo,
} from './briefings';
import { db } from './database';
import { deleteAnnotation } from './annotations';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('briefings', () => {
  it('creates a briefing on first use and adds each highlight once, in order', async () => {
    const briefing = await currentBriefing();
    expect(await addHighlightToBriefing(briefing.id, 'h1')).toBe(true);
    expect(await addHighlightToBriefing(briefing.id, 'h2')).toBe(true);
    expect(await addHighlightToBriefing(briefing.id, 'h1')).toBe(false);
    expect((await itemsOf(briefing.id)).map((i) => i.highlightId)).toEqual(['h1', 'h2']);
    expect((await currentBriefing()).id).toBe(briefing.id);
  });

  it('moves items up and down, and not past either end', async () => {
    const { id } = await currentBriefing();
    for (const h of ['h1', 'h2', 'h3']) await addHighlightToBriefing(id, h);
    const [first, , third] = await itemsOf(id);
    await moveItem(id, third!.id, -1);
    expect((await itemsOf(id)).map((i) => i.highlightId)).toEqual(['h1', 'h3', 'h2']);
    await moveItem(id, first!.id, -1);
    expect((await itemsOf(id)).map((i) => i.highlightId)).toEqual(['h1', 'h3', 'h2']);
  });

  it('drops a deleted highlight from briefings, and deleting a briefing keeps highlights', async () => {
    const { id } = await currentBriefing();
    await db.highlights.add({
      id: 'h1',
      articleId: 'a1',
      tagIds: [],
      note: '',
      createdAt: 1,
      kind: 'coded',
      claim: null,
      target: {
        position: { type: 'TextPositionSelector', start: 0, end: 4 },
        quote: { type: 'TextQuoteSelector', exact: 'Text', prefix: '', suffix: '' },
      },
    });
    await addHighlightToBriefing(id, 'h1');
    await deleteAnnotation('h1');
    expect(await itemsOf(id)).toEqual([]);
    await addHighlightToBriefing(id, 'h2');
    await deleteBriefing(id);
    expect(await db.briefingItems.count()).toBe(0);
    expect(await db.briefings.count()).toBe(0);
  });
});

describe('briefing composition', () => {
  it('moves an item to any position, as drag and drop does', async () => {
    const { id } = await currentBriefing();
    for (const h of ['h1', 'h2', 'h3', 'h4']) await addHighlightToBriefing(id, h);
    const items = await itemsOf(id);
    await moveItemTo(id, items[3]!.id, 0);
    expect((await itemsOf(id)).map((i) => i.highlightId)).toEqual(['h4', 'h1', 'h2', 'h3']);
    await moveItemTo(id, items[3]!.id, 2);
    expect((await itemsOf(id)).map((i) => i.highlightId)).toEqual(['h1', 'h2', 'h4', 'h3']);
  });

  it('adds the analyst’s own note at the end', async () => {
    const { id } = await currentBriefing();
    await addHighlightToBriefing(id, 'h1');
    await addNoteToBriefing(id, 'Why it matters', 'Two outlets give different quotas.');
    const items = await itemsOf(id);
    expect(items.at(-1)).toMatchObject({
      highlightId: '',
      note: { heading: 'Why it matters', body: 'Two outlets give different quotas.' },
    });
  });
});
