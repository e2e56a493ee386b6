/**
 * A story's timeline and matrices as briefing items, built from the same rows the Stories view
 * shows, so the export says what the analyst saw when adding them (as of the export).
 */
import type {
  BriefingItem,
  BriefingTable,
  BriefingTimeline,
} from '../../../../shared/briefing/types';
import { db } from '../../db/database';
import type { BriefingFigure } from '../../db/schema';
import { loadCodePassages, passagesIn } from '../stories/code-passages';
import { columnLabel } from '../stories/column-label';
import { speakerRows } from '../stories/speaker-rows';
import { loadStoryArticles, type StoryArticle } from '../stories/useStories';
import { citedSource } from './cited-source';

/** Article columns per matrix; wider ones are split so the columns stay readable on a page. */
export const ARTICLE_COLUMNS_PER_TABLE = 8;

/** What the composer calls each figure. */
const FIGURE_NAMES: Record<BriefingFigure['kind'], string> = {
  timeline: 'Timeline',
  'speaker-matrix': 'Speakers × outlets',
  'code-matrix': 'Codes × outlets',
};

/** The export's captions (its contents already say "Timeline:" or "Table:" before them). */
const FIGURE_CAPTIONS: Record<BriefingFigure['kind'], string> = {
  timeline: 'When each outlet published',
  'speaker-matrix': 'Who is quoted, by whom',
  'code-matrix': 'Codes by outlet',
};

const scopeOf = (figure: BriefingFigure, storyLabel: string | undefined): string =>
  figure.storyId === null ? 'whole corpus' : (storyLabel ?? 'a deleted story');

/** "Timeline: Norland cobalt quota", as the composer lists the figure. */
export function figureLabel(figure: BriefingFigure, storyLabel: string | undefined): string {
  return `${FIGURE_NAMES[figure.kind]}: ${scopeOf(figure, storyLabel)}`;
}

function timelineItem(columns: StoryArticle[], caption: string): BriefingTimeline {
  const lanes = new Map<string, string[]>();
  for (const { article } of columns) {
    const label = columnLabel(article);
    lanes.set(label, [...(lanes.get(label) ?? []), article.published?.slice(0, 10) ?? 'undated']);
  }
  return {
    type: 'timeline',
    caption,
    lanes: [...lanes]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([label, dates]) => ({ label, dates })),
    commentary: '',
  };
}

/** Splits a table with a row-heading column into parts of at most `per` further columns. */
function splitColumns(table: BriefingTable, per: number): BriefingTable[] {
  const width = table.header.length - 1;
  if (width <= per) return [table];
  const parts = Math.ceil(width / per);
  return Array.from({ length: parts }, (_, p) => {
    const keep = (row: string[]) => [row[0] ?? '', ...row.slice(1 + p * per, 1 + (p + 1) * per)];
    return {
      ...table,
      caption: `${table.caption} (${p + 1} of ${parts})`,
      header: keep(table.header),
      rows: table.rows.map(keep),
      sources: table.sources?.slice(p * per, (p + 1) * per),
    };
  });
}

function speakerTables(columns: StoryArticle[], caption: string): BriefingTable[] {
  const table: BriefingTable = {
    type: 'table',
    caption,
    header: ['Speaker', ...columns.map(({ article }) => columnLabel(article))],
    rows: speakerRows(columns).map(({ name, counts, onlyOne }) => [
      onlyOne ? `${name} (only one outlet)` : name,
      ...columns.map(({ article }) => String(counts.get(article.id) ?? '')),
    ]),
    sources: columns.map(({ article }) => citedSource(article)),
    commentary: '',
  };
  return splitColumns(table, ARTICLE_COLUMNS_PER_TABLE);
}

async function codeTables(articleIds: string[] | null, caption: string): Promise<BriefingTable[]> {
  const data = await loadCodePassages(articleIds);
  const cited = new Map(data.passages.map((p) => [p.article.id, p.article]));
  const table: BriefingTable = {
    type: 'table',
    caption,
    header: ['Code', ...data.outlets],
    rows: data.codeNames.map((code) => [
      code,
      ...data.outlets.map((outlet) => String(passagesIn(data, code, outlet).length || '')),
    ]),
    sources: [...cited.values()].map(citedSource),
    commentary: '',
  };
  // Columns are outlets, not articles, so the sources stay whole in every part.
  return splitColumns(table, ARTICLE_COLUMNS_PER_TABLE).map((part) => ({
    ...part,
    sources: table.sources,
  }));
}

/** The figure's items (a matrix may take several tables); none when its story was deleted. */
export async function figureItems(
  figure: BriefingFigure,
  commentary: string,
): Promise<BriefingItem[]> {
  const story = figure.storyId ? await db.stories.get(figure.storyId) : undefined;
  if (figure.storyId && !story) return [];
  const caption = `${FIGURE_CAPTIONS[figure.kind]}: ${scopeOf(figure, story?.label)}`;
  const columns = figure.storyId ? await loadStoryArticles(figure.storyId) : [];
  const items: BriefingItem[] =
    figure.kind === 'timeline'
      ? [timelineItem(columns, caption)]
      : figure.kind === 'speaker-matrix'
        ? speakerTables(columns, caption)
        : await codeTables(figure.storyId ? columns.map((c) => c.article.id) : null, caption);
  // The analyst's commentary goes with the first part.
  return items.map((item, i) => (i === 0 ? { ...item, commentary } : item));
}
