/** Live import progress, then the per-file report with a CSV export. */
import { useEffect, useMemo, useState } from 'react';
import { toCsv } from '../../../../shared/text/csv';
import type { ImportProgress } from './import-runner';
import { useImportActions } from './ImportContext';
import { saveGeneratedFile } from '../../components/download';
import { useToast } from '../../components/Toasts';
import { ImportReportTable } from './ImportReportTable';

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

async function saveReportCsv(progress: ImportProgress): Promise<string | null> {
  const csv = toCsv(
    ['file', 'status', 'reason', 'duplicateOf'],
    progress.reports.map((r) => [r.file, r.status, r.reason ?? '', r.duplicateOf ?? '']),
  );
  return saveGeneratedFile(csv, `import-report-${progress.label.replace(/[^\w.-]+/g, '_')}.csv`);
}

export function ImportPanel() {
  const { controller } = useImportActions();
  const notify = useToast();
  const progress = controller.progress;
  const finished =
    progress?.phase === 'done' || progress?.phase === 'cancelled' || progress?.phase === 'failed';
  const reports = progress?.reports;
  const notImported = useMemo(
    () => (finished && reports ? reports.filter((r) => r.status !== 'imported') : []),
    [finished, reports],
  );
  // A short list shows at once; a long one is built only when the user opens it.
  const [reportOpen, setReportOpen] = useState(false);
  useEffect(() => setReportOpen(notImported.length > 0 && notImported.length <= 8), [notImported]);
  if (!progress) return null;

  const elapsed = (performance.now() - progress.startedAt) / 1000;
  const rate = progress.done / Math.max(elapsed, 0.001);
  const remaining = rate > 0 ? (progress.total - progress.done) / rate : Infinity;
  const { counts } = progress;

  return (
    <section
      className="import-panel"
      aria-label="Import"
      data-testid="import-panel"
      data-phase={progress.phase}
    >
      <div className="import-head">
        <strong>
          {finished
            ? progress.phase === 'cancelled'
              ? `Import of ${progress.label} cancelled`
              : progress.phase === 'failed'
                ? `Import of ${progress.label} failed`
                : `Imported ${progress.label}`
            : `Importing ${progress.label}…`}
        </strong>
        <span className="import-counts" data-testid="import-counts">
          {counts.imported} imported · {counts.duplicate} duplicate · {counts.skipped} skipped ·{' '}
          {counts.failed} failed
        </span>
        <span className="spacer" />
        {!finished && (
          <button type="button" className="button" onClick={controller.cancel}>
            Cancel
          </button>
        )}
        {finished && (
          <>
            <button
              type="button"
              className="button"
              onClick={() =>
                void saveReportCsv(progress)
                  .then((savedTo) => savedTo && notify(`Report saved to ${savedTo}`))
                  .catch((error: Error) => notify(error.message, 'error'))
              }
            >
              Save report as CSV
            </button>
            <button type="button" className="button" onClick={controller.dismiss}>
              Close
            </button>
          </>
        )}
      </div>
      <progress
        className="import-progress"
        max={Math.max(progress.total, 1)}
        value={progress.done}
        aria-label="Import progress"
      />
      {!finished && (
        <div className="import-status">
          {progress.done} of {progress.total} files · {rate.toFixed(1)} files/s · about{' '}
          {formatDuration(remaining)} left
          {progress.currentFile && <span className="current-file"> · {progress.currentFile}</span>}
        </div>
      )}
      {progress.error && <p className="error-text">{progress.error}</p>}
      {finished && notImported.length > 0 && (
        <details
          className="import-report"
          open={reportOpen}
          onToggle={(event) => setReportOpen(event.currentTarget.open)}
        >
          <summary>{notImported.length} file(s) not imported as new articles</summary>
          {reportOpen && <ImportReportTable reports={notImported} />}
        </details>
      )}
    </section>
  );
}
