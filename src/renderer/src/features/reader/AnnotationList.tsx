/** The article's annotations: codes, claims with their status, memos, and briefing actions. */
import type { ClaimStatus, TagRow } from '../../db/schema';
import { CLAIM_STATUSES, MEMO_COLOR, claimStatusColor } from './claim-status';
import type { AnchoredHighlight } from './useArticle';

export function annotationColor(
  annotation: AnchoredHighlight,
  codesById: Map<string, TagRow>,
): string {
  if (annotation.kind === 'claim' && annotation.claim)
    return claimStatusColor(annotation.claim.status);
  if (annotation.kind === 'memo') return MEMO_COLOR;
  return codesById.get(annotation.tagIds[0] ?? '')?.color ?? '#888888';
}

export function AnnotationList(props: {
  body: string;
  annotations: AnchoredHighlight[];
  codesById: Map<string, TagRow>;
  focusedId: string | null;
  onAddToBriefing: (id: string) => void;
  onDelete: (id: string) => void;
  onClaimStatus: (id: string, status: ClaimStatus) => void;
}) {
  if (!props.annotations.length) {
    return (
      <p className="muted small">
        Select text in the article, then press T to code it, C to mark a claim or M to add a memo.
      </p>
    );
  }
  return (
    <ol className="highlight-list">
      {props.annotations.map((annotation) => (
        <li
          key={annotation.id}
          className={
            annotation.id === props.focusedId ? 'highlight-card focused' : 'highlight-card'
          }
          data-testid="highlight-card"
          data-kind={annotation.kind}
        >
          <div className="card-kind">
            {annotation.kind === 'coded'
              ? 'Highlight'
              : annotation.kind === 'claim'
                ? 'Claim'
                : 'Memo'}
          </div>
          <blockquote
            style={{ ['--mark-color' as string]: annotationColor(annotation, props.codesById) }}
          >
            {annotation.range
              ? props.body.slice(annotation.range.start, annotation.range.end)
              : annotation.target.quote.exact}
          </blockquote>
          {!annotation.range && (
            <p className="error-text small">This passage is no longer in the article text.</p>
          )}
          {annotation.kind === 'claim' && annotation.claim && (
            <div className="claim-row">
              <label className="small muted" htmlFor={`status-${annotation.id}`}>
                Status
              </label>
              <select
                id={`status-${annotation.id}`}
                aria-label="Claim status"
                className={`claim-status claim-${annotation.claim.status}`}
                value={annotation.claim.status}
                onChange={(e) => props.onClaimStatus(annotation.id, e.target.value as ClaimStatus)}
              >
                {CLAIM_STATUSES.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
              {annotation.claim.evidence && <p className="small">{annotation.claim.evidence}</p>}
            </div>
          )}
          {annotation.note && <p className="memo-text">{annotation.note}</p>}
          {annotation.tagIds.length > 0 && (
            <div className="tag-row">
              {annotation.tagIds.map((id) => {
                const code = props.codesById.get(id);
                return code ? (
                  <span key={id} className="tag-chip static">
                    <span className="dot" style={{ background: code.color }} />
                    {code.name}
                  </span>
                ) : null;
              })}
            </div>
          )}
          <div className="card-actions">
            <button
              type="button"
              className="button small"
              onClick={() => props.onAddToBriefing(annotation.id)}
            >
              Add to briefing
            </button>
            <button
              type="button"
              className="button small quiet"
              aria-label="Delete annotation"
              onClick={() => props.onDelete(annotation.id)}
            >
              Delete
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
