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
  column.accessor('wordCount', {
    header: 'Words',
    size: 70,
    cell: (info) => info.getValue().toLocaleString(),
  }),
  column.accessor('sourcePath', { header: 'File', size: 200 }),
];

export function LibraryTable({
  articles,
  onOpen,
}: {
  articles: ArticleRow[];
  onOpen: (id: string) => void;
}) {
  return (
    <DataTable
      label="Articles"
      rows={articles}
      columns={columns}
      onOpen={(row) => onOpen(row.id)}
      rowTestId="library-row"
    />
  );
}
