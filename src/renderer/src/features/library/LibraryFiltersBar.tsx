/** The library's filters, saved searches and column choice. */
import { useState } from 'react';
import { useToast } from '../../components/Toasts';
import { db } from '../../db/database';
import type { LibraryFilters } from '../../db/schema';
import { EMPTY_FILTERS, isFiltering } from './filter-articles';
import type { LibraryLists } from './useLibraryData';

export const OPTIONAL_COLUMNS = [
  { id: 'outlet', label: 'Outlet' },
  { id: 'published', label: 'Published' },
  { id: 'author', label: 'Author' },
  { id: 'kind', label: 'Kind' },
  { id: 'language', label: 'Language' },
  { id: 'wordCount', label: 'Words' },
  { id: 'sourcePath', label: 'File' },
];

export function LibraryFiltersBar(props: {
  data: LibraryLists;
  /** Outlets and languages in the library; empty until the catalog has read every article. */
  facets: { outlets: string[]; languages: string[] };
  filters: LibraryFilters;
  onChange: (filters: LibraryFilters) => void;
  hiddenColumns: string[];
  onHiddenColumns: (ids: string[]) => void;
}) {
  const notify = useToast();
  const { filters, onChange, data } = props;
  const set = <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]) =>
    onChange({ ...filters, [key]: value });
  const { outlets, languages } = props.facets;
  const [columnsOpen, setColumnsOpen] = useState(false);
  const [naming, setNaming] = useState<string | null>(null);

  return (
    <div className="filters-bar" role="search" aria-label="Filter the library">
      <input
        type="search"
        aria-label="Filter by title, outlet, author or file"
        placeholder="Filter titles, outlets, authors…"
        value={filters.text}
        onChange={(e) => set('text', e.target.value)}
      />
      <select
        aria-label="Outlet"
        value={filters.outlet ?? ''}
        onChange={(e) => set('outlet', e.target.value || null)}
      >
        <option value="">All outlets</option>
        {outlets.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
      <select
        aria-label="Story"
        value={filters.storyId ?? ''}
        onChange={(e) => set('storyId', e.target.value || null)}
      >
        <option value="">All stories</option>
        {data.stories.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label.length > 50 ? s.label.slice(0, 50) + '…' : s.label}
          </option>
        ))}
      </select>
      <select
        aria-label="Code"
        value={filters.tagId ?? ''}
        onChange={(e) => set('tagId', e.target.value || null)}
      >
        <option value="">Any code</option>
        {data.codes.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Language"
        value={filters.language ?? ''}
        onChange={(e) => set('language', e.target.value || null)}
      >
        <option value="">Any language</option>
        {languages.map((l) => (
          <option key={l}>{l}</option>
        ))}
      </select>
      <label className="inline-label">
        From
        <input
          type="date"
          aria-label="Published from"
          value={filters.from ?? ''}
          onChange={(e) => set('from', e.target.value || null)}
        />
      </label>
      <label className="inline-label">
        to
        <input
          type="date"
          aria-label="Published to"
          value={filters.to ?? ''}
          onChange={(e) => set('to', e.target.value || null)}
        />
      </label>
      <select
        aria-label="Kind"
        value={filters.kind}
        onChange={(e) => set('kind', e.target.value as LibraryFilters['kind'])}
      >
        <option value="all">All kinds</option>
        <option value="article">Articles</option>
        <option value="aggregator">Aggregator pages</option>
        <option value="duplicate">Duplicates</option>
      </select>
      <label className="inline-label">
        <input
          type="checkbox"
          checked={filters.hasQuotes}
          onChange={(e) => set('hasQuotes', e.target.checked)}
        />
        has quotes
      </label>
      <label className="inline-label">
        <input
          type="checkbox"
          checked={filters.hasClaims}
          onChange={(e) => set('hasClaims', e.target.checked)}
        />
        has claims
      </label>
      {isFiltering(filters) && (
        <>
          <button
            type="button"
            className="button small quiet"
            onClick={() => onChange(EMPTY_FILTERS)}
          >
            Clear
          </button>
          {naming === null ? (
            <button type="button" className="button small" onClick={() => setNaming('')}>
              Save search
            </button>
          ) : (
            <form
              className="inline-form"
              onSubmit={(event) => {
                event.preventDefault();
                const name = naming.trim();
                if (!name) return;
                void db.savedSearches
                  .add({ id: crypto.randomUUID(), name, filters, createdAt: Date.now() })
                  .then(() => {
                    notify(`Saved search “${name}”`);
                    setNaming(null);
                  });
              }}
            >
              <input
                aria-label="Search name"
                autoFocus
                placeholder="Name"
                value={naming}
                onChange={(e) => setNaming(e.target.value)}
                onKeyDown={(e) => e.key === 'Escape' && setNaming(null)}
              />
              <button type="submit" className="button small primary">
                Save
              </button>
            </form>
          )}
        </>
      )}
      {data.savedSearches.length > 0 && (
        <select
          aria-label="Saved searches"
          value=""
          onChange={(e) => {
            const saved = data.savedSearches.find((s) => s.id === e.target.value);
            if (saved) onChange({ ...EMPTY_FILTERS, ...saved.filters });
          }}
        >
          <option value="">Saved searches…</option>
          {data.savedSearches.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      )}
      <span className="columns-menu">
        <button
          type="button"
          className="button small"
          aria-expanded={columnsOpen}
          onClick={() => setColumnsOpen(!columnsOpen)}
        >
          Columns
        </button>
        {columnsOpen && (
          <div className="menu" role="group" aria-label="Columns">
            {OPTIONAL_COLUMNS.map((column) => (
              <label key={column.id}>
                <input
                  type="checkbox"
                  checked={!props.hiddenColumns.includes(column.id)}
                  onChange={(e) =>
                    props.onHiddenColumns(
                      e.target.checked
                        ? props.hiddenColumns.filter((id) => id !== column.id)
                        : [...props.hiddenColumns, column.id],
                    )
                  }
                />
                {column.label}
              </label>
            ))}
          </div>
        )}
      </span>
    </div>
  );
}
