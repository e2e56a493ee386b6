/** Quotes joined with their articles' metadata, and speakers with who quotes them. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import type { ArticleRow, QuoteRow, SpeakerRow } from '../../db/schema';

export interface LedgerRow extends QuoteRow {
  article: ArticleRow | undefined;
  outlet: string | null;
  published: string | null;
  title: string;
}

export interface SpeakerSummary extends SpeakerRow {
  quoteCount: number;
  outlets: string[];
  articleIds: string[];
}

export function useQuoteLedger(): { rows: LedgerRow[]; speakers: SpeakerSummary[] } | undefined {
  return useLiveQuery(async () => {
    const [quotes, articles, speakers] = await Promise.all([
      db.quotes.toArray(),
      // Metadata rows only: the ledger never loads article bodies.
      db.articles.toArray(),
      db.speakers.toArray(),
    ]);
    const byId = new Map(articles.map((a) => [a.id, a]));
    const rows = quotes.map((q) => {
      const article = byId.get(q.articleId);
      return {
        ...q,
        article,
        outlet: article?.outlet ?? null,
        published: article?.published ?? null,
        title: article?.title ?? '',
      };
    });
    const summaries = speakers.map((speaker) => {
      const own = rows.filter((r) => r.speakerId === speaker.id && r.review !== 'rejected');
      return {
        ...speaker,
        quoteCount: own.length,
        outlets: [...new Set(own.map((r) => r.outlet ?? 'Unknown outlet'))].sort(),
        articleIds: [...new Set(own.map((r) => r.articleId))],
      };
    });
    summaries.sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
    return { rows, speakers: summaries };
  }, []);
}
