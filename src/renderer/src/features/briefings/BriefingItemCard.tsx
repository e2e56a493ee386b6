/** One excerpt in a briefing: the passage, its citation, commentary, and reordering controls. */
import { useEffect, useState } from 'react';
import { updateItemCommentary } from '../../db/briefings';
import { figureLabel } from './figure-items';
import type { BriefingItemView } from './useBriefings';

function describe({ item, highlight, quote, story, article }: BriefingItemView): string {
  if (item.note) return `${item.note.heading ? item.note.heading + ' — ' : ''}${item.note.body}`;
  if (highlight) return highlight.target.quote.exact;
  if (quote) return `${quote.speaker ?? 'Unattributed'}: “${quote.text}”`;
  if (item.storyId && story)
    return `Comparison of “${story.label}”: ${story.articleCount} articles from ${story.outletCount} outlets side by side, and who is quoted where`;
  if (item.articleId && article) return `The article “${article.title}”, cited`;
  if (item.figure && (story || item.figure.storyId === null))
    return figureLabel(item.figure, story?.label);
  return 'This item’s source was deleted.';
}

export function BriefingItemCard(props: {
  view: BriefingItemView;
  index: number;
  count: number;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
  /** Drag and drop: another item was dropped onto this one. */
  onDropItem: (draggedItemId: string) => void;
}) {
  const { item, article, tags } = props.view;
  const shown = describe(props.view);
  const [commentary, setCommentary] = useState(item.commentary);
  useEffect(() => setCommentary(item.commentary), [item.commentary]);

  return (
    <li
      className="briefing-item"
      data-testid="briefing-item"
      tabIndex={0}
      aria-label={`Excerpt ${props.index + 1} of ${props.count}`}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData('application/x-parallax-item', item.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('application/x-parallax-item'))
          event.preventDefault();
      }}
      onDrop={(event) => {
        const dragged = event.dataTransfer.getData('application/x-parallax-item');
        if (dragged && dragged !== item.id) {
          event.preventDefault();
          props.onDropItem(dragged);
        }
      }}
      onKeyDown={(event) => {
        // Alt+Arrow moves the excerpt, keeping focus on it.
        if (event.altKey && event.key === 'ArrowUp') {
          event.preventDefault();
          props.onMove(-1);
        } else if (event.altKey && event.key === 'ArrowDown') {
          event.preventDefault();
          props.onMove(1);
        }
      }}
    >
      <div className="item-order">{props.index + 1}</div>
      <div className="item-content">
        <blockquote style={{ ['--mark-color' as string]: tags[0]?.color }}>{shown}</blockquote>
        <p className="cite small">
          {article
            ? `${article.outlet ?? 'Unknown outlet'} · ${article.title} · ${article.published ?? 'undated'}`
            : ''}
        </p>
        <div className="tag-row">
          {tags.map((tag) => (
            <span key={tag.id} className="tag-chip static">
              <span className="dot" style={{ background: tag.color }} />
              {tag.name}
            </span>
          ))}
        </div>
        <label className="small muted" htmlFor={`commentary-${item.id}`}>
          Commentary
        </label>
        <textarea
          id={`commentary-${item.id}`}
          rows={2}
          value={commentary}
          placeholder="Why this passage matters"
          onChange={(event) => setCommentary(event.target.value)}
          onBlur={() => void updateItemCommentary(item.id, commentary)}
        />
      </div>
      <div className="item-actions">
        <button
          type="button"
          className="icon-button"
          aria-label="Move up"
          disabled={props.index === 0}
          onClick={() => props.onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Move down"
          disabled={props.index === props.count - 1}
          onClick={() => props.onMove(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Remove from briefing"
          onClick={props.onRemove}
        >
          ×
        </button>
      </div>
    </li>
  );
}
