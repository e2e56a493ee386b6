/**
 * What the index holds for each article, read from IndexedDB: title and body, outlet, author,
 * date, the codes applied to its passages and the people it quotes.
 */
import type { ParallaxDatabase } from '../../db/database';
import type { ArticleRow } from '../../db/schema';
import type { SearchDocument } from './protocol';

function unique(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
}

function byArticle<T extends { articleId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.articleId);
    if (list) list.push(row);
    else map.set(row.articleId, [row]);
  }
  return map;
}

/** The search documents for these articles (missing ids are skipped). */
export async function readSearchDocuments(
  db: ParallaxDatabase,
  articles: readonly ArticleRow[],
): Promise<SearchDocument[]> {
  const ids = articles.map((a) => a.id);
  const [bodies, highlights, quotes] = await Promise.all([
    db.bodies.bulkGet(ids),
    db.highlights.where('articleId').anyOf(ids).toArray(),
    db.quotes.where('articleId').anyOf(ids).toArray(),
  ]);
  const tagIds = unique(highlights.flatMap((h) => h.tagIds));
  const speakerIds = unique(quotes.map((q) => q.speakerId));
  const [tags, speakers] = await Promise.all([
    db.tags.bulkGet(tagIds),
    db.speakers.bulkGet(speakerIds),
  ]);
  const tagName = new Map(tags.flatMap((t) => (t ? [[t.id, t.name] as const] : [])));
  const speakerName = new Map(speakers.flatMap((s) => (s ? [[s.id, s.name] as const] : [])));
  const highlightsOf = byArticle(highlights);
  const quotesOf = byArticle(quotes);
  return articles.map((article, i) => ({
    articleId: article.id,
    title: article.title,
    body: bodies[i]?.body ?? '',
    outlet: article.outlet,
    author: article.author,
    published: article.published,
    tags: unique(
      (highlightsOf.get(article.id) ?? []).flatMap((h) => h.tagIds.map((id) => tagName.get(id))),
    ),
    speakers: unique(
      (quotesOf.get(article.id) ?? []).map((q) =>
        q.speakerId ? speakerName.get(q.speakerId) : q.speaker,
      ),
    ),
  }));
}
