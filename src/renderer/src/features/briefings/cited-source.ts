/** How a briefing cites a stored article. */
import type { CitedSource } from '../../../../shared/briefing/types';
import type { ArticleRow } from '../../db/schema';

export function citedSource(article: ArticleRow): CitedSource {
  return {
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    author: article.author,
    sourcePath: article.sourcePath,
    url: article.url,
    contentHash: article.contentHash,
  };
}
