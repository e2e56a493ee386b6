/** Applies the library's filters to article rows; pure, so it is tested apart from the view. */
import type { LibraryFilters } from '../../db/schema';
import type { CatalogRow } from './catalog/catalog-row';

export const EMPTY_FILTERS: LibraryFilters = {
  text: '',
  outlet: null,
  language: null,
  storyId: null,
  tagId: null,
  from: null,
  to: null,
  kind: 'all',
  hasQuotes: false,
  hasClaims: false,
};

export interface ArticleFacts {
  withQuotes: Set<string>;
  withClaims: Set<string>;
  /** Articles with a passage carrying each code. */
  byPassageCode: Map<string, Set<string>>;
}

export function isFiltering(filters: LibraryFilters): boolean {
  return JSON.stringify(filters) !== JSON.stringify(EMPTY_FILTERS);
}

export function filterArticles<Row extends CatalogRow>(
  rows: readonly Row[],
  filters: LibraryFilters,
  facts: ArticleFacts,
): Row[] {
  const needle = filters.text.trim().toLowerCase();
  return rows.filter((row) => {
    if (
      needle &&
      !`${row.title} ${row.outlet ?? ''} ${row.author ?? ''} ${row.sourcePath}`
        .toLowerCase()
        .includes(needle)
    )
      return false;
    if (filters.outlet && (row.outlet ?? '') !== filters.outlet) return false;
    if (filters.language && row.language !== filters.language) return false;
    if (filters.storyId && row.storyId !== filters.storyId) return false;
    if (
      filters.tagId &&
      !row.tagIds?.includes(filters.tagId) &&
      !facts.byPassageCode.get(filters.tagId)?.has(row.id)
    )
      return false;
    if (filters.from && (!row.published || row.published < filters.from)) return false;
    if (filters.to && (!row.published || row.published > filters.to)) return false;
    if (filters.kind === 'aggregator' && row.kind !== 'aggregator') return false;
    if (filters.kind === 'duplicate' && !row.duplicateOf) return false;
    if (filters.kind === 'article' && (row.kind !== 'article' || row.duplicateOf)) return false;
    if (filters.hasQuotes && !facts.withQuotes.has(row.id)) return false;
    if (filters.hasClaims && !facts.withClaims.has(row.id)) return false;
    return true;
  });
}
