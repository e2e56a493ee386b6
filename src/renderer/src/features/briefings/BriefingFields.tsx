/** The briefing's cover: title, author, date and summary, each saved when the field is left. */
import { useEffect, useState } from 'react';
import { useToast } from '../../components/Toasts';
import { updateBriefing } from '../../db/briefings';
import { localDate } from '../../db/local-date';
import type { BriefingRow } from '../../db/schema';

export function BriefingFields({ briefing }: { briefing: BriefingRow }) {
  const notify = useToast();
  const [title, setTitle] = useState(briefing.title);
  const [author, setAuthor] = useState(briefing.author);
  const [date, setDate] = useState(briefing.date);
  const [summary, setSummary] = useState(briefing.summary);
  // Each field follows its own stored value only: saving one field must not reset another
  // the user is already typing in.
  useEffect(() => setTitle(briefing.title), [briefing.id, briefing.title]);
  useEffect(() => setAuthor(briefing.author), [briefing.id, briefing.author]);
  useEffect(() => setDate(briefing.date), [briefing.id, briefing.date]);
  useEffect(() => setSummary(briefing.summary), [briefing.id, briefing.summary]);
  const save = (changes: Parameters<typeof updateBriefing>[1]) =>
    void updateBriefing(briefing.id, changes).catch((error: Error) =>
      notify(error.message, 'error'),
    );
  return (
    <div className="briefing-fields">
      <label htmlFor="briefing-title">Title</label>
      <input
        id="briefing-title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        onBlur={() => save({ title: title.trim() || 'Untitled briefing' })}
      />
      <label htmlFor="briefing-author">Author</label>
      <input
        id="briefing-author"
        value={author}
        onChange={(e) => setAuthor(e.target.value)}
        onBlur={() => save({ author })}
      />
      <label htmlFor="briefing-date">Date</label>
      <input
        id="briefing-date"
        type="date"
        className="date-input"
        value={date}
        onChange={(e) => setDate(e.target.value)}
        // A cleared date goes back to today rather than leave the cover undated.
        onBlur={() => {
          const chosen = date || localDate();
          setDate(chosen);
          save({ date: chosen });
        }}
      />
      <label htmlFor="briefing-summary">Summary</label>
      <textarea
        id="briefing-summary"
        rows={3}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        onBlur={() => save({ summary })}
      />
    </div>
  );
}
