/** The comparison tables of the coverage briefing: articles side by side, speakers × outlets. */
import { outletName } from '../model';
import type { BriefingTable } from '../types';
import type { SpeakerCoverage } from './speakers';
import type { CoverageArticle } from './types';

/** Article columns per side-by-side table; more would leave columns too narrow to read. */
export const COLUMNS_PER_TABLE = 3;
const LEAD_CHARS = 420;

function leadOf(article: CoverageArticle): string {
  const title = article.source.title.trim().toLowerCase();
  const paragraphs = article.body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p && p.toLowerCase() !== title);
  const lead = paragraphs.find((p) => p.split(' ').length >= 12) ?? paragraphs[0] ?? '';
  return lead.length > LEAD_CHARS ? `${lead.slice(0, LEAD_CHARS - 1).trimEnd()}…` : lead;
}

/** Column headings, numbering an outlet that appears more than once. */
function columnNames(articles: CoverageArticle[]): string[] {
  const totals = new Map<string, number>();
  for (const a of articles)
    totals.set(outletName(a.source), (totals.get(outletName(a.source)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return articles.map((a) => {
    const outlet = outletName(a.source);
    seen.set(outlet, (seen.get(outlet) ?? 0) + 1);
    return (totals.get(outlet) ?? 0) > 1 ? `${outlet} (${seen.get(outlet)})` : outlet;
  });
}

export function sideBySideTables(articles: CoverageArticle[]): BriefingTable[] {
  const names = columnNames(articles);
  const tables: BriefingTable[] = [];
  const parts = Math.ceil(articles.length / COLUMNS_PER_TABLE);
  for (let from = 0; from < articles.length; from += COLUMNS_PER_TABLE) {
    const chunk = articles.slice(from, from + COLUMNS_PER_TABLE);
    const part = parts > 1 ? ` (${from / COLUMNS_PER_TABLE + 1} of ${parts})` : '';
    tables.push({
      type: 'table',
      caption: `The outlets side by side${part}`,
      header: ['', ...names.slice(from, from + COLUMNS_PER_TABLE)],
      rows: [
        ['Headline', ...chunk.map((a) => a.source.title)],
        ['Date', ...chunk.map((a) => a.source.published ?? 'undated')],
        ['Byline', ...chunk.map((a) => a.source.author ?? 'no byline')],
        ['Length', ...chunk.map((a) => `${a.wordCount.toLocaleString('en-US')} words`)],
        ['Lead', ...chunk.map(leadOf)],
        ['File', ...chunk.map((a) => a.source.sourcePath)],
      ],
      sources: chunk.map((a) => a.source),
      commentary: '',
    });
  }
  return tables;
}

const count = (n: number): string => (n === 0 ? '' : n === 1 ? '1 quote' : `${n} quotes`);

/** Speaker × outlet matrix: how often each outlet quotes each speaker. */
export function speakerMatrix(
  speakers: SpeakerCoverage[],
  outlets: string[],
  caption = 'Who is quoted where (speaker × outlet)',
): BriefingTable {
  return {
    type: 'table',
    caption,
    header: ['Speaker', ...outlets],
    rows: speakers.map((s) => [
      s.name,
      ...outlets.map((o) => count(s.byOutlet.get(o)?.length ?? 0)),
    ]),
    commentary: '',
  };
}

/** Speakers only one outlet quotes, when the story has more than one outlet. */
export function onlyOneOutlet(
  speakers: SpeakerCoverage[],
  outlets: string[],
): BriefingTable | null {
  if (outlets.length < 2) return null;
  const rows = speakers
    .filter((s) => s.byOutlet.size === 1)
    .map((s) => {
      const [outlet, quotes] = [...s.byOutlet][0]!;
      return [s.name, outlet, count(quotes.length)];
    })
    .sort((a, b) => a[1]!.localeCompare(b[1]!) || a[0]!.localeCompare(b[0]!));
  if (rows.length === 0) return null;
  return {
    type: 'table',
    caption: 'Quoted by one outlet only',
    header: ['Speaker', 'Only in', 'Quotes'],
    rows,
    commentary: '',
  };
}
