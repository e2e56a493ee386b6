import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addHighlightToBriefing,
  addNoteToBriefing,
  addSection,
  addToBriefing,
  createBriefing,
  currentBriefing,
  deleteBriefing,
  deleteSection,
  itemsOf,
  moveItem,
  moveItemTo,
  moveSection,
  renameSection,
  updateBriefing,
} from './briefings';
import { groupBySection } from './briefing-layout';
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

/** The briefing as the composer shows it: section titles with their items' highlight ids. */
async function outline(briefingId: string): Promise<[string, string[]][]> {
  const briefing = (await db.briefings.get(briefingId))!;
  return groupBySection(briefing.sections, await itemsOf(briefingId)).map((group) => [
    group.section?.title ?? '(opening)',
    group.items.map((item) => item.highlightId || item.note?.heading || '?'),
  ]);
}

describe('briefing sections', () => {
  it('starts a briefing dated today with one section, which new items go into', async () => {
    const briefing = await createBriefing('Dam coverage');
    expect(briefing.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(briefing.sections).toEqual([{ id: expect.any(String), title: 'Excerpts' }]);
    await addHighlightToBriefing(briefing.id, 'h1');
    expect(await outline(briefing.id)).toEqual([['Excerpts', ['h1']]]);
  });

  it('adds, renames and reorders sections; new items go to the last one', async () => {
    const { id } = await createBriefing();
    await addHighlightToBriefing(id, 'h1');
    const findings = await addSection(id, '  Findings ');
    await renameSection(id, (await db.briefings.get(id))!.sections[0]!.id, 'Background');
    await addHighlightToBriefing(id, 'h2');
    await addNoteToBriefing(id, 'Next steps', 'Call the council.');
    expect(await outline(id)).toEqual([
      ['Background', ['h1']],
      ['Findings', ['h2', 'Next steps']],
    ]);
    await moveSection(id, findings.id, -1);
    expect((await outline(id)).map(([title]) => title)).toEqual(['Findings', 'Background']);
    await expect(renameSection(id, findings.id, '   ')).rejects.toThrow('needs a name');
  });

  it('moves items between sections by drop position and by keyboard steps', async () => {
    const { id } = await createBriefing();
    for (const h of ['h1', 'h2']) await addHighlightToBriefing(id, h);
    const later = await addSection(id, 'Later');
    const [h1, h2] = await itemsOf(id);
    await moveItemTo(id, h1!.id, 0, later.id);
    expect(await outline(id)).toEqual([
      ['Excerpts', ['h2']],
      ['Later', ['h1']],
    ]);
    // Down from the last item of a section goes to the start of the next one.
    await moveItem(id, h2!.id, 1);
    expect(await outline(id)).toEqual([
      ['Excerpts', []],
      ['Later', ['h2', 'h1']],
    ]);
    await moveItem(id, h2!.id, -1);
    expect(await outline(id)).toEqual([
      ['Excerpts', ['h2']],
      ['Later', ['h1']],
    ]);
    // Without a section, a drop reorders within the item's own section.
    await addHighlightToBriefing(id, 'h3');
    const h3 = (await itemsOf(id)).find((i) => i.highlightId === 'h3')!;
    await moveItemTo(id, h3.id, 0);
    expect(await outline(id)).toEqual([
      ['Excerpts', ['h2']],
      ['Later', ['h3', 'h1']],
    ]);
  });

  it('deletes a section without losing its items', async () => {
    const { id } = await createBriefing();
    await addHighlightToBriefing(id, 'h1');
    const second = await addSection(id, 'Second');
    await addHighlightToBriefing(id, 'h2');
    await deleteSection(id, second.id);
    expect(await outline(id)).toEqual([['Excerpts', ['h1', 'h2']]]);
    await deleteSection(id, (await db.briefings.get(id))!.sections[0]!.id);
    expect(await outline(id)).toEqual([['(opening)', ['h1', 'h2']]]);
    expect(await db.briefingItems.count()).toBe(2);
  });

  it('adds citations and figures once each, keyed by what they show', async () => {
    const { id } = await createBriefing();
    expect(await addToBriefing(id, { articleId: 'a1' })).toBe(true);
    expect(await addToBriefing(id, { articleId: 'a1' })).toBe(false);
    const timeline = { figure: { kind: 'timeline' as const, storyId: 's1' } };
    expect(await addToBriefing(id, timeline)).toBe(true);
    expect(await addToBriefing(id, timeline)).toBe(false);
    expect(await addToBriefing(id, { figure: { kind: 'code-matrix', storyId: 's1' } })).toBe(true);
    expect(await addToBriefing(id, { figure: { kind: 'code-matrix', storyId: null } })).toBe(true);
    expect(await db.briefingItems.count()).toBe(4);
  });

  it('keeps the date written YYYY-MM-DD', async () => {
    const { id } = await createBriefing();
    await updateBriefing(id, { date: '2026-04-08' });
    expect((await db.briefings.get(id))!.date).toBe('2026-04-08');
    await expect(updateBriefing(id, { date: '8 April' })).rejects.toThrow('YYYY-MM-DD');
  });
});
