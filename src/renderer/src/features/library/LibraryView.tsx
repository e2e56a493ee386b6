/** Library: every imported article, filtered and sorted as the analyst needs, or an invitation to import. */
import { useMemo, useState } from 'react';
import { useNavigation } from '../../app/navigation';
import type { LibraryFilters } from '../../db/schema';
import { useImportActions } from '../import/ImportContext';
import { BulkActions } from './BulkActions';
import { DEFAULT_SORT, type LibrarySort } from './catalog/catalog-row';
import { EMPTY_FILTERS } from './filter-articles';
import { LibraryFiltersBar } from './LibraryFiltersBar';
import { LibraryTable } from './LibraryTable';
import { shownArticles } from './shown-articles';
import { NO_LISTS, useArticleFacts, useLibraryCatalog, useLibraryLists } from './useLibraryData';
import { SearchResults } from '../search/SearchResults';

const COLUMNS_KEY = 'parallax.library.hiddenColumns';

function storedHiddenColumns(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? '["language"]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function LibraryView() {
  const catalog = useLibraryCatalog();
  const listsOrNone = useLibraryLists();
  const { openArticle } = useNavigation();
  const { chooseFolder, importSample, controller } = useImportActions();
  const [filters, setFilters] = useState<LibraryFilters>(EMPTY_FILTERS);
  const [sort, setSort] = useState<LibrarySort>(DEFAULT_SORT);
  const [hiddenColumns, setHiddenColumns] = useState<string[]>(storedHiddenColumns);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [textQuery, setTextQuery] = useState('');
  const facts = useArticleFacts(filters);
  const { version, complete } = catalog;
  const shown = useMemo(
    () => shownArticles(catalog, filters, sort, facts),
    // The catalog object is stable; its version says when its contents changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [catalog, version, filters, sort, facts],
  );
  const facets = useMemo(() => {
    if (!complete) return { outlets: [], languages: [] };
    const outlets = new Set<string>();
    const languages = new Set<string>();
    for (const row of catalog.rows.values()) {
      if (row.outlet) outlets.add(row.outlet);
      if (row.language) languages.add(row.language);
    }
    return { outlets: [...outlets].sort(), languages: [...languages].sort() };
    // Recounted when the catalog changes once complete; never while it is still loading.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [catalog, complete, complete && version]);

  if (!catalog.started) return <div className="view" aria-busy="true" />;
  const lists = listsOrNone ?? NO_LISTS;
  const total = catalog.total;
  const selectedShown = selected.size ? shown.ids.filter((id) => selected.has(id)) : [];

  return (
    <div className="view">
      <header className="view-header">
        <h1>Library</h1>
        <span className="muted" data-testid="library-count">
          {shown.pending
            ? `${total.toLocaleString()} articles · loading ${Math.floor(catalog.progress * 100)}% to filter and sort`
            : shown.ids.length === total || !catalog.orderComplete
              ? `${total.toLocaleString()} articles`
              : `${shown.ids.length.toLocaleString()} of ${total.toLocaleString()} articles`}
        </span>
        <span className="spacer" />
        {total > 0 && (
          <input
            type="search"
            className="text-search"
            aria-label="Search article text"
            placeholder='Search text: words, "phrases", prefix*, OR, NOT, outlet:, speaker:'
            value={textQuery}
            onChange={(e) => setTextQuery(e.target.value)}
          />
        )}
        <button
          type="button"
          className="button primary"
          onClick={chooseFolder}
          disabled={controller.running}
        >
          Import folder…
        </button>
      </header>
      {/* During an import the table stands ready before its first rows land, so its first layout
          is not paid in the middle of the import. */}
      {total === 0 && !controller.running ? (
        <div className="empty-state">
          <h2>Start with a folder of saved articles</h2>
          <p>
            Parallax reads the pages you saved from news sites (text copied from the page, saved
            HTML and MHTML, Markdown, PDF and Word files), cleans away menus and share buttons, and
            lines outlets up side by side.
          </p>
          <div className="empty-actions">
            <button
              type="button"
              className="button primary"
              onClick={chooseFolder}
              disabled={controller.running}
            >
              Import folder…
            </button>
            <button
              type="button"
              className="button"
              onClick={importSample}
              disabled={controller.running}
            >
              Load sample corpus
            </button>
          </div>
          <p className="muted small">
            Or drop a folder anywhere on this window. Nothing leaves your computer.
          </p>
        </div>
      ) : textQuery.trim() ? (
        <SearchResults query={textQuery} />
      ) : (
        <>
          <LibraryFiltersBar
            data={lists}
            facets={facets}
            filters={filters}
            onChange={setFilters}
            hiddenColumns={hiddenColumns}
            onHiddenColumns={(ids) => {
              setHiddenColumns(ids);
              localStorage.setItem(COLUMNS_KEY, JSON.stringify(ids));
            }}
          />
          {selectedShown.length > 0 && (
            <BulkActions
              selected={selectedShown}
              codes={lists.codes}
              stories={lists.stories}
              onDone={() => setSelected(new Set())}
            />
          )}
          <LibraryTable
            ids={shown.ids}
            catalog={catalog}
            sort={sort}
            onSort={setSort}
            onOpen={openArticle}
            hiddenColumns={hiddenColumns}
            selected={selected}
            onSelect={setSelected}
          />
        </>
      )}
    </div>
  );
}
