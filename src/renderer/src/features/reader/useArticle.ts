/** Live data for the reader: the article, its text, its highlights and the tag list. */
import { useLiveQuery } from 'dexie-react-hooks';
import { anchorTextTarget } from '../../../../shared/annotations/text-quote';
import { db } from '../../db/database';
import type { ArticleRow, BodyRow, HighlightRow, QuoteRow, TagRow } from '../../db/schema';

export interface AnchoredHighlight extends HighlightRow {
  /** Where the passage is in the current body; null when it can no longer be found. */
  range: { start: number; end: number } | null;
}

export interface ArticleData {
  article: ArticleRow;
  body: BodyRow;
  highlights: AnchoredHighlight[];
  tags: TagRow[];
  /** The article's quotes that were not rejected, in text order. */
  quotes: QuoteRow[];
}

export function useArticle(articleId: string | null): ArticleData | null | undefined {
  return useLiveQuery(async () => {
    if (!articleId) return null;
    const [article, body, highlights, tags, quotes] = await Promise.all([
      db.articles.get(articleId),
      db.bodies.get(articleId),
      db.highlights.where('articleId').equals(articleId).sortBy('createdAt'),
      db.tags.orderBy('name').toArray(),
      db.quotes.where('articleId').equals(articleId).sortBy('start'),
    ]);
    if (!article || !body) return null;
    return {
      article,
      body,
      tags,
      quotes: quotes.filter((q) => q.review !== 'rejected'),
      highlights: highlights.map((h) => ({ ...h, range: anchorTextTarget(body.body, h.target) })),
    };
  }, [articleId]);
}
