/** Briefings: their sections and their ordered items. Placement rules live in briefing-layout.ts. */
import {
  OPENING_SECTION_TITLE,
  groupBySection,
  moveSectionTo,
  placeItem,
  removeSection,
  stepTarget,
  type ItemPlace,
} from './briefing-layout';
import { db } from './database';
import { localDate } from './local-date';
import type { BriefingFigure, BriefingItemRow, BriefingRow, BriefingSectionRow } from './schema';

export async function createBriefing(title = 'Untitled briefing'): Promise<BriefingRow> {
  const now = Date.now();
  const briefing: BriefingRow = {
    id: crypto.randomUUID(),
    title,
    author: '',
    summary: '',
    createdAt: now,
    updatedAt: now,
    date: localDate(now),
    // Every briefing starts with one section, as upgraded ones have; the analyst renames it.
    sections: [{ id: crypto.randomUUID(), title: OPENING_SECTION_TITLE }],
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
  changes: Partial<Pick<BriefingRow, 'title' | 'author' | 'summary' | 'date'>>,
): Promise<void> {
  if (changes.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(changes.date)) {
    throw new Error('A briefing’s date is written YYYY-MM-DD.');
  }
  await db.briefings.update(id, { ...changes, updatedAt: Date.now() });
}

export async function itemsOf(briefingId: string): Promise<BriefingItemRow[]> {
  return db.briefingItems
    .where('[briefingId+order]')
    .between([briefingId, -Infinity], [briefingId, Infinity])
    .toArray();
}

/** What a briefing item points at: an annotation, a quote, a story's comparison, an article, or a figure. */
export type BriefingTarget =
  | { highlightId: string }
  | { quoteId: string }
  | { storyId: string }
  | { articleId: string }
  | { figure: BriefingFigure };

function sameTarget(item: BriefingItemRow, target: BriefingTarget): boolean {
  if ('highlightId' in target) return item.highlightId === target.highlightId;
  if ('quoteId' in target) return item.quoteId === target.quoteId;
  if ('storyId' in target) return item.storyId === target.storyId;
  if ('articleId' in target) return item.articleId === target.articleId;
  return item.figure?.kind === target.figure.kind && item.figure.storyId === target.figure.storyId;
}

async function briefingOf(briefingId: string): Promise<BriefingRow> {
  const briefing = await db.briefings.get(briefingId);
  if (!briefing) throw new Error('This briefing no longer exists.');
  return briefing;
}

/** New items go at the end of the briefing: the last section, or the opening items when there is none. */
function lastSectionId(briefing: BriefingRow): string | null {
  return briefing.sections.at(-1)?.id ?? null;
}

/** Appends an item's content (target or note) at the end of the briefing. */
async function appendItem(
  briefing: BriefingRow,
  items: BriefingItemRow[],
  content: Partial<BriefingItemRow>,
): Promise<void> {
  await db.briefingItems.add({
    id: crypto.randomUUID(),
    briefingId: briefing.id,
    highlightId: '',
    ...content,
    sectionId: lastSectionId(briefing),
    order: (items.at(-1)?.order ?? 0) + 1,
    commentary: '',
    addedAt: Date.now(),
  });
  await db.briefings.update(briefing.id, { updatedAt: Date.now() });
}

/** Adds an item to a briefing (once); returns false when it was already there. */
export async function addToBriefing(briefingId: string, target: BriefingTarget): Promise<boolean> {
  return db.transaction('rw', db.briefings, db.briefingItems, async () => {
    const briefing = await briefingOf(briefingId);
    const items = await itemsOf(briefingId);
    if (items.some((item) => sameTarget(item, target))) return false;
    await appendItem(briefing, items, target);
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
    const briefing = await briefingOf(briefingId);
    await appendItem(briefing, await itemsOf(briefingId), { note: { heading, body } });
  });
}

async function writePlaces(places: ItemPlace[]): Promise<void> {
  await db.briefingItems.bulkUpdate(
    places.map(({ id, order, sectionId }) => ({ key: id, changes: { order, sectionId } })),
  );
}

/**
 * Moves an item to a position in a section (drag and drop, or "Move to section"): `sectionId`
 * null for the opening items, undefined to stay in the item's own section.
 */
export async function moveItemTo(
  briefingId: string,
  itemId: string,
  index: number,
  sectionId?: string | null,
): Promise<void> {
  await db.transaction('rw', db.briefings, db.briefingItems, async () => {
    const briefing = await briefingOf(briefingId);
    const items = await itemsOf(briefingId);
    const own = groupBySection(briefing.sections, items).find((group) =>
      group.items.some((item) => item.id === itemId),
    );
    const to = sectionId === undefined ? (own?.section?.id ?? null) : sectionId;
    const places = placeItem(briefing.sections, items, itemId, { sectionId: to, index });
    if (places) await writePlaces(places);
  });
}

/** Moves an item one step up (-1) or down (+1), into the neighbouring section at a section's edge. */
export async function moveItem(
  briefingId: string,
  itemId: string,
  direction: -1 | 1,
): Promise<void> {
  await db.transaction('rw', db.briefings, db.briefingItems, async () => {
    const briefing = await briefingOf(briefingId);
    const items = await itemsOf(briefingId);
    const to = stepTarget(briefing.sections, items, itemId, direction);
    const places = to && placeItem(briefing.sections, items, itemId, to);
    if (places) await writePlaces(places);
  });
}

export async function removeItem(itemId: string): Promise<void> {
  await db.briefingItems.delete(itemId);
}

async function saveSections(briefingId: string, sections: BriefingSectionRow[]): Promise<void> {
  await db.briefings.update(briefingId, { sections, updatedAt: Date.now() });
}

/** Adds a named section at the end of the briefing; returns it. */
export async function addSection(briefingId: string, title: string): Promise<BriefingSectionRow> {
  return db.transaction('rw', db.briefings, async () => {
    const briefing = await briefingOf(briefingId);
    const section = { id: crypto.randomUUID(), title: title.trim() || 'New section' };
    await saveSections(briefingId, [...briefing.sections, section]);
    return section;
  });
}

export async function renameSection(
  briefingId: string,
  sectionId: string,
  title: string,
): Promise<void> {
  await db.transaction('rw', db.briefings, async () => {
    const briefing = await briefingOf(briefingId);
    const clean = title.trim();
    if (!clean) throw new Error('A section needs a name.');
    await saveSections(
      briefingId,
      briefing.sections.map((s) => (s.id === sectionId ? { ...s, title: clean } : s)),
    );
  });
}

/** Moves a section one step up (-1) or down (+1); its items go with it. */
export async function moveSection(
  briefingId: string,
  sectionId: string,
  direction: -1 | 1,
): Promise<void> {
  await db.transaction('rw', db.briefings, async () => {
    const briefing = await briefingOf(briefingId);
    const from = briefing.sections.findIndex((s) => s.id === sectionId);
    if (from < 0) return;
    await saveSections(briefingId, moveSectionTo(briefing.sections, sectionId, from + direction));
  });
}

/** Deletes a section; its items move to a neighbouring section (see removeSection), never lost. */
export async function deleteSection(briefingId: string, sectionId: string): Promise<void> {
  await db.transaction('rw', db.briefings, db.briefingItems, async () => {
    const briefing = await briefingOf(briefingId);
    const { sections, places } = removeSection(
      briefing.sections,
      await itemsOf(briefingId),
      sectionId,
    );
    await writePlaces(places);
    await saveSections(briefingId, sections);
  });
}

export async function deleteBriefing(id: string): Promise<void> {
  await db.transaction('rw', db.briefings, db.briefingItems, async () => {
    await db.briefingItems.where('briefingId').equals(id).delete();
    await db.briefings.delete(id);
  });
}
