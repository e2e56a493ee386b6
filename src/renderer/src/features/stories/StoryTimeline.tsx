/** When each outlet published on the story: one row per outlet, one dot per article. */
import { columnLabel } from './column-label';
import type { StoryArticle } from './useStories';

const DAY = 86_400_000;

export function StoryTimeline({ columns }: { columns: StoryArticle[] }) {
  const dated = columns.filter((c) => c.article.published);
  const undated = columns.filter((c) => !c.article.published);
  if (!dated.length) return <p className="muted">None of these articles has a publication date.</p>;
  const times = dated.map((c) => Date.parse(c.article.published!));
  const min = Math.min(...times);
  const max = Math.max(...times);
  const span = Math.max(max - min, DAY);
  const outlets = [...new Set(dated.map((c) => columnLabel(c.article)))].sort();
  const width = 760;
  const left = 200;
  const rowHeight = 26;
  const height = outlets.length * rowHeight + 36;
  const x = (time: number) => left + ((time - min) / span) * (width - left - 24);
  // One tick per day for short stories, five evenly spaced ticks for long ones.
  const days = Math.round(span / DAY);
  const ticks =
    days <= 8
      ? Array.from({ length: days + 1 }, (_, i) => min + i * DAY)
      : Array.from({ length: 5 }, (_, i) => min + (span * i) / 4);

  return (
    <figure className="timeline" aria-label="Publication timeline">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Articles by outlet from ${new Date(min).toISOString().slice(0, 10)} to ${new Date(max).toISOString().slice(0, 10)}`}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={8} y2={height - 22} className="grid-line" />
            <text x={x(tick)} y={height - 6} textAnchor="middle" className="axis-label">
              {new Date(tick).toISOString().slice(0, 10)}
            </text>
          </g>
        ))}
        {outlets.map((outlet, row) => (
          <g key={outlet} transform={`translate(0, ${14 + row * rowHeight})`}>
            <text x={left - 10} y={5} textAnchor="end" className="row-label">
              {outlet}
            </text>
            {dated
              .filter((c) => columnLabel(c.article) === outlet)
              .map((c) => (
                <circle
                  key={c.article.id}
                  cx={x(Date.parse(c.article.published!))}
                  cy={0}
                  r={6}
                  className="dot"
                >
                  <title>{`${c.article.published}: ${c.article.title}`}</title>
                </circle>
              ))}
          </g>
        ))}
      </svg>
      {undated.length > 0 && (
        <figcaption className="muted small">
          Undated:{' '}
          {undated
            .map((c) => `${c.article.outlet ?? 'Unknown outlet'} (“${c.article.title}”)`)
            .join('; ')}
        </figcaption>
      )}
    </figure>
  );
}
