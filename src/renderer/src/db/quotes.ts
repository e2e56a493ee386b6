/** Quote rows: stored at import, reviewed and corrected in the ledger, added by hand in the reader. */
import type { Quote } from '../../../shared/domain';
import { db } from './database';
import type { QuoteReview, QuoteRow, SpeakerRow } from './schema';
import { resolveSpeaker } from './speakers';

/** Builds quote rows for one article, matching speakers against (and extending) `speakers`. */
export function quoteRowsFor(
  articleId: string,
  quotes: Quote[],
  speakers: SpeakerRow[],
  touched: Map<string, SpeakerRow>,
): QuoteRow[] {
  return quotes.map((quote) => {
    let speakerId: string | null = null;
    let speakerName = quote.speaker;
    if (quote.speaker) {
      const { speaker, created, changed } = resolveSpeaker(speakers, quote.speaker);
      if (created || changed) touched.set(speaker.id, speaker);
      speakerId = speaker.id;
      speakerName = speaker.name;
    }
    return {
      id: crypto.randomUUID(),
      articleId,
      kind: quote.kind,
      text: quote.text,
      speaker: speakerName,
      cue: quote.cue,
      start: quote.start,
      end: quote.end,
      origin: 'auto',
      review: 'pending',
      speakerId,
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
    const speakers = await db.speakers.toArray();
    let speakerId: string | null = null;
    let speaker: string | null = null;
    if (input.speakerName.trim()) {
      const resolved = resolveSpeaker(speakers, input.speakerName);
      await db.speakers.put(resolved.speaker);
      speakerId = resolved.speaker.id;
      speaker = resolved.speaker.name;
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
