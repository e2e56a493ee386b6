/** Ranked full-text results with highlighted snippets; a click opens the article at the passage. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useNavigation } from '../../app/navigation';
import { db } from '../../db/database';
import type { Snippet } from '../../../../shared/search/snippet';
import { SEARCH_PAGE_SIZE } from './protocol';
import { useSearch } from './useSearch';

function SnippetText({ snippet }: { snippet: Snippet }) {
  const parts: { text: string; hit: boolean }[] = [];
  let cursor = 0;
  for (const [start, end] of snippet.highlights) {
    if (start > cursor) parts.push({ text: snippet.text.slice(cursor, start), hit: false });
    parts.push({ text: snippet.text.slice(start, end), hit: true });
    cursor = end;
  }
  if (cursor < snippet.text.length) parts.push({ text: snippet.text.slice(cursor), hit: false });
  return (
    <p className="snippet">
      {parts.map((part, i) =>
        part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </p>
  );
}

/** How the hits are ordered, when not all by relevance. */
function rankingNote(ranked: number, total: number): string {
  if (ranked >= total) return '';
  if (ranked === 0) return ' · its words are in too many articles to rank by: newest first';
  return ` · ${ranked.toLocaleString()} best matches among the most recently added first, then newest first`;
}

export function SearchResults({ query }: { query: string }) {
  const [shown, setShown] = useState(SEARCH_PAGE_SIZE);
  useEffect(() => setShown(SEARCH_PAGE_SIZE), [query]);
  const { result, pending, error } = useSearch(query, { limit: shown });
  const { openArticle } = useNavigation();
  const articles = useLiveQuery(async () => {
    const ids = result?.hits.map((h) => h.articleId) ?? [];
    return new Map(
      (await db.articles.bulkGet(ids)).flatMap((a) => (a ? [[a.id, a] as const] : [])),
    );
  }, [result]);

  if (error) return <p className="error-text search-status">{error}</p>;
  if (!result) return <p className="muted search-status">{pending ? 'Searching…' : ''}</p>;
  return (
    <section className="search-results" aria-label="Search results" aria-busy={pending}>
      <p className="muted search-status" data-testid="search-count">
        {result.totalExact
          ? result.total.toLocaleString()
          : `at least ${result.total.toLocaleString()}`}{' '}
        matching article
        {result.total === 1 ? '' : 's'}
        {rankingNote(result.ranked, result.total)}
      </p>
      <ol>
        {result.hits.map((hit) => {
          const article = articles?.get(hit.articleId);
          return (
            <li key={hit.articleId} data-testid="search-hit">
              <button
                type="button"
                className="link-button wrap search-title"
                onClick={() => openArticle(hit.articleId)}
              >
                {article?.title ?? '…'}
              </button>
              <span className="muted small">
                {' '}
                {article?.outlet ?? 'Unknown outlet'} · {article?.published ?? 'undated'}
              </span>
              <SnippetText snippet={hit.snippet} />
            </li>
          );
        })}
      </ol>
      {result.hits.length < result.total && result.hits.length >= shown ? (
        <button
          type="button"
          className="button small"
          disabled={pending}
          onClick={() => setShown((count) => count + SEARCH_PAGE_SIZE)}
        >
          Show {SEARCH_PAGE_SIZE} more
        </button>
      ) : null}
    </section>
  );
}
