/** Live story data: the list, and one story's articles with their text and quotes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import type { ArticleRow, QuoteRow, StoryRow } from '../../db/schema';

export interface StoryArticle {
  article: ArticleRow;
  body: string;
  quotes: QuoteRow[];
}

export function useStoryList(): StoryRow[] | undefined {
  return useLiveQuery(() => db.stories.orderBy('articleCount').reverse().toArray(), []);
}

/** A story's articles, oldest first, with their text and the quotes not rejected in review. */
export async function loadStoryArticles(storyId: string): Promise<StoryArticle[]> {
  const articles = await db.articles.where('storyId').equals(storyId).toArray();
  articles.sort(
    (a, b) =>
      (a.published ?? '9999').localeCompare(b.published ?? '9999') ||
      a.title.localeCompare(b.title),
  );
  const ids = articles.map((a) => a.id);
  const [bodies, quotes] = await Promise.all([
    db.bodies.bulkGet(ids),
    db.quotes.where('articleId').anyOf(ids).toArray(),
  ]);
  return articles.map((article, i) => ({
    article,
    body: bodies[i]?.body ?? '',
    quotes: quotes
      .filter((q) => q.articleId === article.id && q.review !== 'rejected')
      .sort((a, b) => a.start - b.start),
  }));
}

export function useStoryArticles(storyId: string | null): StoryArticle[] | undefined {
  return useLiveQuery(async () => (storyId ? loadStoryArticles(storyId) : []), [storyId]);
}
