/**
 * Searching from a view: `useSearch(query)` runs the query in the search worker (debounced; a
 * newer query supersedes an older one) and returns its ranked hits, the total, and state.
 */
import { useEffect, useState } from 'react';
import type { SearchOptions, SearchResult } from './protocol';
import { searchClient } from './search-client';

export interface SearchState {
  result: SearchResult | null;
  /** True while a query is being answered. */
  pending: boolean;
  error: string | null;
}

const EMPTY: SearchState = { result: null, pending: false, error: null };

export function useSearch(
  query: string,
  options: SearchOptions = {},
  debounceMs = 120,
): SearchState {
  const [state, setState] = useState<SearchState>(EMPTY);
  const { limit, offset } = options;
  const trimmed = query.trim();

  useEffect(() => {
    if (trimmed === '') {
      setState(EMPTY);
      return;
    }
    let current = true;
    setState((previous) => ({ ...previous, pending: true }));
    const timer = setTimeout(() => {
      searchClient()
        .search(trimmed, { limit, offset })
        .then(({ total, totalExact, ranked, hits }) => {
          if (current)
            setState({ result: { total, totalExact, ranked, hits }, pending: false, error: null });
        })
        .catch((error: unknown) => {
          if (current) setState({ result: null, pending: false, error: (error as Error).message });
        });
    }, debounceMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [trimmed, limit, offset, debounceMs]);

  return state;
}
