/** The article's highlights, each with its tags and a way into the current briefing. */
import type { TagRow } from '../../db/schema';
import type { AnchoredHighlight } from './useArticle';

export function HighlightList(props: {
  body: string;
  highlights: AnchoredHighlight[];
  tagsById: Map<string, TagRow>;
  focusedId: string | null;
  onAddToBriefing: (highlightId: string) => void;
  onDelete: (highlightId: string) => void;
}) {
  if (!props.highlights.length) {
    return <p className="muted small">Select text in the article to tag a passage.</p>;
  }
  return (
    <ol className="highlight-list">
      {props.highlights.map((highlight) => (
        <li
          key={highlight.id}
          className={highlight.id === props.focusedId ? 'highlight-card focused' : 'highlight-card'}
          data-testid="highlight-card"
        >
          <blockquote
            style={{
              ['--mark-color' as string]: props.tagsById.get(highlight.tagIds[0] ?? '')?.color,
            }}
          >
            {highlight.range
              ? props.body.slice(highlight.range.start, highlight.range.end)
              : highlight.target.quote.exact}
          </blockquote>
          {!highlight.range && (
            <p className="error-text small">This passage is no longer in the article text.</p>
          )}
          <div className="tag-row">
            {highlight.tagIds.map((id) => {
              const tag = props.tagsById.get(id);
              return tag ? (
                <span key={id} className="tag-chip static">
                  <span className="dot" style={{ background: tag.color }} />
                  {tag.name}
                </span>
              ) : null;
            })}
          </div>
          <div className="card-actions">
            <button
              type="button"
              className="button small"
              onClick={() => props.onAddToBriefing(highlight.id)}
            >
              Add to briefing
            </button>
            <button
              type="button"
              className="button small quiet"
              aria-label="Delete highlight"
              onClick={() => props.onDelete(highlight.id)}
            >
              Delete
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
