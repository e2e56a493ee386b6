/** The library's columns over the shared virtualized table. */
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../components/DataTable';
import type { ArticleRow } from '../../db/schema';

const column = createColumnHelper<ArticleRow>();
const orDash = (value: string | null) => value ?? <span className="muted">—</span>;

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
  column.accessor(
    (row) => (row.kind === 'aggregator' ? 'aggregator' : row.duplicateOf ? 'duplicate' : 'article'),
    {
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
    },
  ),
  column.accessor('language', {
    header: 'Language',
    size: 70,
    cell: (info) => orDash(info.getValue()),
  }),
  column.accessor('wordCount', {
    header: 'Words',
    size: 70,
    cell: (info) => info.getValue().toLocaleString(),
  }),
  column.accessor('sourcePath', { header: 'File', size: 200 }),
];

export function LibraryTable(props: {
  articles: ArticleRow[];
  onOpen: (id: string) => void;
  hiddenColumns: string[];
  selected: Set<string>;
  onSelect: (next: Set<string>) => void;
}) {
  return (
    <DataTable
      label="Articles"
      rows={props.articles}
      columns={columns}
      onOpen={(row) => props.onOpen(row.id)}
      rowTestId="library-row"
      hiddenColumns={props.hiddenColumns}
      selection={{ selected: props.selected, onChange: props.onSelect }}
    />
  );
}
