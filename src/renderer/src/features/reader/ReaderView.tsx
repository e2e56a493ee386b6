/** Reader: the article's clean text, annotation of selected passages, and the article's annotations. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigation } from '../../app/navigation';
import { addManualQuote, updateQuoteSpan } from '../../db/quotes';
import { ArticleQuotes } from './ArticleQuotes';
import { OriginalText } from './OriginalText';
import { useToast } from '../../components/Toasts';
import { findOrCreateCode } from '../../db/codebook';
import { annotate, editAnnotation, removeAnnotation } from './annotation-commands';
import { AnnotationForm, type AnnotationDraft, type FormMode } from './AnnotationForm';
import { AnnotationList, annotationColor } from './AnnotationList';
import { ArticleBody, type RenderedHighlight } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { selectionOffsets } from './selection-offsets';
import { useArticle } from './useArticle';
import { useAddToBriefing } from '../briefings/useAddToBriefing';

const SHORTCUTS: Record<string, FormMode> = { t: 'coded', c: 'claim', m: 'memo', q: 'quote' };
const FOCUS_ID = '__focus';

export function ReaderView() {
  const { articleId, focus, show, openArticle } = useNavigation();
  const data = useArticle(articleId);
  const notify = useToast();
  const addToBriefing = useAddToBriefing();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<{
    start: number;
    end: number;
    kind: FormMode;
  } | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [showOriginal, setShowOriginal] = useState(false);

  const codesById = useMemo(() => new Map((data?.tags ?? []).map((t) => [t.id, t])), [data?.tags]);
  const rendered: RenderedHighlight[] = useMemo(
    () =>
      (data?.highlights ?? []).flatMap((h) =>
        h.range
          ? [
              {
                id: h.id,
                start: h.range.start,
                end: h.range.end,
                color: annotationColor(h, codesById),
                label: [
                  h.kind === 'claim'
                    ? `Claim (${h.claim?.status})`
                    : h.kind === 'memo'
                      ? 'Memo'
                      : '',
                  ...h.tagIds.map((id) => codesById.get(id)?.name ?? ''),
                ]
                  .filter(Boolean)
                  .join(', '),
              },
            ]
          : [],
      ),
    [data?.highlights, codesById],
  );
  const renderedWithFocus = useMemo(
    () =>
      focus
        ? [
            ...rendered,
            {
              id: FOCUS_ID,
              start: focus.start,
              end: focus.end,
              color: '#f2b600',
              label: 'Opened from the quote ledger',
            },
          ]
        : rendered,
    [rendered, focus],
  );

  // "Open in context": bring the focused passage into view once the text is on screen.
  useEffect(() => {
    if (!focus || !bodyRef.current) return;
    const target = Array.from(bodyRef.current.querySelectorAll<HTMLElement>('[data-start]')).find(
      (el) =>
        Number(el.dataset['start']) <= focus.start &&
        focus.start < Number(el.dataset['start']) + (el.textContent?.length ?? 0),
    );
    target?.scrollIntoView({ block: 'center' });
  }, [focus, data?.body.body]);

  const captureSelection = useCallback(
    (kind: FormMode = 'coded') => {
      if (!bodyRef.current || !data) return false;
      const offsets = selectionOffsets(bodyRef.current, data.body.body);
      if (offsets) setPending({ ...offsets, kind });
      return Boolean(offsets);
    },
    [data],
  );

  // T, C and M annotate the current selection, as in most coding tools.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const kind = SHORTCUTS[event.key];
      if (!kind || event.ctrlKey || event.metaKey || event.altKey) return;
      if (
        (event.target as HTMLElement | null)?.closest(
          'input, textarea, select, [contenteditable="true"]',
        )
      )
        return;
      if (captureSelection(kind)) event.preventDefault();
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
          <p>Open an article from the Library to read and annotate it.</p>
          <button type="button" className="button primary" onClick={() => show('library')}>
            Go to Library
          </button>
        </div>
      </div>
    );
  }

  const save = async (draft: AnnotationDraft) => {
    if (!pending) return;
    try {
      if (draft.kind === 'quote') {
        const quote = await addManualQuote({
          articleId: data.article.id,
          body: data.body.body,
          start: pending.start,
          end: pending.end,
          kind: draft.quoteKind,
          speakerName: draft.speakerName,
        });
        setPending(null);
        window.getSelection()?.removeAllRanges();
        notify(`Quote added for ${quote.speaker}`);
        return;
      }
      const codes = await Promise.all(draft.codeNames.map(findOrCreateCode));
      const annotation = await annotate({
        articleId: data.article.id,
        body: data.body.body,
        start: pending.start,
        end: pending.end,
        kind: draft.kind,
        tagIds: codes.map((c) => c.id),
        claim:
          draft.kind === 'claim' ? { status: draft.claimStatus, evidence: draft.evidence } : null,
        note: draft.note,
      });
      setFocusedId(annotation.id);
      setPending(null);
      window.getSelection()?.removeAllRanges();
      notify(
        draft.kind === 'coded'
          ? `Coded “${codes.map((c) => c.name).join('”, “')}”`
          : draft.kind === 'claim'
            ? 'Claim marked'
            : 'Memo added',
      );
    } catch (error) {
      notify((error as Error).message, 'error');
    }
  };

  return (
    <div className="view reader">
      <article
        className="reader-main"
        aria-label="Article"
        // Selections are read when the mouse or keyboard finishes making them.
        onMouseUp={() => captureSelection(pending?.kind ?? 'coded')}
        onKeyUp={(event) => {
          if (event.shiftKey && event.key.startsWith('Arrow'))
            captureSelection(pending?.kind ?? 'coded');
        }}
      >
        <ArticleHeader article={data.article} />
        <div className="body-toggle" role="tablist" aria-label="Text shown">
          <button
            type="button"
            role="tab"
            aria-selected={!showOriginal}
            onClick={() => setShowOriginal(false)}
          >
            Article
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={showOriginal}
            onClick={() => setShowOriginal(true)}
          >
            Original file
          </button>
        </div>
        {showOriginal ? (
          <OriginalText articleId={data.article.id} body={data.body} />
        ) : (
          <ArticleBody
            ref={bodyRef}
            body={data.body.body}
            highlights={renderedWithFocus}
            onHighlightClick={setFocusedId}
          />
        )}
      </article>
      <aside className="reader-side" aria-label="Annotations">
        {pending ? (
          <AnnotationForm
            key={`${pending.start}-${pending.end}-${pending.kind}`}
            codes={data.tags}
            excerpt={data.body.body.slice(pending.start, pending.end)}
            initialKind={pending.kind}
            onSave={(draft) => void save(draft)}
            onCancel={() => setPending(null)}
          />
        ) : (
          <div className="annotate-actions">
            <button
              type="button"
              className="button"
              onClick={() => captureSelection('coded')}
              title="Code the selected text (T)"
            >
              Code selection
            </button>
            <button
              type="button"
              className="button"
              onClick={() => captureSelection('claim')}
              title="Mark the selected text as a claim (C)"
            >
              Claim
            </button>
            <button
              type="button"
              className="button"
              onClick={() => captureSelection('memo')}
              title="Attach a memo to the selected text (M)"
            >
              Memo
            </button>
          </div>
        )}
        <h2 className="side-heading">Annotations</h2>
        <AnnotationList
          body={data.body.body}
          annotations={data.highlights}
          codesById={codesById}
          focusedId={focusedId}
          onAddToBriefing={(id) => void addToBriefing({ highlightId: id })}
          onDelete={(id) => void removeAnnotation(id)}
          onClaimStatus={(id, status) => {
            const current = data.highlights.find((h) => h.id === id)?.claim;
            void editAnnotation(id, { claim: { status, evidence: current?.evidence ?? '' } });
          }}
        />
        <h2 className="side-heading">Quotes ({data.quotes.length})</h2>
        <ArticleQuotes
          quotes={data.quotes}
          onOpen={(q) => openArticle(data.article.id, { start: q.start, end: q.end })}
          onAdjust={(q) => {
            const offsets = bodyRef.current
              ? selectionOffsets(bodyRef.current, data.body.body)
              : null;
            if (!offsets) {
              notify('Select the quote’s correct extent in the article first.', 'error');
              return;
            }
            void updateQuoteSpan(q.id, data.body.body, offsets.start, offsets.end)
              .then(() => notify(`Quote span set for ${q.speaker ?? 'unattributed quote'}`))
              .catch((error: Error) => notify(error.message, 'error'));
          }}
        />
      </aside>
    </div>
  );
}
