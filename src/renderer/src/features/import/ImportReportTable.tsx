/**
 * The files an import did not add as new articles, with why. A virtualized table: a folder of
 * 10,000 unsupported files lists as quickly as one of ten, and only the rows on screen are built.
 */
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { ImportFileReport } from '../../../../shared/domain';
import { DataTable } from '../../components/DataTable';

interface ReportRow {
  id: string;
  file: string;
  status: ImportFileReport['status'];
  reason: string;
}

const column = createColumnHelper<ReportRow>();

const columns = [
  column.accessor('file', {
    header: 'File',
    size: 280,
    cell: (info) => <span title={info.getValue()}>{info.getValue()}</span>,
  }),
  column.accessor('status', {
    header: 'Status',
    size: 90,
    cell: (info) => <span className={`status status-${info.getValue()}`}>{info.getValue()}</span>,
  }),
  column.accessor('reason', {
    header: 'Reason',
    size: 420,
    cell: (info) => <span title={info.getValue()}>{info.getValue()}</span>,
  }),
];

/** Rows are 34 px: the table is as tall as its rows, up to ten of them, then scrolls. */
const MAX_HEIGHT = 34 * 11;

export function ImportReportTable({ reports }: { reports: ImportFileReport[] }) {
  const rows = useMemo(
    () =>
      reports.map((report) => ({
        id: report.file,
        file: report.file,
        status: report.status,
        reason: `${report.reason ?? ''}${report.duplicateOf ? ` (${report.duplicateOf})` : ''}`,
      })),
    [reports],
  );
  return (
    <div
      className="import-report-table"
      style={{ height: Math.min(MAX_HEIGHT, 34 * (rows.length + 1) + 2) }}
    >
      <DataTable
        label="Files not imported as new articles"
        rows={rows}
        columns={columns}
        rowTestId="import-report-row"
      />
    </div>
  );
}
