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
  BriefingSection,
} from '../../../../shared/briefing/types';
import { OPENING_SECTION_TITLE, groupBySection } from '../../db/briefing-layout';
import { itemsOf } from '../../db/briefings';
import { db } from '../../db/database';
import type { BriefingItemRow, TagRow } from '../../db/schema';
import { loadStoryArticles } from '../stories/useStories';
import { citedSource } from './cited-source';
import { figureItems } from './figure-items';

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
  const columns = await loadStoryArticles(item.storyId);
  const coverage: CoverageArticle[] = columns.map(({ article, body, quotes }) => ({
    id: article.id,
    source: citedSource(article),
    body,
    wordCount: article.wordCount,
    quotes: quotes.map((q) => ({
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

/** A whole article, cited. */
async function citationItem(item: BriefingItemRow): Promise<BriefingItem[]> {
  const article = item.articleId ? await db.articles.get(item.articleId) : undefined;
  return article
    ? [{ type: 'citation', source: citedSource(article), commentary: item.commentary }]
    : [];
}

/** What one stored item shows in the export: none when its source is gone, several for a comparison. */
async function resolveItem(
  row: BriefingItemRow,
  tags: Map<string, TagRow>,
): Promise<BriefingItem[]> {
  if (row.note)
    return [
      { type: 'text', heading: row.note.heading, body: row.note.body, commentary: row.commentary },
    ];
  if (row.quoteId) return quoteItem(row);
  if (row.storyId) return storyItems(row);
  if (row.articleId) return citationItem(row);
  if (row.figure) return figureItems(row.figure, row.commentary);
  return annotationItem(row, tags);
}

export async function loadBriefingDocument(briefingId: string): Promise<BriefingDocument> {
  const briefing = await db.briefings.get(briefingId);
  if (!briefing) throw new Error('This briefing no longer exists.');
  const rows = await itemsOf(briefingId);
  const tags = new Map((await db.tags.toArray()).map((t) => [t.id, t]));
  const sections: BriefingSection[] = [];
  for (const group of groupBySection(briefing.sections, rows)) {
    const items: BriefingItem[] = [];
    for (const row of group.items) items.push(...(await resolveItem(row, tags)));
    sections.push({ title: group.section?.title ?? OPENING_SECTION_TITLE, items });
  }
  return {
    title: briefing.title,
    author: briefing.author,
    summary: briefing.summary,
    date: briefing.date,
    sections,
  };
}
