/** Who is quoted by whom: speakers × articles, with the speakers only one outlet quotes marked. */
import { MatrixHead } from './MatrixHead';
import { speakerRows } from './speaker-rows';
import type { StoryArticle } from './useStories';

export function SpeakerMatrix({ columns }: { columns: StoryArticle[] }) {
  const rows = speakerRows(columns);
  if (!rows.length) return <p className="muted">No quotes in these articles.</p>;
  return (
    <table className="matrix" aria-label="Speakers by article">
      <MatrixHead first="Speaker" columns={columns} />
      <tbody>
        {rows.map(({ name, counts, onlyOne }) => (
          <tr key={name} data-testid="speaker-row" className={onlyOne ? 'only-one' : undefined}>
            <th scope="row">
              {name}
              {onlyOne && <span className="badge badge-warn">only one outlet</span>}
            </th>
            {columns.map(({ article }) => (
              <td key={article.id} className={counts.get(article.id) ? 'has' : 'none'}>
                {counts.get(article.id) ?? '—'}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
