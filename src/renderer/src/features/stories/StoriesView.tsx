/** Stories: the same story as each outlet told it, side by side. */
import { useEffect, useState } from 'react';
import { useToast } from '../../components/Toasts';
import { mergeStories, moveArticlesToStory, renameStory } from '../../db/stories';
import { useAddToBriefing } from '../briefings/useAddToBriefing';
import { CodeMatrix } from './CodeMatrix';
import { CoverageDetails } from './CoverageDetails';
import { SpeakerMatrix } from './SpeakerMatrix';
import { StoryTimeline } from './StoryTimeline';
import { StoryColumns } from './StoryColumns';
import { regroupStories, useRegroupState } from './useRegroup';
import { useStoryArticles, useStoryList } from './useStories';

function StoryTitle({ id, label }: { id: string; label: string }) {
  const notify = useToast();
  const [draft, setDraft] = useState(label);
  useEffect(() => setDraft(label), [label]);
  return (
    <input
      className="story-title"
      aria-label="Story name"
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() =>
        draft !== label &&
        void renameStory(id, draft).catch((error: Error) => notify(error.message, 'error'))
      }
      onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
    />
  );
}

export function StoriesView() {
  const stories = useStoryList();
  const regroup = useRegroupState();
  const notify = useToast();
  const addToBriefing = useAddToBriefing();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [wholeCorpus, setWholeCorpus] = useState(false);
  const selected = stories?.find((s) => s.id === selectedId) ?? stories?.[0] ?? null;
  const columns = useStoryArticles(selected?.id ?? null);

  if (!stories) return <div className="view" aria-busy="true" />;

  return (
    <div className="view stories">
      <aside className="story-list" aria-label="Stories">
        <div className="list-head">
          <h2>Stories</h2>
          <button
            type="button"
            className="button small"
            disabled={regroup.running}
            onClick={() => void regroupStories()}
          >
            {regroup.running ? 'Grouping…' : 'Regroup'}
          </button>
        </div>
        {regroup.error && <p className="error-text small">{regroup.error}</p>}
        <ul>
          {stories.map((story) => (
            <li key={story.id}>
              <button
                type="button"
                className="list-item"
                aria-current={story.id === selected?.id ? 'true' : undefined}
                onClick={() => setSelectedId(story.id)}
                data-testid="story-item"
              >
                <span className="story-label">{story.label}</span>
                <span className="muted small">
                  {story.articleCount} article{story.articleCount === 1 ? '' : 's'} ·{' '}
                  {story.outletCount} outlet{story.outletCount === 1 ? '' : 's'}
                  {story.firstPublished
                    ? ` · ${story.firstPublished}${story.lastPublished !== story.firstPublished ? ` – ${story.lastPublished}` : ''}`
                    : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      {selected && columns ? (
        <section className="story-main" aria-label="Story comparison">
          <header className="view-header">
            <StoryTitle id={selected.id} label={selected.label} />
            <span className="spacer" />
            <button
              type="button"
              className="button"
              onClick={() => void addToBriefing({ storyId: selected.id }, 'Comparison')}
            >
              Add comparison to briefing
            </button>
            <select
              aria-label="Merge into another story"
              value=""
              onChange={(e) => {
                const target = e.target.value;
                if (target)
                  void mergeStories(target, [selected.id]).then(() => setSelectedId(target));
              }}
            >
              <option value="">Merge into…</option>
              {stories
                .filter((s) => s.id !== selected.id)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label.length > 60 ? s.label.slice(0, 60) + '…' : s.label}
                  </option>
                ))}
            </select>
          </header>
          <div className="story-body">
            <StoryColumns
              columns={columns}
              stories={stories}
              currentStoryId={selected.id}
              onMove={(articleId, storyId) =>
                void moveArticlesToStory([articleId], storyId)
                  .then(() => notify(storyId ? 'Article moved' : 'New story made from the article'))
                  .catch((error: Error) => notify(error.message, 'error'))
              }
            />
            <div className="section-head">
              <h2 className="side-heading">Who is quoted, by whom</h2>
              <button
                type="button"
                className="button small"
                onClick={() =>
                  void addToBriefing(
                    { figure: { kind: 'speaker-matrix', storyId: selected.id } },
                    'Speakers matrix',
                  )
                }
              >
                Add speakers matrix to briefing
              </button>
            </div>
            <SpeakerMatrix columns={columns} />
            {columns.length > 1 && <CoverageDetails columns={columns} />}
            <div className="section-head">
              <h2 className="side-heading">Codes by outlet</h2>
              <label className="inline-label small">
                <input
                  type="checkbox"
                  checked={wholeCorpus}
                  onChange={(e) => setWholeCorpus(e.target.checked)}
                />
                whole corpus
              </label>
              <button
                type="button"
                className="button small"
                onClick={() =>
                  void addToBriefing(
                    { figure: { kind: 'code-matrix', storyId: wholeCorpus ? null : selected.id } },
                    'Codes matrix',
                  )
                }
              >
                Add codes matrix to briefing
              </button>
            </div>
            <CodeMatrix articleIds={wholeCorpus ? null : columns.map((c) => c.article.id)} />
            <div className="section-head">
              <h2 className="side-heading">Timeline</h2>
              <button
                type="button"
                className="button small"
                onClick={() =>
                  void addToBriefing(
                    { figure: { kind: 'timeline', storyId: selected.id } },
                    'Timeline',
                  )
                }
              >
                Add timeline to briefing
              </button>
            </div>
            <StoryTimeline columns={columns} />
          </div>
        </section>
      ) : (
        <div className="empty-state">
          <h2>No stories yet</h2>
          <p>
            Import articles: Parallax groups articles on the same story across outlets, and you can
            regroup, rename, merge and move articles at any time.
          </p>
        </div>
      )}
    </div>
  );
}
