/** The library as a dense, sortable, virtualized table: only the visible rows are in the DOM. */
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import type { ArticleRow } from '../../db/schema';

const column = createColumnHelper<ArticleRow>();

const columns = [
  column.accessor('title', {
    header: 'Title',
    size: 420,
    cell: (info) => (
      <span className="cell-title">
        {info.getValue()}
        {info.row.original.kind === 'aggregator' && <span className="badge">aggregator</span>}
        {info.row.original.duplicateOf && <span className="badge badge-warn">duplicate</span>}
      </span>
    ),
  }),
  column.accessor('outlet', {
    header: 'Outlet',
    size: 150,
    cell: (info) => info.getValue() ?? <span className="muted">—</span>,
  }),
  column.accessor('published', {
    header: 'Published',
    size: 110,
    sortUndefined: 'last',
    cell: (info) => info.getValue() ?? <span className="muted">—</span>,
  }),
  column.accessor('author', {
    header: 'Author',
    size: 150,
    cell: (info) => info.getValue() ?? <span className="muted">—</span>,
  }),
  column.accessor('wordCount', {
    header: 'Words',
    size: 70,
    cell: (info) => info.getValue().toLocaleString(),
  }),
  column.accessor('sourcePath', { header: 'File', size: 200 }),
];

const ROW_HEIGHT = 34;

export function LibraryTable({
  articles,
  onOpen,
}: {
  articles: ArticleRow[];
  onOpen: (id: string) => void;
}) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data: articles,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.id,
  });
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const template = table
    .getVisibleFlatColumns()
    .map((c) => `minmax(60px, ${c.getSize()}fr)`)
    .join(' ');

  return (
    <div className="table" role="table" aria-label="Articles" aria-rowcount={rows.length + 1}>
      {table.getHeaderGroups().map((group) => (
        <div
          key={group.id}
          className="table-row table-header"
          role="row"
          style={{ gridTemplateColumns: template }}
        >
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            return (
              <div
                key={header.id}
                role="columnheader"
                aria-sort={
                  sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                }
              >
                <button
                  type="button"
                  className="header-button"
                  onClick={header.column.getToggleSortingHandler()}
                >
                  {flexRender(header.column.columnDef.header, header.getContext())}
                  <span className="sort-mark" aria-hidden="true">
                    {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      ))}
      <div ref={scrollRef} className="table-body" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={row.id}
                role="row"
                tabIndex={0}
                aria-rowindex={item.index + 2}
                className="table-row"
                data-testid="library-row"
                style={{
                  gridTemplateColumns: template,
                  transform: `translateY(${item.start}px)`,
                  height: ROW_HEIGHT,
                }}
                onClick={() => onOpen(row.id)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') onOpen(row.id);
                }}
              >
                {row.getVisibleCells().map((cell) => (
                  <div key={cell.id} role="cell" className={`cell cell-${cell.column.id}`}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
