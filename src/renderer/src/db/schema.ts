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

export interface TagRow {
  id: string;
  name: string;
  color: string;
  createdAt: number;
}

export interface HighlightRow {
  id: string;
  articleId: string;
  tagIds: string[];
  target: TextTarget;
  note: string;
  createdAt: number;
}

export interface BriefingRow {
  id: string;
  title: string;
  author: string;
  summary: string;
  createdAt: number;
  updatedAt: number;
}

export interface BriefingItemRow {
  id: string;
  briefingId: string;
  highlightId: string;
  order: number;
  commentary: string;
  addedAt: number;
}
