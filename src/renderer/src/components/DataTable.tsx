/**
 * A dense, sortable, virtualized table (@tanstack/react-table + react-virtual): only the rows on
 * screen are in the DOM, so it stays smooth at any size.
 */
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';

const ROW_HEIGHT = 34;

export function DataTable<Row extends { id: string }>(props: {
  label: string;
  rows: Row[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- column value types differ per column
  columns: ColumnDef<Row, any>[];
  onOpen?: (row: Row) => void;
  rowTestId: string;
  initialSorting?: SortingState;
  /** Ids of columns to hide (the user's column choice). */
  hiddenColumns?: string[];
  /** When given, rows get checkboxes for multi-select. */
  selection?: { selected: Set<string>; onChange: (next: Set<string>) => void };
}) {
  const [sorting, setSorting] = useState<SortingState>(props.initialSorting ?? []);
  const table = useReactTable({
    data: props.rows,
    columns: props.columns,
    state: {
      sorting,
      columnVisibility: Object.fromEntries((props.hiddenColumns ?? []).map((id) => [id, false])),
    },
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
    .map((c) => `minmax(${c.columnDef.minSize ?? 60}px, ${c.getSize()}fr)`)
    .join(' ');

  const selection = props.selection;
  const gridTemplate = selection ? `36px ${template}` : template;
  return (
    <div className="table" role="table" aria-label={props.label} aria-rowcount={rows.length + 1}>
      {table.getHeaderGroups().map((group) => (
        <div
          key={group.id}
          className="table-row table-header"
          role="row"
          style={{ gridTemplateColumns: gridTemplate }}
        >
          {selection && (
            <div role="columnheader" className="cell-select">
              <input
                type="checkbox"
                aria-label="Select all shown"
                checked={rows.length > 0 && rows.every((r) => selection.selected.has(r.id))}
                onChange={(e) =>
                  selection.onChange(new Set(e.target.checked ? rows.map((r) => r.id) : []))
                }
              />
            </div>
          )}
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
                  disabled={!header.column.getCanSort()}
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
                data-testid={props.rowTestId}
                aria-selected={selection ? selection.selected.has(row.id) : undefined}
                style={{
                  gridTemplateColumns: gridTemplate,
                  transform: `translateY(${item.start}px)`,
                  height: ROW_HEIGHT,
                }}
                onClick={(event) => {
                  // Clicks on controls inside a row act on the control, not the row.
                  if (!(event.target as HTMLElement).closest('button, input, select'))
                    props.onOpen?.(row.original);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && event.target === event.currentTarget)
                    props.onOpen?.(row.original);
                }}
              >
                {selection && (
                  <div role="cell" className="cell-select">
                    <input
                      type="checkbox"
                      aria-label={`Select row ${item.index + 1}`}
                      checked={selection.selected.has(row.id)}
                      onChange={(e) => {
                        const next = new Set(selection.selected);
                        if (e.target.checked) next.add(row.id);
                        else next.delete(row.id);
                        selection.onChange(next);
                      }}
                    />
                  </div>
                )}
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
