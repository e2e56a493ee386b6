/** Who is quoted in which of a story's articles: the rows of the speakers matrix, on screen and in briefings. */
import type { StoryArticle } from './useStories';

export interface SpeakerRow {
  name: string;
  /** Article id → quotes by this speaker in it. */
  counts: Map<string, number>;
  /** Quoted in one article only, while the story has several. */
  onlyOne: boolean;
}

/** Speakers quoted in most articles first, then by name; unattributed quotes are one row. */
export function speakerRows(columns: StoryArticle[]): SpeakerRow[] {
  const speakers = new Map<string, Map<string, number>>();
  for (const { article, quotes } of columns) {
    for (const quote of quotes) {
      const name = quote.speaker ?? 'Unattributed';
      const row = speakers.get(name) ?? new Map<string, number>();
      row.set(article.id, (row.get(article.id) ?? 0) + 1);
      speakers.set(name, row);
    }
  }
  return [...speakers.entries()]
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
    .map(([name, counts]) => ({ name, counts, onlyOne: counts.size === 1 && columns.length > 1 }));
}
