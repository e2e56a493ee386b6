/** Quote ledger: every quote and reported statement, by speaker and outlet, to review and correct. */
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useNavigation } from '../../app/navigation';
import { DataTable } from '../../components/DataTable';
import { useToast } from '../../components/Toasts';
import { setQuoteReview } from '../../db/quotes';
import { assignQuotes } from '../../db/speakers';
import type { QuoteReview } from '../../db/schema';
import { SpeakerList } from './SpeakerList';
import { exportLedger } from './export-ledger';
import { saveGeneratedFile } from '../../components/download';
import { useQuoteLedger, type LedgerRow } from './useQuoteLedger';
import { useAddToBriefing } from '../briefings/useAddToBriefing';

const column = createColumnHelper<LedgerRow>();

function ReviewButtons({ row }: { row: LedgerRow }) {
  const set = (review: QuoteReview) =>
    void setQuoteReview([row.id], row.review === review ? 'pending' : review);
  return (
    <span className="review-buttons">
      <button
        type="button"
        className={row.review === 'accepted' ? 'icon-button on-accept' : 'icon-button'}
        aria-pressed={row.review === 'accepted'}
        aria-label="Accept quote"
        onClick={() => set('accepted')}
      >
        ✓
      </button>
      <button
        type="button"
        className={row.review === 'rejected' ? 'icon-button on-reject' : 'icon-button'}
        aria-pressed={row.review === 'rejected'}
        aria-label="Reject quote"
        onClick={() => set('rejected')}
      >
        ✗
      </button>
    </span>
  );
}

function AddToBriefing({ row }: { row: LedgerRow }) {
  const add = useAddToBriefing();
  return (
    <button
      type="button"
      className="icon-button"
      aria-label="Add quote to briefing"
      title="Add to the current briefing"
      onClick={() => void add({ quoteId: row.id })}
    >
      ＋
    </button>
  );
}

function SpeakerCell({ row }: { row: LedgerRow }) {
  const notify = useToast();
  const [editing, setEditing] = useState<string | null>(null);
  if (editing !== null) {
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          assignQuotes([row.id], editing)
            .then(() => setEditing(null))
            .catch((error: Error) => notify(error.message, 'error'));
        }}
      >
        <input
          aria-label="Quote speaker"
          autoFocus
          value={editing}
          onChange={(e) => setEditing(e.target.value)}
          onBlur={() => setEditing(null)}
          onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
        />
      </form>
    );
  }
  return (
    <button
      type="button"
      className="link-button"
      title="Change speaker"
      onClick={() => setEditing(row.speaker ?? '')}
    >
      {row.speaker ?? <span className="muted">unattributed</span>}
    </button>
  );
}

const columns = [
  column.accessor((r) => r.speaker ?? '', {
    id: 'speaker',
    header: 'Speaker',
    size: 160,
    cell: (info) => <SpeakerCell row={info.row.original} />,
  }),
  column.accessor('text', {
    header: 'Quote',
    size: 520,
    cell: (info) => <span title={info.getValue()}>{info.getValue()}</span>,
  }),
  column.accessor('kind', {
    header: 'Kind',
    size: 80,
    cell: (info) => (info.getValue() === 'direct' ? 'quote' : 'reported'),
  }),
  column.accessor((r) => r.outlet ?? '', { id: 'outlet', header: 'Outlet', size: 140 }),
  column.accessor((r) => r.published ?? '', { id: 'published', header: 'Published', size: 100 }),
  column.accessor('review', {
    header: 'Review',
    size: 80,
    minSize: 76,
    cell: (info) => <ReviewButtons row={info.row.original} />,
  }),
  column.display({
    id: 'brief',
    header: '',
    size: 40,
    minSize: 40,
    cell: (info) => <AddToBriefing row={info.row.original} />,
  }),
];

export function QuotesView() {
  const ledger = useQuoteLedger();
  const notify = useToast();
  const { openArticle } = useNavigation();
  const [speakerId, setSpeakerId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<'all' | 'direct' | 'indirect'>('all');
  const [review, setReview] = useState<'all' | QuoteReview>('all');

  const rows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (ledger?.rows ?? []).filter(
      (row) =>
        (!speakerId || row.speakerId === speakerId) &&
        (kind === 'all' || row.kind === kind) &&
        (review === 'all' ? row.review !== 'rejected' : row.review === review) &&
        (!needle ||
          `${row.speaker ?? ''} ${row.text} ${row.outlet ?? ''} ${row.title}`
            .toLowerCase()
            .includes(needle)),
    );
  }, [ledger, speakerId, search, kind, review]);

  if (!ledger) return <div className="view" aria-busy="true" />;

  return (
    <div className="view quotes">
      <SpeakerList speakers={ledger.speakers} selectedId={speakerId} onSelect={setSpeakerId} />
      <section className="quotes-main" aria-label="Quote ledger">
        <header className="view-header">
          <h1>Quotes</h1>
          <span className="muted" data-testid="quote-count">
            {rows.length.toLocaleString()} of {ledger.rows.length.toLocaleString()}
          </span>
          <span className="spacer" />
          <input
            type="search"
            aria-label="Search quotes"
            placeholder="Search speaker, quote, outlet"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <select
            aria-label="Kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as typeof kind)}
          >
            <option value="all">Direct and reported</option>
            <option value="direct">Direct quotes</option>
            <option value="indirect">Reported speech</option>
          </select>
          <select
            aria-label="Review"
            value={review}
            onChange={(e) => setReview(e.target.value as typeof review)}
          >
            <option value="all">Not rejected</option>
            <option value="pending">To review</option>
            <option value="accepted">Accepted</option>
            <option value="rejected">Rejected</option>
          </select>
          <select
            aria-label="Export the shown quotes"
            value=""
            disabled={!rows.length}
            onChange={(e) => {
              const format = e.target.value as 'csv' | 'xlsx' | '';
              if (!format) return;
              void exportLedger(rows, format)
                .then((data) => saveGeneratedFile(data, `quotes.${format}`))
                .then((savedTo) => savedTo && notify(`Quotes saved to ${savedTo}`))
                .catch((error: Error) => notify(error.message, 'error'));
            }}
          >
            <option value="">Export…</option>
            <option value="csv">CSV</option>
            <option value="xlsx">Excel</option>
          </select>
        </header>
        {ledger.rows.length ? (
          <DataTable
            label="Quotes"
            rows={rows}
            columns={columns}
            rowTestId="quote-row"
            onOpen={(row) => openArticle(row.articleId, { start: row.start, end: row.end })}
          />
        ) : (
          <div className="empty-state">
            <h2>No quotes yet</h2>
            <p>
              Quotes and reported statements are found automatically when articles are imported. You
              can also select text in the Reader and mark it as a quote.
            </p>
          </div>
        )}
      </section>
    </div>
  );
}
