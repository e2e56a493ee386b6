/**
 * One section of the briefing being composed: its name (renamed in place), buttons to move or
 * delete it, and its items. Items dropped on the heading or on an empty section go to its end.
 */
import { MoveButtons } from '../../components/MoveButtons';
import { useEffect, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { BriefingSectionRow } from '../../db/schema';
import { ITEM_DRAG_TYPE } from './BriefingItemCard';

function SectionName(props: {
  section: BriefingSectionRow;
  autoFocus: boolean;
  onRename: (title: string) => void;
}) {
  const { section } = props;
  const [draft, setDraft] = useState(section.title);
  useEffect(() => setDraft(section.title), [section.title]);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // A section just added is named right away: its placeholder name is selected for typing over.
    if (props.autoFocus) input.current?.select();
  }, [props.autoFocus]);
  return (
    <input
      ref={input}
      className="section-name"
      aria-label="Section name"
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        if (!draft.trim()) setDraft(section.title);
        else if (draft.trim() !== section.title) props.onRename(draft);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          setDraft(section.title);
          e.currentTarget.blur();
        }
      }}
    />
  );
}

export function SectionBlock(props: {
  /** null for the opening items, which belong to no named section. */
  section: BriefingSectionRow | null;
  /** 1-based position among the sections the export will show. */
  number: number;
  title: string;
  itemCount: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  autoFocusName: boolean;
  onRename: (title: string) => void;
  onMove: (direction: -1 | 1) => void;
  onDelete: () => void;
  /** An item was dropped on the heading or the empty section: it goes to the end. */
  onDropItem: (itemId: string) => void;
  children: ReactNode;
}) {
  const { section } = props;
  const acceptDrag = (event: DragEvent) => {
    if (event.dataTransfer.types.includes(ITEM_DRAG_TYPE)) event.preventDefault();
  };
  const drop = (event: DragEvent) => {
    const dragged = event.dataTransfer.getData(ITEM_DRAG_TYPE);
    if (!dragged) return;
    event.preventDefault();
    props.onDropItem(dragged);
  };
  return (
    <section
      className="briefing-section"
      data-testid="briefing-section"
      aria-label={`Section ${props.number}: ${props.title}`}
    >
      <div className="briefing-section-head" onDragOver={acceptDrag} onDrop={drop}>
        <span className="section-number" aria-hidden="true">
          {props.number}
        </span>
        {section ? (
          <SectionName
            section={section}
            autoFocus={props.autoFocusName}
            onRename={props.onRename}
          />
        ) : (
          <h3 className="section-name opening" title="Items in no section come first">
            {props.title}
          </h3>
        )}
        <span className="muted small">
          {props.itemCount} item{props.itemCount === 1 ? '' : 's'}
        </span>
        <span className="spacer" />
        {section && (
          <>
            <MoveButtons
              upLabel="Move section up"
              downLabel="Move section down"
              canMoveUp={props.canMoveUp}
              canMoveDown={props.canMoveDown}
              onMove={props.onMove}
            />
            <button
              type="button"
              className="icon-button"
              aria-label="Delete section"
              title="Delete the section; its items move to the section above"
              onClick={props.onDelete}
            >
              ×
            </button>
          </>
        )}
      </div>
      {props.itemCount > 0 ? (
        <ol className="briefing-items">{props.children}</ol>
      ) : (
        <p className="section-drop muted small" onDragOver={acceptDrag} onDrop={drop}>
          No items yet: drag items here, or choose this section on an item.
        </p>
      )}
    </section>
  );
}
