/** Says what a flagged article duplicates, and lets the user decide what to keep. */
import { useLiveQuery } from 'dexie-react-hooks';
import { history } from '../../app/history';
import { useNavigation } from '../../app/navigation';
import { useToast } from '../../components/Toasts';
import { deleteArticle, markNotDuplicate, restoreArticle } from '../../db/articles';
import { db } from '../../db/database';
import type { ArticleRow } from '../../db/schema';
import { reindex, unindex } from '../search/sync-index';

export function DuplicateNotice({ article }: { article: ArticleRow }) {
  const original = useLiveQuery(
    () => (article.duplicateOf ? db.articles.get(article.duplicateOf) : undefined),
    [article.duplicateOf],
  );
  const { openArticle, show } = useNavigation();
  const notify = useToast();
  if (!article.duplicateOf || !original) return null;
  const share = Math.round((article.duplicateSimilarity ?? 1) * 100);

  const deleteCopy = async () => {
    const snapshot = await deleteArticle(article.id);
    void unindex([article.id]);
    history.record({
      label: `delete ${article.sourcePath}`,
      undo: () => restoreArticle(snapshot).then(() => reindex([article.id])),
      redo: async () => {
        await deleteArticle(article.id);
        await unindex([article.id]);
      },
    });
    notify(`Deleted ${article.sourcePath} (Ctrl+Z brings it back)`);
    show('library');
  };

  return (
    <div className="notice duplicate-notice" data-testid="duplicate-notice">
      <p>
        {share >= 100 ? 'Same text as' : `${share}% the same text as`}{' '}
        <strong>{original.title}</strong> ({original.outlet ?? 'unknown outlet'},{' '}
        {original.sourcePath}).
      </p>
      <div className="card-actions">
        <button type="button" className="button small" onClick={() => openArticle(original.id)}>
          Open the original
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => void markNotDuplicate(article.id)}
        >
          Not a duplicate
        </button>
        <button type="button" className="button small" onClick={() => void deleteCopy()}>
          Delete this copy
        </button>
      </div>
    </div>
  );
}
