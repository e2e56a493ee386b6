/** Live briefing data: the list, and one briefing's items with their passages. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { itemsOf } from '../../db/briefings';
import type {
  ArticleRow,
  BriefingItemRow,
  BriefingRow,
  HighlightRow,
  TagRow,
} from '../../db/schema';

export interface BriefingItemView {
  item: BriefingItemRow;
  highlight: HighlightRow | undefined;
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
        const highlight = await db.highlights.get(item.highlightId);
        const article = highlight ? await db.articles.get(highlight.articleId) : undefined;
        return {
          item,
          highlight,
          article,
          tags: (highlight?.tagIds ?? []).flatMap((id) => (tags.has(id) ? [tags.get(id)!] : [])),
        };
      }),
    );
  }, [briefingId]);
}
