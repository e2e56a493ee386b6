/**
 * Domain types shared by every layer. Pure data: no DOM, Node, Electron or Dexie types.
 */

/** Formats the importer understands, by file extension family. */
export type SourceFormat = 'txt' | 'md' | 'html' | 'mhtml' | 'pdf' | 'docx';

/** Where a metadata value came from, so the UI can show it and the user can trust or fix it. */
export interface MetadataField<T> {
  value: T;
  /** Short machine-readable origin, e.g. "html:meta[og:title]", "text:copyright-line", "filename", "user". */
  source: string;
  /** True when the value is a heuristic guess rather than something the file states. */
  guessed: boolean;
}

export interface ArticleMetadata {
  title: MetadataField<string>;
  outlet: MetadataField<string | null>;
  /** Publication date as YYYY-MM-DD. */
  published: MetadataField<string | null>;
  author: MetadataField<string | null>;
  url: MetadataField<string | null>;
  /** ISO 639-1 code. */
  language: MetadataField<string | null>;
}

/**
 * One contiguous run of the clean body copied from the original text.
 * body[bodyStart .. bodyStart+length) === original[originalStart .. originalStart+length)
 */
export interface OffsetSegment {
  bodyStart: number;
  originalStart: number;
  length: number;
}

/** What an aggregator page (a story listing many outlets' versions) reports about itself. */
export interface AggregatorFigures {
  sourceCount: number | null;
  /** e.g. { left: 36, right: 36, center: 28 } as percentages. */
  biasDistribution: Record<string, number>;
}

export type ArticleKind = 'article' | 'aggregator';

/** The result of parsing one file: everything import needs to store an article. */
export interface ParsedArticle {
  /** Path relative to the imported folder, with forward slashes. */
  sourcePath: string;
  format: SourceFormat;
  /** SHA-256 hex of the file's bytes: identifies exact re-imports and lets readers verify citations. */
  contentHash: string;
  kind: ArticleKind;
  metadata: ArticleMetadata;
  /** Clean article text; paragraphs separated by a blank line. */
  body: string;
  /** The whole decoded text of the file (for HTML, the page's text), before cleaning. */
  original: string;
  /** Maps clean-body offsets back to offsets in `original`. */
  bodyMap: OffsetSegment[];
  wordCount: number;
  aggregator: AggregatorFigures | null;
  /** Quotes and reported statements found in `body`; filled by analysis after parsing. */
  quotes?: Quote[];
  /** MinHash signature of `body` for near-duplicate detection; filled by analysis. */
  signature?: number[];
}

export type ImportFileStatus = 'imported' | 'duplicate' | 'skipped' | 'failed';

/** One line of the per-file import report. */
export interface ImportFileReport {
  file: string;
  status: ImportFileStatus;
  /** Human-readable reason for skipped/failed/duplicate; null when imported. */
  reason: string | null;
  /** sourcePath of the article this one duplicates, when status is "duplicate". */
  duplicateOf: string | null;
  article: ParsedArticle | null;
  /** Things the importer did that a careful reader may want to know (e.g. "decoded as windows-1251"). */
  notes?: string[];
}

/** An automatically extracted or hand-marked quotation or reported statement. */
export interface Quote {
  kind: 'direct' | 'indirect';
  /** The quoted or reported content, without quote marks. */
  text: string;
  /** Resolved speaker name, or null when unattributed. */
  speaker: string | null;
  /** The speech verb or phrase that attributes it ("said", "according to"). */
  cue: string | null;
  /** Offsets of `text` in the article body. */
  start: number;
  end: number;
}
