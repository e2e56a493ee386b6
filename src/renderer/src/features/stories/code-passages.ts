/** Coded passages by code and outlet: what the codes × outlets matrix counts, on screen and in briefings. */
import { db } from '../../db/database';
import type { ArticleRow, HighlightRow, TagRow } from '../../db/schema';

export interface CodedPassage {
  annotation: HighlightRow;
  article: ArticleRow;
  code: TagRow;
}

export interface CodePassages {
  passages: CodedPassage[];
  /** Outlets with coded passages, by name. */
  outlets: string[];
  /** Codes used, by name. */
  codeNames: string[];
}

export const outletOf = (article: ArticleRow): string => article.outlet ?? 'Unknown outlet';

/** One entry per code on each annotation of these articles (null: the whole corpus). */
export async function loadCodePassages(articleIds: string[] | null): Promise<CodePassages> {
  const annotations = articleIds
    ? await db.highlights.where('articleId').anyOf(articleIds).toArray()
    : await db.highlights.toArray();
  const articles = new Map(
    (await db.articles.bulkGet([...new Set(annotations.map((a) => a.articleId))])).flatMap((a) =>
      a ? [[a.id, a] as const] : [],
    ),
  );
  const codes = new Map((await db.tags.toArray()).map((t) => [t.id, t]));
  const passages = annotations.flatMap((annotation) =>
    annotation.tagIds.flatMap((tagId) => {
      const article = articles.get(annotation.articleId);
      const code = codes.get(tagId);
      return article && code ? [{ annotation, article, code }] : [];
    }),
  );
  return {
    passages,
    outlets: [...new Set(passages.map((p) => outletOf(p.article)))].sort(),
    codeNames: [...new Set(passages.map((p) => p.code.name))].sort(),
  };
}

/** The passages coded `code` in `outlet`'s articles. */
export function passagesIn(data: CodePassages, code: string, outlet: string): CodedPassage[] {
  return data.passages.filter((p) => p.code.name === code && outletOf(p.article) === outlet);
}
