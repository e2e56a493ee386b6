/** Annotates the selected passage: with codes, as a claim to verify, with a memo, or as a quote. */
import { useState } from 'react';
import type { AnnotationKind, ClaimStatus, TagRow } from '../../db/schema';
import { CLAIM_STATUSES } from './claim-status';

/** What the form makes: an annotation of one of the three kinds, or a quote for the ledger. */
export type FormMode = AnnotationKind | 'quote';

export interface AnnotationDraft {
  kind: FormMode;
  codeNames: string[];
  claimStatus: ClaimStatus;
  evidence: string;
  note: string;
  speakerName: string;
  quoteKind: 'direct' | 'indirect';
}

const MODES: { value: FormMode; label: string; key: string }[] = [
  { value: 'coded', label: 'Code', key: 'T' },
  { value: 'claim', label: 'Claim', key: 'C' },
  { value: 'memo', label: 'Memo', key: 'M' },
  { value: 'quote', label: 'Quote', key: 'Q' },
];

function CodePicker(props: {
  codes: TagRow[];
  required: boolean;
  autoFocus: boolean;
  chosen: string[];
  onChange: (names: string[]) => void;
  input: string;
  onInput: (text: string) => void;
}) {
  const add = (name: string) => {
    const clean = name.trim().replace(/\s+/g, ' ');
    if (clean && !props.chosen.includes(clean)) props.onChange([...props.chosen, clean]);
    props.onInput('');
  };
  return (
    <>
      <label htmlFor="code-input">{props.required ? 'Codes' : 'Codes (optional)'}</label>
      {props.chosen.length > 0 && (
        <div className="tag-row">
          {props.chosen.map((name) => (
            <span key={name} className="tag-chip static">
              {name}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${name}`}
                onClick={() => props.onChange(props.chosen.filter((n) => n !== name))}
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
        autoFocus={props.autoFocus}
        value={props.input}
        placeholder="Type a code and press Enter"
        onChange={(event) => props.onInput(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && props.input.trim()) {
            event.preventDefault();
            add(props.input);
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
            .filter((code) => !props.chosen.includes(code.name))
            .slice(0, 12)
            .map((code) => (
              <button
                key={code.id}
                type="button"
                className="tag-chip"
                onClick={() => add(code.name)}
              >
                <span className="dot" style={{ background: code.color }} />
                {code.name}
              </button>
            ))}
        </div>
      )}
    </>
  );
}

export function AnnotationForm(props: {
  codes: TagRow[];
  excerpt: string;
  initialKind: FormMode;
  onSave: (draft: AnnotationDraft) => void;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState<FormMode>(props.initialKind);
  const [codeNames, setCodeNames] = useState<string[]>([]);
  const [codeInput, setCodeInput] = useState('');
  const [claimStatus, setClaimStatus] = useState<ClaimStatus>('unverified');
  const [evidence, setEvidence] = useState('');
  const [note, setNote] = useState('');
  const [speakerName, setSpeakerName] = useState('');
  const [quoteKind, setQuoteKind] = useState<'direct' | 'indirect'>('direct');

  // A code typed but not yet confirmed with Enter still counts when saving.
  const pendingCodes = codeInput.trim() ? [...codeNames, codeInput.trim()] : codeNames;
  const canSave = {
    coded: pendingCodes.length > 0,
    claim: true,
    memo: note.trim().length > 0,
    quote: speakerName.trim().length > 0,
  }[kind];

  const save = () => {
    if (!canSave) return;
    props.onSave({
      kind,
      codeNames: pendingCodes,
      claimStatus,
      evidence: evidence.trim(),
      note: note.trim(),
      speakerName: speakerName.trim(),
      quoteKind,
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
        {MODES.map((mode) => (
          <button
            key={mode.value}
            type="button"
            role="radio"
            aria-checked={kind === mode.value}
            title={`${mode.label} (${mode.key})`}
            onClick={() => setKind(mode.value)}
          >
            {mode.label}
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
      {kind === 'quote' ? (
        <>
          <label htmlFor="quote-speaker">Speaker</label>
          <input
            id="quote-speaker"
            autoFocus
            value={speakerName}
            placeholder="Who said it"
            onChange={(e) => setSpeakerName(e.target.value)}
          />
          <label htmlFor="quote-kind">Kind</label>
          <select
            id="quote-kind"
            value={quoteKind}
            onChange={(e) => setQuoteKind(e.target.value as 'direct' | 'indirect')}
          >
            <option value="direct">Direct quote</option>
            <option value="indirect">Reported speech</option>
          </select>
        </>
      ) : (
        <CodePicker
          codes={props.codes}
          required={kind === 'coded'}
          autoFocus={kind === 'coded' || kind === 'claim'}
          chosen={codeNames}
          onChange={setCodeNames}
          input={codeInput}
          onInput={setCodeInput}
        />
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
