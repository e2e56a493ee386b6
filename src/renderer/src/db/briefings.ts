/** Briefings and their ordered items. */
import { db } from './database';
import type { BriefingItemRow, BriefingRow } from './schema';

export async function createBriefing(title = 'Untitled briefing'): Promise<BriefingRow> {
  const now = Date.now();
  const briefing: BriefingRow = {
    id: crypto.randomUUID(),
    title,
    author: '',
    summary: '',
    createdAt: now,
    updatedAt: now,
  };
  await db.briefings.add(briefing);
  return briefing;
}

/** The briefing the user touched last, created when there is none yet. */
export async function currentBriefing(): Promise<BriefingRow> {
  return (await db.briefings.orderBy('updatedAt').last()) ?? createBriefing();
}

export async function updateBriefing(
  id: string,
  changes: Partial<Pick<BriefingRow, 'title' | 'author' | 'summary'>>,
): Promise<void> {
  await db.briefings.update(id, { ...changes, updatedAt: Date.now() });
}

export async function itemsOf(briefingId: string): Promise<BriefingItemRow[]> {
  return db.briefingItems
    .where('[briefingId+order]')
    .between([briefingId, -Infinity], [briefingId, Infinity])
    .toArray();
}

/** What a briefing item points at: an annotation, a quote, or a story's comparison. */
export type BriefingTarget = { highlightId: string } | { quoteId: string } | { storyId: string };

/** Adds an item to a briefing (once); returns false when it was already there. */
export async function addToBriefing(briefingId: string, target: BriefingTarget): Promise<boolean> {
  return db.transaction('rw', db.briefings, db.briefingItems, async () => {
    const items = await itemsOf(briefingId);
    const same = (item: BriefingItemRow) =>
      ('highlightId' in target && item.highlightId === target.highlightId) ||
      ('quoteId' in target && item.quoteId === target.quoteId) ||
      ('storyId' in target && item.storyId === target.storyId);
    if (items.some(same)) return false;
    await db.briefingItems.add({
      id: crypto.randomUUID(),
      briefingId,
      highlightId: 'highlightId' in target ? target.highlightId : '',
      ...('quoteId' in target ? { quoteId: target.quoteId } : {}),
      ...('storyId' in target ? { storyId: target.storyId } : {}),
      order: (items.at(-1)?.order ?? 0) + 1,
      commentary: '',
      addedAt: Date.now(),
    });
    await db.briefings.update(briefingId, { updatedAt: Date.now() });
    return true;
  });
}

export const addHighlightToBriefing = (briefingId: string, highlightId: string): Promise<boolean> =>
  addToBriefing(briefingId, { highlightId });

export async function updateItemCommentary(itemId: string, commentary: string): Promise<void> {
  await db.briefingItems.update(itemId, { commentary });
}

/** Adds the analyst's own note (with an optional heading) at the end of a briefing. */
export async function addNoteToBriefing(
  briefingId: string,
  heading: string,
  body: string,
): Promise<void> {
  await db.transaction('rw', db.briefings, db.briefingItems, async () => {
    const items = await itemsOf(briefingId);
    await db.briefingItems.add({
      id: crypto.randomUUID(),
      briefingId,
      highlightId: '',
      note: { heading, body },
      order: (items.at(-1)?.order ?? 0) + 1,
      commentary: '',
      addedAt: Date.now(),
    });
    await db.briefings.update(briefingId, { updatedAt: Date.now() });
  });
}

/** Moves an item to a new position (drag and drop), renumbering the briefing's order. */
export async function moveItemTo(briefingId: string, itemId: string, index: number): Promise<void> {
  await db.transaction('rw', db.briefingItems, async () => {
    const items = await itemsOf(briefingId);
    const from = items.findIndex((item) => item.id === itemId);
    if (from < 0) return;
    const [moved] = items.splice(from, 1);
    items.splice(Math.max(0, Math.min(index, items.length)), 0, moved!);
    await db.briefingItems.bulkUpdate(
      items.map((item, i) => ({ key: item.id, changes: { order: i + 1 } })),
    );
  });
}

export async function removeItem(itemId: string): Promise<void> {
  await db.briefingItems.delete(itemId);
}

/** Moves an item up (-1) or down (+1) by swapping order values with its neighbour. */
export async function moveItem(
  briefingId: string,
  itemId: string,
  direction: -1 | 1,
): Promise<void> {
  await db.transaction('rw', db.briefingItems, async () => {
    const items = await itemsOf(briefingId);
    const index = items.findIndex((item) => item.id === itemId);
    const neighbour = items[index + direction];
    const item = items[index];
    if (!item || !neighbour) return;
    await db.briefingItems.update(item.id, { order: neighbour.order });
    await db.briefingItems.update(neighbour.id, { order: item.order });
  });
}

export async function deleteBriefing(id: string): Promise<void> {
  await db.transaction('rw', db.briefings, db.briefingItems, async () => {
    await db.briefingItems.where('briefingId').equals(id).delete();
    await db.briefings.delete(id);
  });
}
