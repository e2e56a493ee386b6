/** Codes × outlets: how often each outlet's articles were coded with each code; a cell lists its passages. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNavigation } from '../../app/navigation';
import { db } from '../../db/database';

interface Cell {
  code: string;
  outlet: string;
}

export function CodeMatrix({ articleIds }: { articleIds: string[] | null }) {
  const { openArticle } = useNavigation();
  const [open, setOpen] = useState<Cell | null>(null);
  const data = useLiveQuery(async () => {
    const annotations = articleIds
      ? await db.highlights.where('articleId').anyOf(articleIds).toArray()
      : await db.highlights.toArray();
    const articles = new Map(
      (await db.articles.bulkGet([...new Set(annotations.map((a) => a.articleId))])).flatMap((a) =>
        a ? [[a.id, a] as const] : [],
      ),
    );
    const codes = new Map((await db.tags.toArray()).map((t) => [t.id, t]));
    const passages = annotations.flatMap((annotation) =>
      annotation.tagIds.flatMap((tagId) => {
        const article = articles.get(annotation.articleId);
        const code = codes.get(tagId);
        return article && code ? [{ annotation, article, code }] : [];
      }),
    );
    return {
      passages,
      outlets: [...new Set(passages.map((p) => p.article.outlet ?? 'Unknown outlet'))].sort(),
    };
  }, [articleIds?.join(',')]);

  if (!data) return null;
  if (!data.passages.length)
    return <p className="muted">No coded passages {articleIds ? 'in this story' : 'yet'}.</p>;
  const codeNames = [...new Set(data.passages.map((p) => p.code.name))].sort();
  const count = (code: string, outlet: string) =>
    data.passages.filter(
      (p) => p.code.name === code && (p.article.outlet ?? 'Unknown outlet') === outlet,
    );
  const listed = open ? count(open.code, open.outlet) : [];

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
          {codeNames.map((code) => (
            <tr key={code}>
              <th scope="row">{code}</th>
              {data.outlets.map((outlet) => {
                const n = count(code, outlet).length;
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
