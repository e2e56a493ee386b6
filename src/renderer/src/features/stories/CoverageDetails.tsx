/**
 * What the outlets share, what only some carry, where their figures disagree, and how the same
 * quote differs between them: the comparison core's findings for one story.
 */
import { useMemo } from 'react';
import { compareCoverage } from '../../../../shared/compare';
import { columnLabel } from './column-label';
import { MatrixHead } from './MatrixHead';
import type { StoryArticle } from './useStories';

const DIFFERENCE_LABELS: Record<string, string> = {
  'cut-short': 'cut short',
  'worded-differently': 'worded differently',
  'different-speaker': 'different speaker',
  unattributed: 'no speaker given',
};

export function CoverageDetails({ columns }: { columns: StoryArticle[] }) {
  const comparison = useMemo(
    () =>
      compareCoverage(
        columns.map(({ article, body, quotes }) => ({
          id: article.id,
          outlet: article.outlet,
          title: article.title,
          published: article.published,
          author: article.author,
          body,
          quotes: quotes.map((q) => ({
            id: q.id,
            kind: q.kind,
            text: q.text,
            speaker: q.speaker,
            start: q.start,
            end: q.end,
          })),
        })),
      ),
    [columns],
  );
  const outletOf = new Map(columns.map(({ article }) => [article.id, columnLabel(article)]));
  // Only direct quotes are lined up: reported statements share too few exact words to match reliably.
  const isShownVariant = (v: { kind: string; text: string; differences: unknown[] }) =>
    v.kind === 'direct' && v.differences.length > 0 && v.text.split(/\s+/).length >= 3;
  const differing = comparison.quotes.filter(
    (q) =>
      q.variants.filter((v) => v.kind === 'direct').length > 1 && q.variants.some(isShownVariant),
  );
  const partial = comparison.entities
    .filter((e) => e.missingFrom.length > 0 && e.articleIds.length > 0)
    .slice(0, 40);

  return (
    <>
      <h2 className="side-heading">Figures that differ</h2>
      {comparison.conflicts.length ? (
        <ul className="findings" data-testid="figure-conflicts">
          {comparison.conflicts.map((conflict, i) => (
            <li key={i}>
              <strong>{conflict.subject.slice(0, 3).join(' ') || conflict.unit}</strong>:{' '}
              {conflict.reports.map((r) => `${r.text} (${outletOf.get(r.articleId)})`).join(' vs ')}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No figure is reported differently.</p>
      )}

      <h2 className="side-heading">The same quote, told differently</h2>
      {differing.length ? (
        <ul className="findings" data-testid="quote-differences">
          {differing.map((aligned) => {
            const reference = aligned.variants[aligned.reference]!;
            return (
              <li key={aligned.id}>
                <p className="finding-quote">
                  “{reference.text}” — {aligned.speaker ?? 'unattributed'} (
                  {outletOf.get(reference.articleId)})
                </p>
                <ul>
                  {aligned.variants.filter(isShownVariant).map((variant) => (
                    <li key={variant.quoteId}>
                      {outletOf.get(variant.articleId)}:{' '}
                      {variant.differences.map((d) => (
                        <span key={d} className="badge badge-warn">
                          {DIFFERENCE_LABELS[d] ?? d}
                        </span>
                      ))}{' '}
                      “{variant.text}”
                      {variant.speaker && variant.speaker !== aligned.speaker
                        ? ` — ${variant.speaker}`
                        : ''}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">No direct quote appears in different versions.</p>
      )}

      <h2 className="side-heading">Names some outlets carry and others leave out</h2>
      {partial.length ? (
        <table className="matrix" aria-label="Names by article" data-testid="entity-coverage">
          <MatrixHead first="Name" columns={columns} />
          <tbody>
            {partial.map((entity) => (
              <tr key={entity.key}>
                <th scope="row">
                  {entity.label} <span className="muted small">{entity.type}</span>
                </th>
                {columns.map(({ article }) => (
                  <td
                    key={article.id}
                    className={entity.articleIds.includes(article.id) ? 'has' : 'none'}
                  >
                    {entity.articleIds.includes(article.id) ? '✓' : '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">Every outlet names the same people, organisations and places.</p>
      )}
    </>
  );
}
