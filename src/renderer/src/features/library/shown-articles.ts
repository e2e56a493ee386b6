/**
 * Which article ids the library shows, in what order. With no filter and import order the
 * catalog's order is the answer at once; anything else needs every light row, so until the
 * catalog has read them all the library keeps import order and says it is still loading.
 */
import type { LibraryFilters } from '../../db/schema';
import { sortCatalogRows, type CatalogRow, type LibrarySort } from './catalog/catalog-row';
import { filterArticles, isFiltering, type ArticleFacts } from './filter-articles';

export interface ShownArticles {
  ids: readonly string[];
  /** True while filters or a sort wait for the catalog to finish loading. */
  pending: boolean;
}

export function shownArticles(
  catalog: { order: readonly string[]; rows: ReadonlyMap<string, CatalogRow>; complete: boolean },
  filters: LibraryFilters,
  sort: LibrarySort,
  facts: ArticleFacts | undefined,
): ShownArticles {
  const filtering = isFiltering(filters);
  if (!filtering && sort.column === 'importedAt')
    return { ids: sort.descending ? [...catalog.order].reverse() : catalog.order, pending: false };
  if (!catalog.complete || (filtering && facts === undefined))
    return { ids: catalog.order, pending: true };
  const rows = catalog.order.map((id) => catalog.rows.get(id)!);
  const kept = filtering ? filterArticles(rows, filters, facts!) : rows;
  return { ids: sortCatalogRows(kept, sort).map((row) => row.id), pending: false };
}
