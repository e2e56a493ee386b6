/** Who is quoted by whom: speakers × articles, with the speakers only one outlet quotes marked. */
import { MatrixHead } from './MatrixHead';
import type { StoryArticle } from './useStories';

export function SpeakerMatrix({ columns }: { columns: StoryArticle[] }) {
  const speakers = new Map<string, Map<string, number>>();
  for (const { article, quotes } of columns) {
    for (const quote of quotes) {
      const name = quote.speaker ?? 'Unattributed';
      const row = speakers.get(name) ?? new Map<string, number>();
      row.set(article.id, (row.get(article.id) ?? 0) + 1);
      speakers.set(name, row);
    }
  }
  const rows = [...speakers.entries()].sort(
    (a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]),
  );
  if (!rows.length) return <p className="muted">No quotes in these articles.</p>;
  return (
    <table className="matrix" aria-label="Speakers by article">
      <MatrixHead first="Speaker" columns={columns} />
      <tbody>
        {rows.map(([name, counts]) => {
          const only = counts.size === 1 && columns.length > 1;
          return (
            <tr key={name} data-testid="speaker-row" className={only ? 'only-one' : undefined}>
              <th scope="row">
                {name}
                {only && <span className="badge badge-warn">only one outlet</span>}
              </th>
              {columns.map(({ article }) => (
                <td key={article.id} className={counts.get(article.id) ? 'has' : 'none'}>
                  {counts.get(article.id) ?? '—'}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
