/**
 * The search worker's typed message API. The client sends a request with an id; the worker
 * answers every request with a response bearing the same id.
 */
import type { Snippet } from '../../../../shared/search/snippet';

/** What the index holds for one article. */
export interface SearchDocument {
  articleId: string;
  title: string;
  body: string;
  outlet: string | null;
  author: string | null;
  published: string | null;
  /** Names of the codes applied to the article's passages. */
  tags: string[];
  /** Names of the people quoted in the article. */
  speakers: string[];
}

/** Hits asked for at first; more come a page at a time when asked for. */
export const SEARCH_PAGE_SIZE = 25;

export interface SearchOptions {
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  articleId: string;
  /** Higher is better (negated bm25). */
  score: number;
  snippet: Snippet;
}

export interface SearchResult {
  total: number;
  /** False when the query matched more than the index counts: `total` is then "at least". */
  totalExact: boolean;
  /**
   * How many of the first hits are in ranked order (best first): all of them up to RANK_LIMIT
   * matches; past it those among the most recently added RANK_LIMIT. Words in so many articles
   * that they weigh nothing are not ranked on: the hits not ranked follow, newest first.
   */
  ranked: number;
  hits: SearchHit[];
}

export interface SearchStatus {
  /** Articles in the index. */
  documents: number;
  /** 'opfs': on disk in the origin-private file system; 'memory': lost when the worker ends. */
  storage: 'opfs' | 'memory';
}

export type SearchRequest =
  | { op: 'index'; docs: SearchDocument[] }
  | { op: 'indexArticles'; articleIds: string[] }
  | { op: 'remove'; ids: string[] }
  | { op: 'search'; query: string; options: SearchOptions }
  | { op: 'rebuild' }
  | { op: 'status' };

export interface SearchReplies {
  index: { indexed: number };
  indexArticles: { indexed: number };
  remove: { removed: number };
  search: SearchResult & { ms: number };
  rebuild: { indexed: number; ms: number };
  status: SearchStatus;
}

export type SearchMessage = SearchRequest & { id: number };

export type SearchResponse =
  | { id: number; ok: true; value: SearchReplies[keyof SearchReplies] }
  | { id: number; ok: false; error: string };

/** Progress of a rebuild, sent without an id. */
export interface SearchProgress {
  progress: { done: number; total: number };
}
