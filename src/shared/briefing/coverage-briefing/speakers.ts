/** Quotes grouped by speaker, then by outlet, for one story. */
import type { Quote } from '../../domain';
import { compareCoverage } from '../../compare';
import { outletName } from '../model';
import type { CoverageArticle } from './types';

export interface SpeakerQuote {
  article: CoverageArticle;
  quote: Quote;
}

export interface SpeakerCoverage {
  name: string;
  /** Outlet → quotes, in the story's outlet order. */
  byOutlet: Map<string, SpeakerQuote[]>;
  total: number;
}

export interface StorySpeakers {
  /** People and organisations by name. */
  named: SpeakerCoverage[];
  /** Sources the articles only describe ("officials", "analysts"). */
  described: SpeakerCoverage[];
}

/** Words in a quotation below which it is a fragment, not worth a line in the briefing. */
const MIN_QUOTE_WORDS = 4;

const byReach = (a: SpeakerCoverage, b: SpeakerCoverage): number =>
  b.byOutlet.size - a.byOutlet.size || b.total - a.total || a.name.localeCompare(b.name);

/**
 * Speakers who are quoted, most outlets first, then most quotes, then by name. Speakers are
 * matched across articles by the comparison core ("Bessent" in one outlet meets "Scott
 * Bessent" in another).
 */
export function speakersOf(articles: CoverageArticle[], outletOrder: string[]): StorySpeakers {
  const quoteById = new Map<string, SpeakerQuote>();
  const compared = compareCoverage(
    articles.map((article) => ({
      id: article.id,
      outlet: article.source.outlet,
      title: article.source.title,
      published: article.source.published,
      author: article.source.author,
      body: article.body,
      quotes: article.quotes.map((quote, i) => {
        const id = `${article.id}#${i}`;
        quoteById.set(id, { article, quote });
        return {
          id,
          kind: quote.kind,
          text: quote.text,
          speaker: quote.speaker,
          start: quote.start,
          end: quote.end,
        };
      }),
    })),
  );
  const all = compared.speakers.flatMap((speaker): SpeakerCoverage[] => {
    const quotes = speaker.quotes
      .flatMap(({ quoteIds }) => quoteIds.map((id) => quoteById.get(id)))
      .filter(
        (q): q is SpeakerQuote => !!q && q.quote.text.trim().split(/\s+/).length >= MIN_QUOTE_WORDS,
      );
    const byOutlet = new Map<string, SpeakerQuote[]>();
    for (const outlet of outletOrder) {
      const here = quotes.filter((q) => outletName(q.article.source) === outlet);
      if (here.length) byOutlet.set(outlet, here);
    }
    return quotes.length ? [{ name: speaker.label, byOutlet, total: quotes.length }] : [];
  });
  const described = (s: SpeakerCoverage): boolean => !/^\p{Lu}/u.test(s.name);
  return {
    named: all.filter((s) => !described(s)).sort(byReach),
    described: all.filter(described).sort(byReach),
  };
}

/** Outlets of a story in order of first publication (undated last), each once. */
export function outletsOf(articles: CoverageArticle[]): string[] {
  const sorted = [...articles].sort((a, b) =>
    (a.source.published ?? '9999').localeCompare(b.source.published ?? '9999'),
  );
  return [...new Set(sorted.map((a) => outletName(a.source)))];
}
