/** Applies a tag (new or existing) to the selected passage. */
import { useState } from 'react';
import type { TagRow } from '../../db/schema';

export function TagSelectionForm(props: {
  tags: TagRow[];
  excerpt: string;
  onApply: (tagName: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  return (
    <form
      className="selection-form"
      aria-label="Tag selection"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) props.onApply(name);
      }}
    >
      <p className="selection-excerpt">
        “{props.excerpt.length > 140 ? props.excerpt.slice(0, 140) + '…' : props.excerpt}”
      </p>
      <label htmlFor="tag-name">Tag name</label>
      <div className="form-row">
        <input
          id="tag-name"
          list="tag-suggestions"
          autoFocus
          value={name}
          placeholder="e.g. Supply chains"
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') props.onCancel();
          }}
        />
        <datalist id="tag-suggestions">
          {props.tags.map((tag) => (
            <option key={tag.id} value={tag.name} />
          ))}
        </datalist>
        <button type="submit" className="button primary" disabled={!name.trim()}>
          Apply tag
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
      {props.tags.length > 0 && (
        <div className="tag-choices">
          {props.tags.slice(0, 12).map((tag) => (
            <button
              key={tag.id}
              type="button"
              className="tag-chip"
              onClick={() => props.onApply(tag.name)}
            >
              <span className="dot" style={{ background: tag.color }} />
              {tag.name}
            </button>
          ))}
        </div>
      )}
    </form>
  );
}
