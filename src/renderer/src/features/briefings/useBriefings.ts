/** Live briefing data: the list, and one briefing's items with what they show. */
import { useLiveQuery } from 'dexie-react-hooks';
import { itemsOf } from '../../db/briefings';
import { db } from '../../db/database';
import type {
  ArticleRow,
  BriefingItemRow,
  BriefingRow,
  HighlightRow,
  QuoteRow,
  StoryRow,
  TagRow,
} from '../../db/schema';

export interface BriefingItemView {
  item: BriefingItemRow;
  highlight: HighlightRow | undefined;
  quote: QuoteRow | undefined;
  story: StoryRow | undefined;
  article: ArticleRow | undefined;
  tags: TagRow[];
}

export function useBriefingList(): BriefingRow[] | undefined {
  return useLiveQuery(() => db.briefings.orderBy('updatedAt').reverse().toArray(), []);
}

export function useBriefingItems(briefingId: string | null): BriefingItemView[] | undefined {
  return useLiveQuery(async () => {
    if (!briefingId) return [];
    const items = await itemsOf(briefingId);
    const tags = new Map((await db.tags.toArray()).map((t) => [t.id, t]));
    return Promise.all(
      items.map(async (item) => {
        const highlight = item.highlightId ? await db.highlights.get(item.highlightId) : undefined;
        const quote = item.quoteId ? await db.quotes.get(item.quoteId) : undefined;
        const storyId = item.storyId ?? item.figure?.storyId;
        const story = storyId ? await db.stories.get(storyId) : undefined;
        const articleId = highlight?.articleId ?? quote?.articleId ?? item.articleId;
        return {
          item,
          highlight,
          quote,
          story,
          article: articleId ? await db.articles.get(articleId) : undefined,
          tags: (highlight?.tagIds ?? []).flatMap((id) => (tags.has(id) ? [tags.get(id)!] : [])),
        };
      }),
    );
  }, [briefingId]);
}
