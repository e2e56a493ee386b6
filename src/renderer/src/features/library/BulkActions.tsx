/** Actions on the selected articles: code, move to a story, delete. Each one can be undone. */
import { history } from '../../app/history';
import { useToast } from '../../components/Toasts';
import { deleteArticles, moveToStory, tagArticles, type Undoable } from '../../db/library-actions';
import type { StoryRow, TagRow } from '../../db/schema';
import { reindex, unindex } from '../search/sync-index';

export function BulkActions(props: {
  selected: string[];
  codes: TagRow[];
  stories: StoryRow[];
  onDone: () => void;
}) {
  const notify = useToast();
  const n = props.selected.length;
  const run = (label: string, action: Promise<Undoable>) =>
    action
      .then((undoable) => {
        history.record({ label, ...undoable });
        notify(`${label[0]!.toUpperCase()}${label.slice(1)} (Ctrl+Z undoes it)`);
        props.onDone();
      })
      .catch((error: Error) => notify(error.message, 'error'));
  return (
    <div className="bulk-actions" role="toolbar" aria-label="Selected articles">
      <strong>{n} selected</strong>
      <select
        aria-label="Code the selected articles"
        value=""
        onChange={(e) => {
          const code = props.codes.find((c) => c.id === e.target.value);
          if (code)
            void run(`code ${n} article(s) “${code.name}”`, tagArticles(props.selected, code.id));
        }}
      >
        <option value="">Code…</option>
        {props.codes.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Move the selected articles to a story"
        value=""
        onChange={(e) => {
          if (e.target.value)
            void run(
              `move ${n} article(s) to a story`,
              moveToStory(props.selected, e.target.value),
            );
        }}
      >
        <option value="">Move to story…</option>
        {props.stories.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label.length > 50 ? s.label.slice(0, 50) + '…' : s.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button small"
        onClick={() => {
          if (
            window.confirm(
              `Delete ${n} article(s) with their annotations and quotes? You can undo this.`,
            )
          ) {
            const ids = props.selected;
            void run(
              `delete ${n} article(s)`,
              deleteArticles(ids).then((undoable) => {
                void unindex(ids);
                // The search index follows undo and redo too.
                return {
                  undo: () => undoable.undo().then(() => reindex(ids)),
                  redo: () => undoable.redo().then(() => unindex(ids)),
                };
              }),
            );
          }
        }}
      >
        Delete
      </button>
    </div>
  );
}
