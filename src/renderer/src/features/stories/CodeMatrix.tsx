/** Codes × outlets: how often each outlet's articles were coded with each code; a cell lists its passages. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNavigation } from '../../app/navigation';
import { loadCodePassages, passagesIn } from './code-passages';

interface Cell {
  code: string;
  outlet: string;
}

export function CodeMatrix({ articleIds }: { articleIds: string[] | null }) {
  const { openArticle } = useNavigation();
  const [open, setOpen] = useState<Cell | null>(null);
  const data = useLiveQuery(() => loadCodePassages(articleIds), [articleIds?.join(',')]);

  if (!data) return null;
  if (!data.passages.length)
    return <p className="muted">No coded passages {articleIds ? 'in this story' : 'yet'}.</p>;
  const listed = open ? passagesIn(data, open.code, open.outlet) : [];

  return (
    <div>
      <table className="matrix" aria-label="Codes by outlet">
        <thead>
          <tr>
            <th scope="col">Code</th>
            {data.outlets.map((outlet) => (
              <th key={outlet} scope="col">
                {outlet}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.codeNames.map((code) => (
            <tr key={code}>
              <th scope="row">{code}</th>
              {data.outlets.map((outlet) => {
                const n = passagesIn(data, code, outlet).length;
                return (
                  <td key={outlet} className={n ? 'has' : 'none'}>
                    {n ? (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={`${n} passages coded ${code} in ${outlet}`}
                        onClick={() => setOpen({ code, outlet })}
                      >
                        {n}
                      </button>
                    ) : (
                      '—'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {open && (
        <div className="cell-passages" data-testid="cell-passages">
          <h4>
            {open.code} · {open.outlet}
          </h4>
          <ul>
            {listed.map(({ annotation, article }) => (
              <li key={annotation.id}>
                <button
                  type="button"
                  className="link-button wrap"
                  onClick={() =>
                    openArticle(article.id, {
                      start: annotation.target.position.start,
                      end: annotation.target.position.end,
                    })
                  }
                >
                  “{annotation.target.quote.exact}”
                </button>{' '}
                <span className="muted small">— {article.title}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
