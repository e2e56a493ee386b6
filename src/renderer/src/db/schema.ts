/**
 * Row types stored in IndexedDB. Bodies live in their own table so listing the library
 * never loads article text.
 */
import type {
  AggregatorFigures,
  ArticleKind,
  ArticleMetadata,
  OffsetSegment,
  SourceFormat,
} from '../../../shared/domain';
import type { TextTarget } from '../../../shared/annotations/text-quote';

export interface ArticleRow {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  author: string | null;
  url: string | null;
  language: string | null;
  wordCount: number;
  kind: ArticleKind;
  format: SourceFormat;
  /** Path relative to the imported folder. */
  sourcePath: string;
  /** Name of the folder the article came from. */
  importFolder: string;
  contentHash: string;
  importedAt: number;
  /** Id of the article this one duplicates, when import found one. */
  duplicateOf: string | null;
  /** Estimated share of text shared with `duplicateOf` (1 for an exact copy). (v4) */
  duplicateSimilarity?: number | null;
  /** The story this article belongs to; set by grouping or by the user. (v6) */
  storyId?: string | null;
  /** True when the user put the article in its story: regrouping never moves it. (v6) */
  storyPinned?: boolean;
  /** Codes applied to the whole article (passages carry their own). (v7) */
  tagIds?: string[];
  /** Every field with where it came from and whether it was guessed. */
  metadata: ArticleMetadata;
  aggregator: AggregatorFigures | null;
}

export interface BodyRow {
  articleId: string;
  body: string;
  original: string;
  bodyMap: OffsetSegment[];
}

/** A code in the codebook (tags and codes are the same thing to the user). */
export interface TagRow {
  id: string;
  name: string;
  color: string;
  createdAt: number;
  /** Parent code for a hierarchical codebook; null at the top level. (v2) */
  parentId: string | null;
  /** What the code means, so coders apply it the same way. (v2) */
  description: string;
}

export type AnnotationKind = 'coded' | 'claim' | 'memo';
export type ClaimStatus = 'unverified' | 'supported' | 'disputed' | 'false';

export interface ClaimDetails {
  status: ClaimStatus;
  /** Where the analyst found support or refutation. */
  evidence: string;
}

/** An annotation on a passage: coded highlight, claim to check, or memo. */
export interface HighlightRow {
  id: string;
  articleId: string;
  tagIds: string[];
  target: TextTarget;
  /** Memo text (for memos) or the analyst's note. */
  note: string;
  createdAt: number;
  /** (v2) */
  kind: AnnotationKind;
  /** Set for claims. (v2) */
  claim: ClaimDetails | null;
}

export type QuoteReview = 'pending' | 'accepted' | 'rejected';

/** A quote or reported statement, found automatically at import or added by hand. (v2) */
export interface QuoteRow {
  id: string;
  articleId: string;
  kind: 'direct' | 'indirect';
  text: string;
  speaker: string | null;
  cue: string | null;
  /** Offsets of the quoted text in the article body. */
  start: number;
  end: number;
  origin: 'auto' | 'manual';
  review: QuoteReview;
  /** The speaker in the corpus's people list; null when unattributed. (v3) */
  speakerId: string | null;
}

/** A person or group quoted in the corpus, with the names they appear under. (v3) */
export interface SpeakerRow {
  id: string;
  name: string;
  /** Other forms of the name seen in articles ("Bessent", "Treasury Secretary Bessent"). */
  aliases: string[];
  /** Role or affiliation when an article gives one. */
  role: string | null;
}

/** A named part of a briefing; items point at it by id. (v9) */
export interface BriefingSectionRow {
  id: string;
  title: string;
}

export interface BriefingRow {
  id: string;
  title: string;
  author: string;
  summary: string;
  createdAt: number;
  updatedAt: number;
  /** The date on the cover, YYYY-MM-DD; today when the briefing is started. (v9) */
  date: string;
  /** Named sections in reading order. Items in none of them open the briefing. (v9) */
  sections: BriefingSectionRow[];
}

/** A view of a story (or of the whole corpus, for codes) that a briefing shows as a figure. (v9) */
export interface BriefingFigure {
  kind: 'timeline' | 'speaker-matrix' | 'code-matrix';
  /** The story shown; null only for the codes × outlets matrix of the whole corpus. */
  storyId: string | null;
}

export interface BriefingItemRow {
  id: string;
  briefingId: string;
  /** The annotation this item shows; '' for items of another kind. */
  highlightId: string;
  /** Set when the item is a quote from the ledger. (v8) */
  quoteId?: string;
  /** Set when the item is a story's side-by-side comparison. (v8) */
  storyId?: string;
  /** Set when the item is the analyst's own note, with an optional heading. (v8) */
  note?: { heading: string; body: string };
  /** Set when the item cites a whole article. (v9) */
  articleId?: string;
  /** Set when the item is a story's timeline or one of its matrices. (v9) */
  figure?: BriefingFigure;
  /** The section the item is in; null (or a section since deleted) for the opening items. (v9) */
  sectionId: string | null;
  order: number;
  commentary: string;
  addedAt: number;
}

/** A MinHash signature and its LSH band keys, to find near-duplicates at import. (v4) */
export interface SignatureRow {
  articleId: string;
  signature: number[];
  bands: string[];
}

/** An outlet import recognises, with the other names and web domains it goes by. (v5) */
export interface OutletRow {
  id: string;
  name: string;
  aliases: string[];
  domains: string[];
}

/** A story: articles from several outlets on one event or thread of events. (v6) */
export interface StoryRow {
  id: string;
  label: string;
  /** True once the user renamed it: regrouping keeps the name. */
  labelByUser: boolean;
  articleCount: number;
  outletCount: number;
  firstPublished: string | null;
  lastPublished: string | null;
}

/** A named set of library filters the user can return to. (v7) */
export interface SavedSearchRow {
  id: string;
  name: string;
  filters: LibraryFilters;
  createdAt: number;
}

export interface LibraryFilters {
  text: string;
  outlet: string | null;
  language: string | null;
  storyId: string | null;
  tagId: string | null;
  from: string | null;
  to: string | null;
  kind: 'all' | 'article' | 'aggregator' | 'duplicate';
  hasQuotes: boolean;
  hasClaims: boolean;
}
