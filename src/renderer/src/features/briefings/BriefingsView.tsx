/** Briefings: compose excerpts with commentary and export them as a PDF to send. */
import { useEffect, useState } from 'react';
import { renderBriefingCsv } from '../../../../shared/briefing/render-csv';
import { renderBriefingHtml } from '../../../../shared/briefing/render-html';
import { renderBriefingMarkdown } from '../../../../shared/briefing/render-markdown';
import { renderBriefingXlsx } from '../../../../shared/briefing/render-xlsx';
import { saveGeneratedFile } from '../../components/download';
import { useToast } from '../../components/Toasts';
import {
  createBriefing,
  deleteBriefing,
  moveItem,
  moveItemTo,
  removeItem,
  updateBriefing,
} from '../../db/briefings';
import { callHost } from '../../host/bridge';
import { BriefingItemCard } from './BriefingItemCard';
import { NoteForm } from './NoteForm';
import { loadBriefingDocument } from './briefing-document';
import { useBriefingItems, useBriefingList } from './useBriefings';
import type { BriefingRow } from '../../db/schema';

function safeFileName(title: string): string {
  const base =
    title
      .replace(/[\\/:*?"<>|\n\r\t]+/g, ' ')
      .trim()
      .slice(0, 120) || 'Briefing';
  return `${base}.pdf`;
}

function BriefingFields({ briefing }: { briefing: BriefingRow }) {
  const [title, setTitle] = useState(briefing.title);
  const [author, setAuthor] = useState(briefing.author);
  const [summary, setSummary] = useState(briefing.summary);
  useEffect(() => {
    setTitle(briefing.title);
    setAuthor(briefing.author);
    setSummary(briefing.summary);
  }, [briefing.id, briefing.title, briefing.author, briefing.summary]);
  return (
    <div className="briefing-fields">
      <label htmlFor="briefing-title">Title</label>
      <input
        id="briefing-title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        onBlur={() =>
          void updateBriefing(briefing.id, { title: title.trim() || 'Untitled briefing' })
        }
      />
      <label htmlFor="briefing-author">Author</label>
      <input
        id="briefing-author"
        value={author}
        onChange={(e) => setAuthor(e.target.value)}
        onBlur={() => void updateBriefing(briefing.id, { author })}
      />
      <label htmlFor="briefing-summary">Summary</label>
      <textarea
        id="briefing-summary"
        rows={3}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        onBlur={() => void updateBriefing(briefing.id, { summary })}
      />
    </div>
  );
}

export function BriefingsView() {
  const briefings = useBriefingList();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = briefings?.find((b) => b.id === selectedId) ?? briefings?.[0] ?? null;
  const items = useBriefingItems(selected?.id ?? null);
  const notify = useToast();
  const [pageSize, setPageSize] = useState<'A4' | 'Letter'>('A4');
  const [exporting, setExporting] = useState(false);
  const [savedTo, setSavedTo] = useState<string | null>(null);

  const exportPdf = async () => {
    if (!selected) return;
    // Fields save on blur; make sure the focused one is saved before printing.
    (document.activeElement as HTMLElement | null)?.blur();
    setExporting(true);
    setSavedTo(null);
    try {
      const document_ = await loadBriefingDocument(selected.id);
      const result = await callHost('export.savePdf', {
        html: renderBriefingHtml(document_),
        suggestedName: safeFileName(document_.title),
        pageSize,
      });
      if ('savedTo' in result) {
        setSavedTo(result.savedTo);
        notify(`PDF saved to ${result.savedTo}`);
      }
    } catch (error) {
      notify(`Export failed: ${(error as Error).message}`, 'error');
    } finally {
      setExporting(false);
    }
  };

  /** Exports in other formats go through the same save as the PDF. */
  const exportAs = async (format: 'html' | 'md' | 'csv' | 'xlsx') => {
    if (!selected) return;
    (document.activeElement as HTMLElement | null)?.blur();
    setExporting(true);
    setSavedTo(null);
    try {
      const document_ = await loadBriefingDocument(selected.id);
      const base = safeFileName(document_.title).replace(/\.pdf$/, '');
      const data =
        format === 'html'
          ? renderBriefingHtml(document_)
          : format === 'md'
            ? renderBriefingMarkdown(document_)
            : format === 'csv'
              ? renderBriefingCsv(document_)
              : new Uint8Array(await renderBriefingXlsx(document_));
      const saved = await saveGeneratedFile(data, `${base}.${format}`);
      if (saved) {
        setSavedTo(saved);
        notify(`Saved to ${saved}`);
      }
    } catch (error) {
      notify(`Export failed: ${(error as Error).message}`, 'error');
    } finally {
      setExporting(false);
    }
  };

  if (briefings === undefined) return <div className="view" aria-busy="true" />;

  return (
    <div className="view briefings">
      <aside className="briefing-list" aria-label="Briefings">
        <div className="list-head">
          <h2>Briefings</h2>
          <button
            type="button"
            className="button small"
            onClick={() => void createBriefing().then((b) => setSelectedId(b.id))}
          >
            New
          </button>
        </div>
        <ul>
          {briefings.map((briefing) => (
            <li key={briefing.id}>
              <button
                type="button"
                className="list-item"
                aria-current={briefing.id === selected?.id ? 'true' : undefined}
                onClick={() => setSelectedId(briefing.id)}
              >
                {briefing.title}
              </button>
            </li>
          ))}
        </ul>
      </aside>
      {selected ? (
        <section className="briefing-editor" aria-label="Briefing">
          <header className="view-header">
            <h1>{selected.title}</h1>
            <span className="spacer" />
            <label className="inline-label">
              Page size
              <select
                value={pageSize}
                onChange={(e) => setPageSize(e.target.value as 'A4' | 'Letter')}
              >
                <option value="A4">A4</option>
                <option value="Letter">Letter</option>
              </select>
            </label>
            <button
              type="button"
              className="button primary"
              disabled={exporting || !items?.length}
              onClick={() => void exportPdf()}
            >
              {exporting ? 'Exporting…' : 'Export PDF'}
            </button>
            <select
              aria-label="Export in another format"
              value=""
              disabled={exporting || !items?.length}
              onChange={(e) => {
                const format = e.target.value as 'html' | 'md' | 'csv' | 'xlsx' | '';
                if (format) void exportAs(format);
              }}
            >
              <option value="">Other formats…</option>
              <option value="html">HTML</option>
              <option value="md">Markdown</option>
              <option value="csv">CSV (one row per item)</option>
              <option value="xlsx">Excel (one row per item)</option>
            </select>
            <button
              type="button"
              className="button quiet"
              onClick={() => {
                if (
                  window.confirm(
                    `Delete the briefing “${selected.title}”? Its highlights stay in the articles.`,
                  )
                ) {
                  void deleteBriefing(selected.id);
                }
              }}
            >
              Delete
            </button>
          </header>
          {savedTo && (
            <p className="notice" data-testid="export-result">
              Saved to {savedTo}
            </p>
          )}
          <BriefingFields briefing={selected} />
          <div className="section-head items-head">
            <h2 className="side-heading">Items</h2>
            <span className="muted small">Drag to reorder, or Alt+↑/↓</span>
            <span className="spacer" />
            <NoteForm key={selected.id} briefingId={selected.id} />
          </div>
          {items && items.length > 0 ? (
            <ol className="briefing-items">
              {items.map((view, index) => (
                <BriefingItemCard
                  key={view.item.id}
                  view={view}
                  index={index}
                  count={items.length}
                  onMove={(direction) => void moveItem(selected.id, view.item.id, direction)}
                  onRemove={() => void removeItem(view.item.id)}
                  onDropItem={(dragged) => void moveItemTo(selected.id, dragged, index)}
                />
              ))}
            </ol>
          ) : (
            <p className="muted">
              Tag passages in the Reader, then use “Add to briefing” on a highlight.
            </p>
          )}
        </section>
      ) : (
        <div className="empty-state">
          <h2>No briefings yet</h2>
          <p>Tag passages in the Reader and add them to a briefing, or start one now.</p>
          <button
            type="button"
            className="button primary"
            onClick={() => void createBriefing().then((b) => setSelectedId(b.id))}
          >
            New briefing
          </button>
        </div>
      )}
    </div>
  );
}
