/**
 * A dense, sortable, virtualized table (@tanstack/react-table + react-virtual): only the rows on
 * screen are in the DOM, so it stays smooth at any size.
 *
 * Two ways to feed it: `rows` (all in memory; the table sorts them) or `source` (ids in the
 * caller's order, rows looked up as they scroll into view; the caller sorts). With a source the
 * table model only ever holds the rows on screen, so 100,000 articles cost what 60 do.
 */
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type Row as TanstackRow,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState } from 'react';

const ROW_HEIGHT = 34;

/** The previous array while it holds the same row objects in the same order. */
function useStableRows<Row>(rows: Row[] | null): Row[] | null {
  const previous = useRef<Row[] | null>(null);
  const last = previous.current;
  if (
    rows === null ||
    last === null ||
    rows.length !== last.length ||
    rows.some((row, i) => row !== last[i])
  )
    previous.current = rows;
  return previous.current;
}

/** Rows looked up by id as they scroll into view. */
export interface RowSource<Row> {
  ids: readonly string[];
  rowFor: (id: string) => Row | undefined;
  /** Called with the ids on screen (and just off it), so the caller can load them first. */
  onVisible?: (ids: string[]) => void;
  /** Sorting is the caller's: the table only shows and changes the state. */
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
}

export function DataTable<Row extends { id: string }>(props: {
  label: string;
  rows?: Row[];
  source?: RowSource<Row>;
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
  const [ownSorting, setOwnSorting] = useState<SortingState>(props.initialSorting ?? []);
  const source = props.source;
  const count = source ? source.ids.length : (props.rows?.length ?? 0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const windowIds = source ? virtualItems.map((item) => source.ids[item.index]!) : [];
  const windowKey = windowIds.join('\n');
  const onVisible = source?.onVisible;
  useEffect(() => {
    if (windowKey) onVisible?.(windowKey.split('\n'));
  }, [windowKey, onVisible]);
  // A new array only when the rows on screen change: each new data array makes the table model
  // recompute, so one per render would re-render forever.
  const rowsOnScreen = source
    ? windowIds.flatMap((id) => {
        const row = source.rowFor(id);
        return row ? [row] : [];
      })
    : null;
  const windowRows = useStableRows(rowsOnScreen);
  const sorting = source ? source.sorting : ownSorting;
  const table = useReactTable({
    data: windowRows ?? props.rows ?? [],
    columns: props.columns,
    state: {
      sorting,
      columnVisibility: Object.fromEntries((props.hiddenColumns ?? []).map((id) => [id, false])),
    },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      if (source) source.onSortingChange(next);
      else setOwnSorting(next);
    },
    manualSorting: Boolean(source),
    // No pagination or expansion here; the resets they schedule on new data only re-render.
    autoResetAll: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: source ? undefined : getSortedRowModel(),
    getRowId: (row) => row.id,
  });
  const rows = table.getRowModel().rows;
  const allIds = (): readonly string[] => (source ? source.ids : rows.map((r) => r.id));
  const template = table
    .getVisibleFlatColumns()
    .map((c) => `minmax(${c.columnDef.minSize ?? 60}px, ${c.getSize()}fr)`)
    .join(' ');

  const visibleIds = table
    .getVisibleFlatColumns()
    .map((c) => c.id)
    .join(',');
  const selection = props.selection;
  const gridTemplate = selection ? `36px ${template}` : template;
  // Row handlers read the latest props through one stable object, so rows can skip re-rendering.
  const latest = useRef({ onOpen: props.onOpen, selection });
  latest.current = { onOpen: props.onOpen, selection };
  const actions = useMemo<RowActions<Row>>(
    () => ({
      open: (row) => latest.current.onOpen?.(row),
      toggle: (id, on) => {
        const current = latest.current.selection;
        if (!current) return;
        const next = new Set(current.selected);
        if (on) next.add(id);
        else next.delete(id);
        current.onChange(next);
      },
    }),
    [],
  );
  return (
    <div className="table" role="table" aria-label={props.label} aria-rowcount={count + 1}>
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
                checked={count > 0 && allIds().every((id) => selection.selected.has(id))}
                onChange={(e) => selection.onChange(new Set(e.target.checked ? allIds() : []))}
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
          {virtualItems.map((item) => {
            const row = source
              ? table.getRowModel().rowsById[source.ids[item.index]!]
              : rows[item.index]!;
            if (!row)
              return (
                <div
                  key={source!.ids[item.index]}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-busy="true"
                  className="table-row table-row-loading"
                  style={{
                    gridTemplateColumns: gridTemplate,
                    transform: `translateY(${item.start}px)`,
                    height: ROW_HEIGHT,
                  }}
                >
                  <div role="cell" className="cell muted">
                    …
                  </div>
                </div>
              );
            return (
              <TableRow
                key={row.id}
                row={row}
                original={row.original}
                index={item.index}
                start={item.start}
                gridTemplate={gridTemplate}
                testId={props.rowTestId}
                columnIds={visibleIds}
                columns={props.columns}
                selected={selection ? selection.selected.has(row.id) : undefined}
                actions={actions}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface RowActions<Row> {
  open: (row: Row) => void;
  toggle: (id: string, on: boolean) => void;
}

interface TableRowProps<Row> {
  row: TanstackRow<Row>;
  /** The row's data: with index, start, template and selection, all a row's look depends on. */
  original: Row;
  index: number;
  start: number;
  gridTemplate: string;
  testId: string;
  /** The visible columns' ids, and the column definitions (compared, not read). */
  columnIds: string;
  columns: unknown;
  /** Undefined when the table has no selection. */
  selected: boolean | undefined;
  actions: RowActions<Row>;
}

function TableRowView<Row extends { id: string }>({
  row,
  index,
  start,
  gridTemplate,
  testId,
  selected,
  actions,
}: TableRowProps<Row>) {
  return (
    <div
      role="row"
      tabIndex={0}
      aria-rowindex={index + 2}
      className="table-row"
      data-testid={testId}
      aria-selected={selected}
      style={{
        gridTemplateColumns: gridTemplate,
        transform: `translateY(${start}px)`,
        height: ROW_HEIGHT,
      }}
      onClick={(event) => {
        // Clicks on controls inside a row act on the control, not the row.
        if (!(event.target as HTMLElement).closest('button, input, select'))
          actions.open(row.original);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget)
          actions.open(row.original);
      }}
    >
      {selected !== undefined && (
        <div role="cell" className="cell-select">
          <input
            type="checkbox"
            aria-label={`Select row ${index + 1}`}
            checked={selected}
            onChange={(e) => actions.toggle(row.id, e.target.checked)}
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
}

/**
 * A row re-renders only when what it shows changes: scrolling then renders just the rows that come
 * into view, not every row on screen. (The tanstack row object is new whenever the rows on screen
 * change, so it is left out of the comparison; its data, `original`, is compared instead.)
 */
const TableRow = memo(
  TableRowView,
  (before, after) =>
    before.original === after.original &&
    before.index === after.index &&
    before.start === after.start &&
    before.gridTemplate === after.gridTemplate &&
    before.selected === after.selected &&
    before.testId === after.testId &&
    before.columnIds === after.columnIds &&
    before.columns === after.columns,
) as typeof TableRowView;
