/** Quote rows: stored at import, reviewed and corrected in the ledger, added by hand in the reader. */
import type { Quote } from '../../../shared/domain';
import { db } from './database';
import type { QuoteReview, QuoteRow } from './schema';
import { SpeakerIndex } from './speakers';

/** Builds quote rows for one article, matching speakers against (and extending) the index. */
export function quoteRowsFor(
  articleId: string,
  quotes: Quote[],
  speakers: SpeakerIndex,
): QuoteRow[] {
  return quotes.map((quote) => {
    const speaker = quote.speaker ? speakers.resolve(quote.speaker) : null;
    return {
      id: crypto.randomUUID(),
      articleId,
      kind: quote.kind,
      text: quote.text,
      speaker: speaker?.name ?? null,
      cue: quote.cue,
      start: quote.start,
      end: quote.end,
      origin: 'auto',
      review: 'pending',
      speakerId: speaker?.id ?? null,
    };
  });
}

export async function setQuoteReview(ids: string[], review: QuoteReview): Promise<void> {
  await db.quotes.bulkUpdate(ids.map((key) => ({ key, changes: { review } })));
}

/** Adds a quote the extractor missed, from a selection in the reader. */
export async function addManualQuote(input: {
  articleId: string;
  body: string;
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
  speakerName: string;
}): Promise<QuoteRow> {
  return db.transaction('rw', db.quotes, db.speakers, async () => {
    let speakerId: string | null = null;
    let speaker: string | null = null;
    if (input.speakerName.trim()) {
      const index = new SpeakerIndex(await db.speakers.toArray());
      const resolved = index.resolve(input.speakerName);
      await db.speakers.bulkPut([...index.touched.values()]);
      speakerId = resolved.id;
      speaker = resolved.name;
    }
    const row: QuoteRow = {
      id: crypto.randomUUID(),
      articleId: input.articleId,
      kind: input.kind,
      text: input.body.slice(input.start, input.end),
      speaker,
      cue: null,
      start: input.start,
      end: input.end,
      origin: 'manual',
      review: 'accepted',
      speakerId,
    };
    await db.quotes.add(row);
    return row;
  });
}

/** Moves a quote's span to a new selection of the body (the user corrects where it starts or ends). */
export async function updateQuoteSpan(
  id: string,
  body: string,
  start: number,
  end: number,
): Promise<void> {
  if (start < 0 || end > body.length || start >= end)
    throw new Error('Select the quote’s new extent in the text first.');
  await db.quotes.update(id, { start, end, text: body.slice(start, end), review: 'accepted' });
}
