/**
 * The user moves an article's body boundaries: the body becomes a span of the original text they
 * chose. Quotes are found again in the new body; annotations re-anchor by their text.
 */
import type { OffsetSegment } from '../../../shared/domain';
import { extractQuotes } from '../../../shared/quotes';
import { db } from './database';
import { quoteRowsFor } from './quotes';
import type { BodyRow } from './schema';
import { SpeakerIndex } from './speakers';

/** Trims the chosen span of the original and keeps its paragraph breaks. */
export function bodyFromOriginal(
  original: string,
  start: number,
  end: number,
): { body: string; bodyMap: OffsetSegment[] } {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(original[from]!)) from++;
  while (to > from && /\s/.test(original[to - 1]!)) to--;
  return {
    body: original.slice(from, to),
    bodyMap: [{ bodyStart: 0, originalStart: from, length: to - from }],
  };
}

export async function setBodyFromOriginal(
  articleId: string,
  start: number,
  end: number,
): Promise<BodyRow> {
  return db.transaction('rw', [db.bodies, db.articles, db.quotes, db.speakers], async () => {
    const current = await db.bodies.get(articleId);
    if (!current) throw new Error('That article no longer exists.');
    const { body, bodyMap } = bodyFromOriginal(current.original, start, end);
    if (!body) throw new Error('Select the part of the original text that is the article.');
    const next: BodyRow = { ...current, body, bodyMap };
    await db.bodies.put(next);
    await db.articles.update(articleId, { wordCount: body.split(/\s+/).filter(Boolean).length });
    const old = await db.quotes.where('articleId').equals(articleId).toArray();
    await db.quotes.bulkDelete(old.filter((q) => q.origin === 'auto').map((q) => q.id));
    for (const manual of old.filter((q) => q.origin === 'manual')) {
      const at = body.indexOf(manual.text);
      if (at >= 0) await db.quotes.update(manual.id, { start: at, end: at + manual.text.length });
    }
    const speakers = new SpeakerIndex(await db.speakers.toArray());
    await db.quotes.bulkAdd(quoteRowsFor(articleId, extractQuotes(body), speakers));
    await db.speakers.bulkPut([...speakers.touched.values()]);
    return current;
  });
}

/** Puts a body back as it was (undo). */
export async function restoreBody(previous: BodyRow): Promise<void> {
  await db.bodies.put(previous);
}
