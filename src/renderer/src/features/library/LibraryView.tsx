/** Library: every imported article, or an invitation to import when there is none. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { useNavigation } from '../../app/navigation';
import { useImportActions } from '../import/ImportContext';
import { LibraryTable } from './LibraryTable';

export function LibraryView() {
  const articles = useLiveQuery(() => db.articles.orderBy('importedAt').toArray(), []);
  const { openArticle } = useNavigation();
  const { chooseFolder, importSample, controller } = useImportActions();

  if (articles === undefined) return <div className="view" aria-busy="true" />;

  return (
    <div className="view">
      <header className="view-header">
        <h1>Library</h1>
        <span className="muted">{articles.length.toLocaleString()} articles</span>
        <span className="spacer" />
        <button
          type="button"
          className="button primary"
          onClick={chooseFolder}
          disabled={controller.running}
        >
          Import folder…
        </button>
      </header>
      {articles.length === 0 ? (
        <div className="empty-state">
          <h2>Start with a folder of saved articles</h2>
          <p>
            Parallax reads the pages you saved from news sites (text copied from the page, saved
            HTML and MHTML, Markdown, PDF and Word files), cleans away menus and share buttons, and
            lines outlets up side by side.
          </p>
          <div className="empty-actions">
            <button
              type="button"
              className="button primary"
              onClick={chooseFolder}
              disabled={controller.running}
            >
              Import folder…
            </button>
            <button
              type="button"
              className="button"
              onClick={importSample}
              disabled={controller.running}
            >
              Load sample corpus
            </button>
          </div>
          <p className="muted small">
            Or drop a folder anywhere on this window. Nothing leaves your computer.
          </p>
        </div>
      ) : (
        <LibraryTable articles={articles} onOpen={openArticle} />
      )}
    </div>
  );
}
