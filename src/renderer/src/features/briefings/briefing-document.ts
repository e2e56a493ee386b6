/** Resolves a stored briefing into the self-contained document the templates render. */
import { anchorTextTarget } from '../../../../shared/annotations/text-quote';
import { outletsOf, speakersOf } from '../../../../shared/briefing/coverage-briefing/speakers';
import {
  sideBySideTables,
  speakerMatrix,
} from '../../../../shared/briefing/coverage-briefing/tables';
import type { CoverageArticle } from '../../../../shared/briefing/coverage-briefing/types';
import type {
  BriefingDocument,
  BriefingItem,
  CitedSource,
} from '../../../../shared/briefing/types';
import { itemsOf } from '../../db/briefings';
import { db } from '../../db/database';
import type { ArticleRow, BriefingItemRow, TagRow } from '../../db/schema';

const today = (): string => new Date().toISOString().slice(0, 10);

function citedSource(article: ArticleRow): CitedSource {
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

async function annotationItem(
  item: BriefingItemRow,
  tags: Map<string, TagRow>,
): Promise<BriefingItem[]> {
  const highlight = await db.highlights.get(item.highlightId);
  if (!highlight) return [];
  const [article, body] = await Promise.all([
    db.articles.get(highlight.articleId),
    db.bodies.get(highlight.articleId),
  ]);
  if (!article || !body) return [];
  const range = anchorTextTarget(body.body, highlight.target) ?? highlight.target.position;
  return [
    {
      type: 'excerpt',
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
      source: citedSource(article),
    },
  ];
}

async function quoteItem(item: BriefingItemRow): Promise<BriefingItem[]> {
  const quote = item.quoteId ? await db.quotes.get(item.quoteId) : undefined;
  const article = quote ? await db.articles.get(quote.articleId) : undefined;
  if (!quote || !article) return [];
  return [
    {
      type: 'quote',
      speaker: quote.speaker,
      kind: quote.kind,
      text: quote.text,
      start: quote.start,
      end: quote.end,
      commentary: item.commentary,
      source: citedSource(article),
    },
  ];
}

/** A story's comparison: outlets side by side, then who is quoted where. */
async function storyItems(item: BriefingItemRow): Promise<BriefingItem[]> {
  if (!item.storyId) return [];
  const articles = await db.articles.where('storyId').equals(item.storyId).toArray();
  const ids = articles.map((a) => a.id);
  const [bodies, quotes] = await Promise.all([
    db.bodies.bulkGet(ids),
    db.quotes.where('articleId').anyOf(ids).toArray(),
  ]);
  const coverage: CoverageArticle[] = articles.map((article, i) => ({
    id: article.id,
    source: citedSource(article),
    body: bodies[i]?.body ?? '',
    wordCount: article.wordCount,
    quotes: quotes
      .filter((q) => q.articleId === article.id && q.review !== 'rejected')
      .map((q) => ({
        kind: q.kind,
        text: q.text,
        speaker: q.speaker,
        cue: q.cue,
        start: q.start,
        end: q.end,
      })),
  }));
  const outlets = outletsOf(coverage);
  const tables: BriefingItem[] = [
    ...sideBySideTables(coverage),
    speakerMatrix(speakersOf(coverage, outlets).named, outlets),
  ];
  // The analyst's commentary goes with the first table.
  return tables.map((table, i) => (i === 0 ? { ...table, commentary: item.commentary } : table));
}

export async function loadBriefingDocument(briefingId: string): Promise<BriefingDocument> {
  const briefing = await db.briefings.get(briefingId);
  if (!briefing) throw new Error('This briefing no longer exists.');
  const rows = await itemsOf(briefingId);
  const tags = new Map((await db.tags.toArray()).map((t) => [t.id, t]));
  const items: BriefingItem[] = [];
  for (const row of rows) {
    if (row.note)
      items.push({
        type: 'text',
        heading: row.note.heading,
        body: row.note.body,
        commentary: row.commentary,
      });
    else if (row.quoteId) items.push(...(await quoteItem(row)));
    else if (row.storyId) items.push(...(await storyItems(row)));
    else items.push(...(await annotationItem(row, tags)));
  }
  return {
    title: briefing.title,
    author: briefing.author,
    summary: briefing.summary,
    date: today(),
    items,
  };
}
