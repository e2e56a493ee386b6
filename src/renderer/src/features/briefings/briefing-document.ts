/** Resolves a stored briefing into the self-contained document the PDF template prints. */
import { anchorTextTarget } from '../../../../shared/annotations/text-quote';
import type { BriefingDocument, BriefingExcerpt } from '../../../../shared/briefing/types';
import { db } from '../../db/database';
import { itemsOf } from '../../db/briefings';

const today = (): string => new Date().toISOString().slice(0, 10);

export async function loadBriefingDocument(briefingId: string): Promise<BriefingDocument> {
  const briefing = await db.briefings.get(briefingId);
  if (!briefing) throw new Error('This briefing no longer exists.');
  const items = await itemsOf(briefingId);
  const tags = new Map((await db.tags.toArray()).map((t) => [t.id, t]));
  const excerpts: BriefingExcerpt[] = [];
  for (const item of items) {
    const highlight = await db.highlights.get(item.highlightId);
    if (!highlight) continue;
    const [article, body] = await Promise.all([
      db.articles.get(highlight.articleId),
      db.bodies.get(highlight.articleId),
    ]);
    if (!article || !body) continue;
    const range = anchorTextTarget(body.body, highlight.target) ?? highlight.target.position;
    excerpts.push({
      kind: highlight.kind,
      claim: highlight.claim,
      note: highlight.note,
      exact: highlight.target.quote.exact,
      start: range.start,
      end: range.end,
      tags: highlight.tagIds.flatMap((id) => {
        const tag = tags.get(id);
        return tag ? [{ name: tag.name, color: tag.color }] : [];
      }),
      commentary: item.commentary,
      source: {
        title: article.title,
        outlet: article.outlet,
        published: article.published,
        author: article.author,
        sourcePath: article.sourcePath,
        url: article.url,
        contentHash: article.contentHash,
      },
    });
  }
  return {
    title: briefing.title,
    author: briefing.author,
    summary: briefing.summary,
    date: today(),
    items: excerpts,
  };
}
