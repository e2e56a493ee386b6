/**
 * What the side-by-side view shows for one story: each article on its own, then what the articles
 * share, what only some carry, and where they disagree. All offsets are UTF-16 indices into the
 * article's `body` (end exclusive), so the view can highlight them in place.
 */
import type { EntityType, FigureKind } from '../stories';

export type QuoteKind = 'direct' | 'indirect';

export interface CompareQuote {
  id: string;
  kind: QuoteKind;
  text: string;
  speaker: string | null;
  start: number;
  end: number;
}

export interface CompareArticle {
  id: string;
  outlet: string | null;
  title: string;
  /** YYYY-MM-DD or null. */
  published: string | null;
  author: string | null;
  body: string;
  quotes: CompareQuote[];
}

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Position in the article, from 0. */
  index: number;
  text: string;
}

/** One entity in one article, with every place it is mentioned. */
export interface ArticleEntity {
  /** Shared across articles: "bessent" in one outlet and "scott bessent" in another meet here. */
  key: string;
  /** The fullest form this article uses, e.g. "Scott Bessent". */
  name: string;
  type: EntityType;
  mentions: Span[];
}

export interface ArticleFigure extends Span {
  text: string;
  value: number;
  unit: string;
  kind: FigureKind;
  /** Stemmed words around the figure that say what it counts ("quota", "export", "cobalt"). */
  subject: string[];
}

export interface ArticleSummary {
  articleId: string;
  outlet: string | null;
  title: string;
  published: string | null;
  author: string | null;
  /** The first sentence, or the first two when the first is short. */
  lead: Span & { text: string };
  wordCount: number;
  sentences: Sentence[];
  people: ArticleEntity[];
  organisations: ArticleEntity[];
  places: ArticleEntity[];
  /** Capitalised names the heuristic could not type. */
  otherEntities: ArticleEntity[];
  figures: ArticleFigure[];
  quoteCount: number;
}

/** Which articles carry something: the "omissions at a glance" grid. */
export interface Coverage {
  key: string;
  label: string;
  /** Article ids that carry it, in input order. */
  articleIds: string[];
  /** Article ids that do not, in input order. */
  missingFrom: string[];
}

export interface EntityCoverage extends Coverage {
  type: EntityType;
}

/** One figure value (same value and unit) across articles. */
export interface FigureCoverage extends Coverage {
  value: number;
  unit: string;
  kind: FigureKind;
}

export interface SpeakerCoverage extends Coverage {
  /** The fullest name used for the speaker. */
  label: string;
  /** Per quoting article: which of its quotes. */
  quotes: { articleId: string; quoteIds: string[] }[];
  total: number;
}

/**
 * How one article's version of a quote differs from the story's reference version (the fullest
 * wording, attributed to the speaker most articles name):
 * - cut-short: its words are a part of the reference wording;
 * - worded-differently: similar, but with words the reference does not have;
 * - different-speaker: attributed to someone else;
 * - unattributed: no speaker given where others name one.
 */
export type QuoteDifference =
  'cut-short' | 'worded-differently' | 'different-speaker' | 'unattributed';

export interface QuoteVariant extends Span {
  articleId: string;
  quoteId: string;
  kind: QuoteKind;
  text: string;
  speaker: string | null;
  /** Similarity to the reference wording, 0–1 (1 for the reference itself). */
  similarity: number;
  differences: QuoteDifference[];
}

/** The same quote as carried by several articles (one variant per article). */
export interface AlignedQuote {
  /** "quote-" + the reference variant's article and quote ids. */
  id: string;
  /** Index into `variants` of the reference wording. */
  reference: number;
  /** The speaker most variants name (the reference speaker), or null if none does. */
  speaker: string | null;
  variants: QuoteVariant[];
  /** Articles with no version of this quote. */
  missingFrom: string[];
}

/** Two sentences, in two articles, that say nearly the same thing. */
export interface SentenceLink {
  a: { articleId: string; index: number } & Span;
  b: { articleId: string; index: number } & Span;
  similarity: number;
}

/** The same quantity reported with different values. */
export interface FigureConflict {
  unit: string;
  kind: FigureKind;
  /** The words that tie the figures to one quantity ("quota", "cobalt"). */
  subject: string[];
  /** Distinct values, ascending. */
  values: number[];
  reports: ({ articleId: string; text: string; value: number } & Span)[];
}

export interface StoryComparison {
  /** In input order. */
  articles: ArticleSummary[];
  /** Entities by how many articles mention them (most first), then name. */
  entities: EntityCoverage[];
  figures: FigureCoverage[];
  speakers: SpeakerCoverage[];
  quotes: AlignedQuote[];
  sentences: SentenceLink[];
  conflicts: FigureConflict[];
}
