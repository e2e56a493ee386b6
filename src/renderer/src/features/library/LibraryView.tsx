/** Library: every imported article, filtered and sorted as the analyst needs, or an invitation to import. */
import { useMemo, useState } from 'react';
import { useNavigation } from '../../app/navigation';
import type { LibraryFilters } from '../../db/schema';
import { useImportActions } from '../import/ImportContext';
import { BulkActions } from './BulkActions';
import { EMPTY_FILTERS, filterArticles } from './filter-articles';
import { LibraryFiltersBar } from './LibraryFiltersBar';
import { LibraryTable } from './LibraryTable';
import { useLibraryData } from './useLibraryData';
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
  const data = useLibraryData();
  const { openArticle } = useNavigation();
  const { chooseFolder, importSample, controller } = useImportActions();
  const [filters, setFilters] = useState<LibraryFilters>(EMPTY_FILTERS);
  const [hiddenColumns, setHiddenColumns] = useState<string[]>(storedHiddenColumns);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [textQuery, setTextQuery] = useState('');
  const shown = useMemo(
    () => (data ? filterArticles(data.articles, filters, data.facts) : []),
    [data, filters],
  );

  if (data === undefined) return <div className="view" aria-busy="true" />;
  const articles = data.articles;
  const selectedShown = shown.filter((a) => selected.has(a.id)).map((a) => a.id);

  return (
    <div className="view">
      <header className="view-header">
        <h1>Library</h1>
        <span className="muted" data-testid="library-count">
          {shown.length === articles.length
            ? `${articles.length.toLocaleString()} articles`
            : `${shown.length.toLocaleString()} of ${articles.length.toLocaleString()} articles`}
        </span>
        <span className="spacer" />
        {articles.length > 0 && (
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
      {articles.length === 0 ? (
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
      ) : textQuery.trim() ? (
        <SearchResults query={textQuery} />
      ) : (
        <>
          <LibraryFiltersBar
            data={data}
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
              codes={data.codes}
              stories={data.stories}
              onDone={() => setSelected(new Set())}
            />
          )}
          <LibraryTable
            articles={shown}
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
