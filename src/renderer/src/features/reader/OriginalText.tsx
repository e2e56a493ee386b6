/**
 * The file's original text with the part kept as the article marked, so the user can see what
 * cleaning removed and choose the article's boundaries by hand.
 */
import { useRef } from 'react';
import { history } from '../../app/history';
import { useToast } from '../../components/Toasts';
import { restoreBody, setBodyFromOriginal } from '../../db/body-boundaries';
import type { BodyRow } from '../../db/schema';

/** Character offset of a selection point within the shown original text (the text of `root`). */
function originalOffset(root: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

export function OriginalText({ articleId, body }: { articleId: string; body: BodyRow }) {
  const ref = useRef<HTMLPreElement>(null);
  const notify = useToast();
  const kept = [...body.bodyMap].sort((a, b) => a.originalStart - b.originalStart);
  const parts: { text: string; kept: boolean }[] = [];
  let cursor = 0;
  for (const segment of kept) {
    if (segment.originalStart > cursor)
      parts.push({ text: body.original.slice(cursor, segment.originalStart), kept: false });
    parts.push({
      text: body.original.slice(segment.originalStart, segment.originalStart + segment.length),
      kept: true,
    });
    cursor = segment.originalStart + segment.length;
  }
  if (cursor < body.original.length) parts.push({ text: body.original.slice(cursor), kept: false });

  const applySelection = async () => {
    const selection = window.getSelection();
    const root = ref.current;
    if (
      !root ||
      !selection ||
      selection.isCollapsed ||
      !root.contains(selection.anchorNode) ||
      !root.contains(selection.focusNode)
    ) {
      notify('Select the part of the original text that is the article, then try again.', 'error');
      return;
    }
    const a = originalOffset(root, selection.anchorNode!, selection.anchorOffset);
    const b = originalOffset(root, selection.focusNode!, selection.focusOffset);
    try {
      const previous = await setBodyFromOriginal(articleId, Math.min(a, b), Math.max(a, b));
      const [start, end] = [Math.min(a, b), Math.max(a, b)];
      history.record({
        label: 'change the article’s boundaries',
        undo: () => restoreBody(previous),
        redo: async () => void (await setBodyFromOriginal(articleId, start, end)),
      });
      notify('The article now runs over the text you selected.');
    } catch (error) {
      notify((error as Error).message, 'error');
    }
  };

  return (
    <div className="original-text">
      <p className="muted small">
        The file as imported. Highlighted: what Parallax kept as the article. To change where the
        article starts and ends, select that part here and press the button.
      </p>
      <button type="button" className="button small" onClick={() => void applySelection()}>
        Use selection as the article
      </button>
      <pre ref={ref} data-testid="original-text">
        {parts.map((part, i) =>
          part.kept ? (
            <mark key={i} className="kept">
              {part.text}
            </mark>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </pre>
    </div>
  );
}
