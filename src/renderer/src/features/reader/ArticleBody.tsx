/** The article text with its highlights; overlapping highlights show as stacked underlines. */
import { forwardRef, memo } from 'react';
import { segmentBody, type HighlightSpan } from '../../../../shared/annotations/segments';

export interface RenderedHighlight extends HighlightSpan {
  color: string;
  label: string;
}

export const ArticleBody = memo(
  forwardRef<
    HTMLDivElement,
    { body: string; highlights: RenderedHighlight[]; onHighlightClick: (id: string) => void }
  >(function ArticleBody({ body, highlights, onHighlightClick }, ref) {
    const byId = new Map(highlights.map((h) => [h.id, h]));
    const paragraphs = segmentBody(body, highlights);
    return (
      <div ref={ref} className="article-body" data-testid="article-body">
        {paragraphs.map((paragraph) => (
          <p key={paragraph.start}>
            {paragraph.runs.map((run) => {
              if (!run.highlightIds.length) {
                return (
                  <span key={run.start} data-start={run.start}>
                    {run.text}
                  </span>
                );
              }
              const covering = run.highlightIds.map((id) => byId.get(id)!).filter(Boolean);
              const top = covering[covering.length - 1]!;
              return (
                <mark
                  key={run.start}
                  data-start={run.start}
                  data-layers={covering.length}
                  title={covering.map((h) => h.label).join(' · ')}
                  style={{ ['--mark-color' as string]: top.color }}
                  onClick={() => onHighlightClick(top.id)}
                >
                  {run.text}
                </mark>
              );
            })}
          </p>
        ))}
      </div>
    );
  }),
);
