/** The story as each outlet told it: one column per article, side by side. */
import { useNavigation } from '../../app/navigation';
import type { StoryRow } from '../../db/schema';
import { leadOf } from './lead';
import { columnLabel } from './column-label';
import type { StoryArticle } from './useStories';

export function StoryColumns(props: {
  columns: StoryArticle[];
  stories: StoryRow[];
  currentStoryId: string;
  onMove: (articleId: string, storyId: string | null) => void;
}) {
  const { openArticle } = useNavigation();
  return (
    <div
      className="story-columns"
      style={{ gridTemplateColumns: `repeat(${props.columns.length}, minmax(240px, 1fr))` }}
    >
      {props.columns.map(({ article, body, quotes }) => {
        const speakers = new Map<string, number>();
        quotes.forEach((q) =>
          speakers.set(
            q.speaker ?? 'Unattributed',
            (speakers.get(q.speaker ?? 'Unattributed') ?? 0) + 1,
          ),
        );
        return (
          <section
            key={article.id}
            className="story-column"
            aria-label={`${columnLabel(article)}: ${article.title}`}
            data-testid="story-column"
          >
            <p className="column-outlet">{columnLabel(article)}</p>
            <h3>
              <button
                type="button"
                className="link-button wrap"
                onClick={() => openArticle(article.id)}
              >
                {article.title}
              </button>
            </h3>
            <p className="muted small">
              {article.published ?? 'undated'} · {article.author ?? 'no byline'} ·{' '}
              {article.wordCount.toLocaleString()} words
              {article.kind === 'aggregator' ? ' · aggregator page' : ''}
            </p>
            <p className="column-lead">{leadOf(body)}</p>
            <h4>Quoted ({quotes.length})</h4>
            <ul className="column-speakers">
              {[...speakers.entries()]
                .sort((a, b) => b[1] - a[1])
                .map(([name, count]) => (
                  <li key={name}>
                    {name} <span className="muted">×{count}</span>
                  </li>
                ))}
            </ul>
            <label className="small muted">
              Story
              <select
                aria-label={`Story of ${article.title}`}
                value={props.currentStoryId}
                onChange={(e) =>
                  props.onMove(article.id, e.target.value === '__new' ? null : e.target.value)
                }
              >
                {props.stories.map((story) => (
                  <option key={story.id} value={story.id}>
                    {story.label.length > 60 ? story.label.slice(0, 60) + '…' : story.label}
                  </option>
                ))}
                <option value="__new">New story from this article</option>
              </select>
            </label>
          </section>
        );
      })}
    </div>
  );
}
