/** Adds the analyst's own paragraph (with an optional heading) to the briefing. */
import { useState } from 'react';
import { addNoteToBriefing } from '../../db/briefings';

export function NoteForm({ briefingId }: { briefingId: string }) {
  const [open, setOpen] = useState(false);
  const [heading, setHeading] = useState('');
  const [body, setBody] = useState('');
  if (!open) {
    return (
      <button type="button" className="button small" onClick={() => setOpen(true)}>
        Add a note
      </button>
    );
  }
  return (
    <form
      className="note-form"
      aria-label="New note"
      onSubmit={(event) => {
        event.preventDefault();
        if (!body.trim()) return;
        void addNoteToBriefing(briefingId, heading.trim(), body.trim()).then(() => {
          setHeading('');
          setBody('');
          setOpen(false);
        });
      }}
    >
      <input
        aria-label="Note heading"
        placeholder="Heading (optional)"
        value={heading}
        onChange={(e) => setHeading(e.target.value)}
      />
      <textarea
        aria-label="Note text"
        rows={3}
        placeholder="Your analysis"
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <div className="form-row">
        <button type="submit" className="button small primary" disabled={!body.trim()}>
          Add note
        </button>
        <button type="button" className="button small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
