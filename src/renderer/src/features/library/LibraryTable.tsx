/**
 * The library's columns over the shared virtualized table, fed by id: only the rows on screen are
 * looked up, and the catalog reads them first.
 */
import { createColumnHelper, type SortingState } from '@tanstack/react-table';
import { DataTable } from '../../components/DataTable';
import {
  kindLabel,
  type CatalogRow,
  type LibrarySort,
  type SortColumn,
} from './catalog/catalog-row';
import type { LibraryCatalog } from './catalog/library-catalog';

const column = createColumnHelper<CatalogRow>();
const orDash = (value: string | null) => value ?? <span className="muted">—</span>;
// One formatter for every cell: Number#toLocaleString builds a new one per call, which showed up
// as the biggest cost of scrolling 100,000 rows.
const wholeNumber = new Intl.NumberFormat();

const columns = [
  column.accessor('title', {
    header: 'Title',
    size: 420,
    cell: (info) => <span className="cell-title">{info.getValue()}</span>,
  }),
  column.accessor('outlet', {
    header: 'Outlet',
    size: 150,
    cell: (info) => orDash(info.getValue()),
  }),
  column.accessor('published', {
    header: 'Published',
    size: 110,
    sortUndefined: 'last',
    cell: (info) => orDash(info.getValue()),
  }),
  column.accessor('author', {
    header: 'Author',
    size: 150,
    cell: (info) => orDash(info.getValue()),
  }),
  column.accessor(kindLabel, {
    id: 'kind',
    header: 'Kind',
    size: 100,
    cell: (info) =>
      info.getValue() === 'article' ? (
        <span className="muted">article</span>
      ) : (
        <span className={info.getValue() === 'duplicate' ? 'badge badge-warn' : 'badge'}>
          {info.getValue()}
        </span>
      ),
  }),
  column.accessor('language', {
    header: 'Language',
    size: 70,
    cell: (info) => orDash(info.getValue()),
  }),
  column.accessor('wordCount', {
    header: 'Words',
    size: 70,
    cell: (info) => wholeNumber.format(info.getValue()),
  }),
  column.accessor('sourcePath', { header: 'File', size: 200 }),
];

const toSorting = (sort: LibrarySort): SortingState =>
  sort.column === 'importedAt' ? [] : [{ id: sort.column, desc: sort.descending }];

const fromSorting = (sorting: SortingState): LibrarySort => {
  const first = sorting[0];
  return first
    ? { column: first.id as SortColumn, descending: first.desc }
    : { column: 'importedAt', descending: false };
};

export function LibraryTable(props: {
  ids: readonly string[];
  catalog: LibraryCatalog;
  sort: LibrarySort;
  onSort: (sort: LibrarySort) => void;
  onOpen: (id: string) => void;
  hiddenColumns: string[];
  selected: Set<string>;
  onSelect: (next: Set<string>) => void;
}) {
  const { catalog } = props;
  return (
    <DataTable
      label="Articles"
      source={{
        ids: props.ids,
        rowFor: (id) => catalog.rows.get(id),
        onVisible: catalog.want.bind(catalog),
        sorting: toSorting(props.sort),
        onSortingChange: (sorting) => props.onSort(fromSorting(sorting)),
      }}
      columns={columns}
      onOpen={(row) => props.onOpen(row.id)}
      rowTestId="library-row"
      hiddenColumns={props.hiddenColumns}
      selection={{ selected: props.selected, onChange: props.onSelect }}
    />
  );
}
