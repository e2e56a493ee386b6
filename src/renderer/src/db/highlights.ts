/** Highlights: tagged passages of an article body, anchored by W3C text selectors. */
import { createTextTarget } from '../../../shared/annotations/text-quote';
import { db } from './database';
import type { HighlightRow } from './schema';

export async function addHighlight(input: {
  articleId: string;
  body: string;
  start: number;
  end: number;
  tagIds: string[];
}): Promise<HighlightRow> {
  const highlight: HighlightRow = {
    id: crypto.randomUUID(),
    articleId: input.articleId,
    tagIds: input.tagIds,
    target: createTextTarget(input.body, input.start, input.end),
    note: '',
    createdAt: Date.now(),
  };
  await db.highlights.add(highlight);
  return highlight;
}

export async function deleteHighlight(id: string): Promise<void> {
  await db.transaction('rw', db.highlights, db.briefingItems, async () => {
    await db.briefingItems.where('highlightId').equals(id).delete();
    await db.highlights.delete(id);
  });
}
