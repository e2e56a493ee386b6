/** Undo and redo buttons, and their keyboard shortcuts (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y). */
import { useEffect } from 'react';
import { useToast } from '../components/Toasts';
import { history, useHistoryState } from './history';

export function UndoControls() {
  const { canUndo, canRedo } = useHistoryState();
  const notify = useToast();

  useEffect(() => {
    const run = (action: 'undo' | 'redo') =>
      history[action]()
        .then((label) => label && notify(`${action === 'undo' ? 'Undid' : 'Redid'} ${label}`))
        .catch((error: Error) => notify(error.message, 'error'));
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // Text fields keep their own undo.
      if (
        (event.target as HTMLElement | null)?.closest('input, textarea, [contenteditable="true"]')
      )
        return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void run('undo');
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        void run('redo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [notify]);

  return (
    <div className="undo-controls">
      <button
        type="button"
        className="button small"
        disabled={!canUndo}
        title={canUndo ? `Undo ${canUndo} (Ctrl+Z)` : 'Nothing to undo'}
        onClick={() => void history.undo().then((label) => label && notify(`Undid ${label}`))}
      >
        Undo
      </button>
      <button
        type="button"
        className="button small"
        disabled={!canRedo}
        title={canRedo ? `Redo ${canRedo} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        onClick={() => void history.redo().then((label) => label && notify(`Redid ${label}`))}
      >
        Redo
      </button>
    </div>
  );
}
