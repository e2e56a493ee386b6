/**
 * The library's light projection of an article: the fields the table shows, sorts and filters
 * on, without metadata provenance or aggregator figures, so 100,000 of them fit in a few tens of
 * megabytes and sort in milliseconds.
 */
import type { ArticleRow } from '../../../db/schema';

export type CatalogRow = Pick<
  ArticleRow,
  | 'id'
  | 'title'
  | 'outlet'
  | 'published'
  | 'author'
  | 'language'
  | 'wordCount'
  | 'kind'
  | 'sourcePath'
  | 'duplicateOf'
  | 'storyId'
  | 'tagIds'
  | 'importedAt'
>;

export function toCatalogRow(article: ArticleRow): CatalogRow {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    author: article.author,
    language: article.language,
    wordCount: article.wordCount,
    kind: article.kind,
    sourcePath: article.sourcePath,
    duplicateOf: article.duplicateOf,
    storyId: article.storyId ?? null,
    tagIds: article.tagIds ?? [],
    importedAt: article.importedAt,
  };
}

/** What the Kind column shows: aggregator pages and duplicates stand out from articles. */
export function kindLabel(row: CatalogRow): 'aggregator' | 'duplicate' | 'article' {
  return row.kind === 'aggregator' ? 'aggregator' : row.duplicateOf ? 'duplicate' : 'article';
}

export type SortColumn =
  | 'title'
  | 'outlet'
  | 'published'
  | 'author'
  | 'kind'
  | 'language'
  | 'wordCount'
  | 'sourcePath'
  | 'importedAt';

export interface LibrarySort {
  column: SortColumn;
  descending: boolean;
}

/** Import order, oldest first: how the library opens. */
export const DEFAULT_SORT: LibrarySort = { column: 'importedAt', descending: false };

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function sortValue(row: CatalogRow, column: SortColumn): string | number | null {
  return column === 'kind' ? kindLabel(row) : row[column];
}

/**
 * Sorts rows by one column; rows without a value go last in either direction, and ties keep
 * import order so the result is stable.
 */
export function sortCatalogRows(rows: CatalogRow[], sort: LibrarySort): CatalogRow[] {
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.column);
    const y = sortValue(b, sort.column);
    if (x === null || x === '') return y === null || y === '' ? a.importedAt - b.importedAt : 1;
    if (y === null || y === '') return -1;
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : collator.compare(String(x), String(y));
    return order !== 0 ? order * direction : a.importedAt - b.importedAt;
  });
}
