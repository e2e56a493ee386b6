/**
 * The automatic coverage briefing: an overview of the stories, then per story the outlets side
 * by side, when each published, who is quoted where, who only one outlet quotes, and the quotes
 * themselves grouped by speaker and outlet. No analyst commentary: it is a starting point.
 */
import { outletName, plural } from '../model';
import type { BriefingDocument, BriefingItem, BriefingQuote, BriefingSection } from '../types';
import { outletsOf, speakersOf, type SpeakerCoverage } from './speakers';
import { onlyOneOutlet, sideBySideTables, speakerMatrix } from './tables';
import type { CoverageArticle, CoverageOptions, CoverageStory } from './types';

function dateRange(articles: CoverageArticle[]): string {
  const dates = articles
    .map((a) => a.source.published)
    .filter((d): d is string => !!d)
    .sort();
  if (dates.length === 0) return 'undated';
  return dates[0] === dates[dates.length - 1]
    ? dates[0]!
    : `${dates[0]} to ${dates[dates.length - 1]}`;
}

function quoteItems(speaker: SpeakerCoverage, perOutlet: number): BriefingItem[] {
  const outlets = [...speaker.byOutlet.keys()];
  const where = [...speaker.byOutlet].map(([o, q]) => `${o} (${q.length})`).join(', ');
  const most = Math.max(...[...speaker.byOutlet.values()].map((q) => q.length));
  const shownNote =
    most > perOutlet ? ` Up to ${perOutlet} per outlet shown, direct quotes first.` : '';
  const items: BriefingItem[] = [
    {
      type: 'text',
      heading: speaker.name,
      body:
        (outlets.length === 1
          ? `Quoted only by ${outlets[0]}: ${plural(speaker.total, 'quote')}.`
          : `Quoted by ${outlets.length} outlets: ${where}.`) + shownNote,
      commentary: '',
    },
  ];
  for (const quotes of speaker.byOutlet.values()) {
    const shown = [...quotes].sort(
      (a, b) => Number(b.quote.kind === 'direct') - Number(a.quote.kind === 'direct'),
    );
    for (const { article, quote } of shown.slice(0, perOutlet)) {
      const item: BriefingQuote = {
        type: 'quote',
        speaker: speaker.name,
        kind: quote.kind,
        text: quote.text,
        start: quote.start,
        end: quote.end,
        source: article.source,
        commentary: '',
      };
      items.push(item);
    }
  }
  return items;
}

function storySections(
  story: CoverageStory,
  index: number,
  options: CoverageOptions,
): BriefingSection[] {
  const outlets = outletsOf(story.articles);
  const articles = [...story.articles].sort(
    (a, b) =>
      outlets.indexOf(outletName(a.source)) - outlets.indexOf(outletName(b.source)) ||
      (a.source.published ?? '').localeCompare(b.source.published ?? ''),
  );
  const { named: speakers, described } = speakersOf(articles, outlets);
  const maxSpeakers = options.maxSpeakers ?? 30;
  const perOutlet = options.quotesPerSpeakerAndOutlet ?? 3;
  const dated = articles.filter((a) => a.source.published).length;
  const items: BriefingItem[] = [...sideBySideTables(articles)];
  if (dated >= 2 && outlets.length >= 2) {
    items.push({
      type: 'timeline',
      caption: 'When each outlet published',
      lanes: outlets.map((o) => ({
        label: o,
        dates: articles
          .filter((a) => outletName(a.source) === o)
          .map((a) => a.source.published ?? 'undated'),
      })),
      commentary: '',
    });
  }
  if (speakers.length) items.push(speakerMatrix(speakers.slice(0, maxSpeakers), outlets));
  const only = onlyOneOutlet(speakers, outlets);
  if (only) items.push(only);
  if (described.length)
    items.push(speakerMatrix(described, outlets, 'Unnamed sources, as the articles describe them'));
  const unattributed = articles.reduce((n, a) => n + a.quotes.filter((q) => !q.speaker).length, 0);
  const sections: BriefingSection[] = [
    {
      title: `Story ${index + 1}: ${story.label}`,
      intro: `${plural(articles.length, 'article')} from ${plural(outlets.length, 'outlet')} (${outlets.join(', ')}), ${dateRange(articles)}. ${plural(speakers.length, 'named speaker')}${described.length ? `, ${plural(described.length, 'unnamed source')}` : ''}${unattributed ? `; ${plural(unattributed, 'quotation')} without a speaker` : ''}.`,
      items,
    },
  ];
  const quoted = speakers.slice(0, maxSpeakers).flatMap((s) => quoteItems(s, perOutlet));
  if (quoted.length) {
    sections.push({
      title: `Story ${index + 1}: quotes by speaker and outlet`,
      newPage: false,
      intro:
        speakers.length > maxSpeakers
          ? `The ${maxSpeakers} most widely quoted of ${speakers.length} speakers.`
          : undefined,
      items: quoted,
    });
  }
  return sections;
}

function overview(stories: CoverageStory[], notes: string[]): BriefingSection {
  const articles = stories.flatMap((s) => s.articles);
  const outlets = new Set(articles.map((a) => outletName(a.source)));
  return {
    title: 'Overview',
    intro: `${plural(articles.length, 'article')} from ${plural(outlets.size, 'outlet')}, grouped into ${plural(stories.length, 'story', 'stories')}.${notes.length ? `\n${notes.join('\n')}` : ''}`,
    items: [
      {
        type: 'table',
        caption: 'Stories',
        header: ['Story', 'Articles', 'Outlets', 'Dates'],
        rows: stories.map((s, i) => [
          `${i + 1}. ${s.label}`,
          String(s.articles.length),
          outletsOf(s.articles).join(', '),
          dateRange(s.articles),
        ]),
        commentary: '',
      },
    ],
  };
}

/** Stories with the most outlets first: they are what a comparison is for. */
export function buildCoverageBriefing(
  stories: CoverageStory[],
  options: CoverageOptions,
): BriefingDocument {
  const ordered = [...stories].sort(
    (a, b) =>
      outletsOf(b.articles).length - outletsOf(a.articles).length ||
      b.articles.length - a.articles.length ||
      a.label.localeCompare(b.label),
  );
  const articles = ordered.flatMap((s) => s.articles);
  const outlets = new Set(articles.map((a) => outletName(a.source)));
  return {
    title: options.title,
    author: options.author ?? 'Parallax (automatic)',
    date: options.date,
    summary: `An automatic comparison of ${plural(articles.length, 'article')} from ${plural(outlets.size, 'outlet')}: per story, the outlets side by side, who is quoted where, and who only one outlet quotes. No analyst has reviewed it yet.`,
    sections: [
      overview(ordered, options.notes ?? []),
      ...ordered.flatMap((s, i) => storySections(s, i, options)),
    ],
  };
}
