/** One item in a briefing: what it shows, its citation, commentary, and moving controls. */
import { MoveButtons } from '../../components/MoveButtons';
import { useEffect, useRef, useState } from 'react';
import { updateItemCommentary } from '../../db/briefings';
import { figureLabel } from './figure-items';
import type { BriefingItemView } from './useBriefings';

/** The drag payload type for briefing items (sections accept drops of it too). */
export const ITEM_DRAG_TYPE = 'application/x-parallax-item';

/** A section an item can be moved to: id null for the opening items. */
export interface SectionChoice {
  id: string | null;
  title: string;
}

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
  /** Position in the whole briefing, from 1, as the export numbers it. */
  number: number;
  count: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  sectionId: string | null;
  /** Where the item can go; the choice is offered when there is more than one. */
  sections: SectionChoice[];
  onMove: (direction: -1 | 1) => void;
  onMoveToSection: (sectionId: string | null) => void;
  onRemove: () => void;
  /** Drag and drop: another item was dropped onto this one. */
  onDropItem: (draggedItemId: string) => void;
  /** Set after a keyboard move, so focus follows the item into its new place. */
  focusRequested: boolean;
  onFocused: () => void;
}) {
  const { item, article, tags } = props.view;
  const [commentary, setCommentary] = useState(item.commentary);
  useEffect(() => setCommentary(item.commentary), [item.commentary]);
  const card = useRef<HTMLLIElement>(null);
  const { focusRequested, onFocused } = props;
  useEffect(() => {
    if (!focusRequested) return;
    card.current?.focus();
    onFocused();
  }, [focusRequested, onFocused]);

  return (
    <li
      ref={card}
      className="briefing-item"
      data-testid="briefing-item"
      tabIndex={0}
      aria-label={`Item ${props.number} of ${props.count}`}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(ITEM_DRAG_TYPE, item.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes(ITEM_DRAG_TYPE)) event.preventDefault();
      }}
      onDrop={(event) => {
        const dragged = event.dataTransfer.getData(ITEM_DRAG_TYPE);
        event.stopPropagation();
        if (dragged && dragged !== item.id) {
          event.preventDefault();
          props.onDropItem(dragged);
        }
      }}
      onKeyDown={(event) => {
        // Alt+Arrow moves the item (across section edges too); focus follows it.
        if (event.target !== event.currentTarget || !event.altKey) return;
        if (event.key === 'ArrowUp' && props.canMoveUp) {
          event.preventDefault();
          props.onMove(-1);
        } else if (event.key === 'ArrowDown' && props.canMoveDown) {
          event.preventDefault();
          props.onMove(1);
        }
      }}
    >
      <div className="item-order">{props.number}</div>
      <div className="item-content">
        <blockquote style={{ ['--mark-color' as string]: tags[0]?.color }}>
          {describe(props.view)}
        </blockquote>
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
          placeholder="Why this item matters"
          onChange={(event) => setCommentary(event.target.value)}
          onBlur={() => void updateItemCommentary(item.id, commentary)}
        />
        {props.sections.length > 1 && (
          <label className="small muted item-section">
            Section
            <select
              aria-label="Move to section"
              value={props.sectionId ?? ''}
              onChange={(event) => props.onMoveToSection(event.target.value || null)}
            >
              {props.sections.map((section) => (
                <option key={section.id ?? ''} value={section.id ?? ''}>
                  {section.title}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div className="item-actions">
        <MoveButtons
          upLabel="Move up"
          downLabel="Move down"
          canMoveUp={props.canMoveUp}
          canMoveDown={props.canMoveDown}
          onMove={props.onMove}
        />
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
