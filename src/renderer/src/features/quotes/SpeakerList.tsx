/** The corpus's people list: who is quoted, how often, by which outlets; rename and merge. */
import { useState } from 'react';
import { useToast } from '../../components/Toasts';
import { mergeSpeakers, renameSpeaker } from '../../db/speakers';
import type { SpeakerSummary } from './useQuoteLedger';

export function SpeakerList(props: {
  speakers: SpeakerSummary[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}) {
  const notify = useToast();
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const toggle = (id: string) => {
    const next = new Set(checked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChecked(next);
  };
  const merge = () => {
    const ids = [...checked];
    const target = props.speakers.find((s) => s.id === ids[0]);
    if (!target) return;
    mergeSpeakers(target.id, ids.slice(1))
      .then(() => {
        notify(`Merged ${ids.length} speakers into ${target.name}`);
        setChecked(new Set());
      })
      .catch((error: Error) => notify(error.message, 'error'));
  };

  return (
    <aside className="speaker-list" aria-label="Speakers">
      <div className="list-head">
        <h2>Speakers</h2>
        <button
          type="button"
          className="button small"
          disabled={checked.size < 2}
          onClick={merge}
          title="Merge the checked speakers into the first checked"
        >
          Merge
        </button>
      </div>
      <ul>
        <li>
          <button
            type="button"
            className="list-item"
            aria-current={props.selectedId === null ? 'true' : undefined}
            onClick={() => props.onSelect(null)}
          >
            All speakers
          </button>
        </li>
        {props.speakers.map((speaker) => (
          <li key={speaker.id} className="speaker-item" data-testid="speaker-item">
            <input
              type="checkbox"
              aria-label={`Select ${speaker.name}`}
              checked={checked.has(speaker.id)}
              onChange={() => toggle(speaker.id)}
            />
            {renaming?.id === speaker.id ? (
              <form
                className="rename-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  renameSpeaker(speaker.id, renaming.name)
                    .then(() => setRenaming(null))
                    .catch((error: Error) => notify(error.message, 'error'));
                }}
              >
                <input
                  aria-label="Speaker name"
                  autoFocus
                  value={renaming.name}
                  onChange={(e) => setRenaming({ id: speaker.id, name: e.target.value })}
                  onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
                />
              </form>
            ) : (
              <button
                type="button"
                className="list-item"
                aria-current={props.selectedId === speaker.id ? 'true' : undefined}
                onClick={() => props.onSelect(speaker.id)}
                onDoubleClick={() => setRenaming({ id: speaker.id, name: speaker.name })}
                title={[
                  speaker.role,
                  speaker.aliases.length ? `Also: ${speaker.aliases.join(', ')}` : '',
                ]
                  .filter(Boolean)
                  .join('\n')}
              >
                <span className="speaker-name">{speaker.name}</span>
                <span className="nav-count">{speaker.quoteCount}</span>
                <span className="speaker-outlets small muted">{speaker.outlets.join(', ')}</span>
              </button>
            )}
            {renaming?.id !== speaker.id && (
              <button
                type="button"
                className="icon-button"
                aria-label={`Rename ${speaker.name}`}
                onClick={() => setRenaming({ id: speaker.id, name: speaker.name })}
              >
                ✎
              </button>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
