/** Reader: the article's clean text, tagging of selected passages, and its highlights. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigation } from '../../app/navigation';
import { useToast } from '../../components/Toasts';
import { addHighlight, deleteHighlight } from '../../db/highlights';
import { addHighlightToBriefing, currentBriefing } from '../../db/briefings';
import { findOrCreateTag } from '../../db/tags';
import { ArticleBody, type RenderedHighlight } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { HighlightList } from './HighlightList';
import { selectionOffsets } from './selection-offsets';
import { TagSelectionForm } from './TagSelectionForm';
import { useArticle } from './useArticle';

export function ReaderView() {
  const { articleId, show } = useNavigation();
  const data = useArticle(articleId);
  const notify = useToast();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<{ start: number; end: number } | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);

  const tagsById = useMemo(() => new Map((data?.tags ?? []).map((t) => [t.id, t])), [data?.tags]);
  const rendered: RenderedHighlight[] = useMemo(
    () =>
      (data?.highlights ?? []).flatMap((h) =>
        h.range
          ? [
              {
                id: h.id,
                start: h.range.start,
                end: h.range.end,
                color: tagsById.get(h.tagIds[0] ?? '')?.color ?? '#888888',
                label: h.tagIds.map((id) => tagsById.get(id)?.name ?? '').join(', '),
              },
            ]
          : [],
      ),
    [data?.highlights, tagsById],
  );

  const captureSelection = useCallback(() => {
    if (!bodyRef.current || !data) return;
    const offsets = selectionOffsets(bodyRef.current, data.body.body);
    if (offsets) setPending(offsets);
  }, [data]);

  // "T" tags the current selection, as in most annotation tools.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 't' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target?.closest('input, textarea, [contenteditable="true"]')) return;
      captureSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [captureSelection]);

  if (data === undefined) return <div className="view" aria-busy="true" />;
  if (data === null) {
    return (
      <div className="view">
        <div className="empty-state">
          <h2>No article open</h2>
          <p>Open an article from the Library to read and tag it.</p>
          <button type="button" className="button primary" onClick={() => show('library')}>
            Go to Library
          </button>
        </div>
      </div>
    );
  }

  const applyTag = async (tagName: string) => {
    if (!pending) return;
    try {
      const tag = await findOrCreateTag(tagName);
      const highlight = await addHighlight({
        articleId: data.article.id,
        body: data.body.body,
        start: pending.start,
        end: pending.end,
        tagIds: [tag.id],
      });
      setFocusedId(highlight.id);
      setPending(null);
      window.getSelection()?.removeAllRanges();
      notify(`Tagged “${tag.name}”`);
    } catch (error) {
      notify((error as Error).message, 'error');
    }
  };

  const addToBriefing = async (highlightId: string) => {
    const briefing = await currentBriefing();
    const added = await addHighlightToBriefing(briefing.id, highlightId);
    notify(added ? `Added to “${briefing.title}”` : `Already in “${briefing.title}”`);
  };

  return (
    <div className="view reader">
      <article
        className="reader-main"
        aria-label="Article"
        // Selections are read when the mouse or keyboard finishes making them.
        onMouseUp={captureSelection}
        onKeyUp={(event) => {
          if (event.shiftKey || event.key.startsWith('Arrow')) captureSelection();
        }}
      >
        <ArticleHeader article={data.article} />
        <ArticleBody
          ref={bodyRef}
          body={data.body.body}
          highlights={rendered}
          onHighlightClick={setFocusedId}
        />
      </article>
      <aside className="reader-side" aria-label="Annotations">
        {pending && (
          <TagSelectionForm
            tags={data.tags}
            excerpt={data.body.body.slice(pending.start, pending.end)}
            onApply={(name) => void applyTag(name)}
            onCancel={() => setPending(null)}
          />
        )}
        {!pending && (
          <button
            type="button"
            className="button"
            onClick={captureSelection}
            title="Tag the selected text (T)"
          >
            Tag selection
          </button>
        )}
        <h2 className="side-heading">Highlights</h2>
        <HighlightList
          body={data.body.body}
          highlights={data.highlights}
          tagsById={tagsById}
          focusedId={focusedId}
          onAddToBriefing={(id) => void addToBriefing(id)}
          onDelete={(id) => void deleteHighlight(id)}
        />
      </aside>
    </div>
  );
}
