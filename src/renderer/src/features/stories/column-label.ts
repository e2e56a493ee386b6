import type { ArticleRow } from '../../db/schema';

/** How a story's article is named in headers: its outlet, or its headline when the outlet is unknown. */
export function columnLabel(article: Pick<ArticleRow, 'outlet' | 'title'>): string {
  if (article.outlet) return article.outlet;
  return article.title.length > 28 ? `“${article.title.slice(0, 26)}…”` : `“${article.title}”`;
}
