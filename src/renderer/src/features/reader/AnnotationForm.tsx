/** Annotates the selected passage: with codes, as a claim to verify, or with a memo. */
import { useState } from 'react';
import type { AnnotationKind, ClaimStatus, TagRow } from '../../db/schema';
import { CLAIM_STATUSES } from './claim-status';

export interface AnnotationDraft {
  kind: AnnotationKind;
  codeNames: string[];
  claimStatus: ClaimStatus;
  evidence: string;
  note: string;
}

const KINDS: { value: AnnotationKind; label: string; key: string }[] = [
  { value: 'coded', label: 'Code', key: 'T' },
  { value: 'claim', label: 'Claim', key: 'C' },
  { value: 'memo', label: 'Memo', key: 'M' },
];

export function AnnotationForm(props: {
  codes: TagRow[];
  excerpt: string;
  initialKind: AnnotationKind;
  onSave: (draft: AnnotationDraft) => void;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState<AnnotationKind>(props.initialKind);
  const [codeNames, setCodeNames] = useState<string[]>([]);
  const [codeInput, setCodeInput] = useState('');
  const [claimStatus, setClaimStatus] = useState<ClaimStatus>('unverified');
  const [evidence, setEvidence] = useState('');
  const [note, setNote] = useState('');

  const addCode = (name: string) => {
    const clean = name.trim().replace(/\s+/g, ' ');
    if (clean && !codeNames.includes(clean)) setCodeNames([...codeNames, clean]);
    setCodeInput('');
  };
  const pendingCodes = codeInput.trim() ? [...codeNames, codeInput.trim()] : codeNames;
  const canSave =
    kind === 'coded' ? pendingCodes.length > 0 : kind === 'memo' ? note.trim().length > 0 : true;

  const save = () => {
    if (canSave)
      props.onSave({
        kind,
        codeNames: pendingCodes,
        claimStatus,
        evidence: evidence.trim(),
        note: note.trim(),
      });
  };

  return (
    <form
      className="selection-form"
      aria-label="Annotate selection"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onCancel();
      }}
    >
      <div className="segmented" role="radiogroup" aria-label="Annotation kind">
        {KINDS.map((option) => (
          <button
            key={option.value}
            type="button"
            role="radio"
            aria-checked={kind === option.value}
            title={`${option.label} (${option.key})`}
            onClick={() => setKind(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
      <p className="selection-excerpt">
        “{props.excerpt.length > 160 ? props.excerpt.slice(0, 160) + '…' : props.excerpt}”
      </p>

      {kind === 'claim' && (
        <>
          <label htmlFor="claim-status">Verification status</label>
          <select
            id="claim-status"
            value={claimStatus}
            onChange={(e) => setClaimStatus(e.target.value as ClaimStatus)}
          >
            {CLAIM_STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
          <label htmlFor="claim-evidence">Evidence note</label>
          <textarea
            id="claim-evidence"
            rows={2}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
            placeholder="Source checked, figures compared…"
          />
        </>
      )}
      {kind === 'memo' && (
        <>
          <label htmlFor="memo-text">Memo</label>
          <textarea
            id="memo-text"
            rows={3}
            autoFocus
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </>
      )}

      <label htmlFor="code-input">{kind === 'coded' ? 'Codes' : 'Codes (optional)'}</label>
      {codeNames.length > 0 && (
        <div className="tag-row">
          {codeNames.map((name) => (
            <span key={name} className="tag-chip static">
              {name}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${name}`}
                onClick={() => setCodeNames(codeNames.filter((n) => n !== name))}
              >
                ×
              </button>
            </span>
          ))}
        </div>
      )}
      <input
        id="code-input"
        list="code-suggestions"
        autoFocus={kind !== 'memo'}
        value={codeInput}
        placeholder="Type a code and press Enter"
        onChange={(event) => setCodeInput(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && codeInput.trim()) {
            event.preventDefault();
            addCode(codeInput);
          }
        }}
      />
      <datalist id="code-suggestions">
        {props.codes.map((code) => (
          <option key={code.id} value={code.name} />
        ))}
      </datalist>
      {props.codes.length > 0 && (
        <div className="tag-choices">
          {props.codes
            .filter((code) => !codeNames.includes(code.name))
            .slice(0, 12)
            .map((code) => (
              <button
                key={code.id}
                type="button"
                className="tag-chip"
                onClick={() => addCode(code.name)}
              >
                <span className="dot" style={{ background: code.color }} />
                {code.name}
              </button>
            ))}
        </div>
      )}
      <div className="form-row">
        <button type="submit" className="button primary" disabled={!canSave}>
          Save {kind === 'coded' ? 'highlight' : kind}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
