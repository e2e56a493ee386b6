/** The outlets import recognises: names, aliases and web domains, all editable. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useToast } from '../../components/Toasts';
import { db } from '../../db/database';
import { deleteOutlet, ensureOutletList, saveOutlet } from '../../db/outlets';
import type { OutletRow } from '../../db/schema';

const split = (text: string) => text.split(',').map((t) => t.trim());

function OutletEditor({ outlet, onDone }: { outlet: Partial<OutletRow>; onDone: () => void }) {
  const notify = useToast();
  const [name, setName] = useState(outlet.name ?? '');
  const [aliases, setAliases] = useState((outlet.aliases ?? []).join(', '));
  const [domains, setDomains] = useState((outlet.domains ?? []).join(', '));
  return (
    <form
      className="outlet-row editing"
      aria-label={outlet.id ? `Edit ${outlet.name}` : 'New outlet'}
      onSubmit={(event) => {
        event.preventDefault();
        saveOutlet({
          ...(outlet.id ? { id: outlet.id } : {}),
          name,
          aliases: split(aliases),
          domains: split(domains),
        })
          .then(onDone)
          .catch((error: Error) => notify(error.message, 'error'));
      }}
    >
      <input
        aria-label="Outlet name"
        autoFocus
        value={name}
        onChange={(e) => setName(e.target.value)}
        placeholder="Name"
      />
      <input
        aria-label="Aliases"
        value={aliases}
        onChange={(e) => setAliases(e.target.value)}
        placeholder="Other names, comma-separated"
      />
      <input
        aria-label="Domains"
        value={domains}
        onChange={(e) => setDomains(e.target.value)}
        placeholder="example.com, …"
      />
      <span className="row-actions">
        <button type="submit" className="button small primary">
          Save
        </button>
        <button type="button" className="button small" onClick={onDone}>
          Cancel
        </button>
      </span>
    </form>
  );
}

export function OutletList() {
  const outlets = useLiveQuery(() => db.outlets.orderBy('name').toArray(), []);
  const [editing, setEditing] = useState<Partial<OutletRow> | null>(null);
  const [filter, setFilter] = useState('');
  useEffect(() => {
    void ensureOutletList();
  }, []);
  if (!outlets) return null;
  const needle = filter.trim().toLowerCase();
  const shown = outlets.filter(
    (o) =>
      !needle || [o.name, ...o.aliases, ...o.domains].some((v) => v.toLowerCase().includes(needle)),
  );

  return (
    <section className="settings-section" aria-label="Outlets">
      <div className="section-head">
        <h2>Outlets</h2>
        <p className="muted small">
          Import names an article's outlet from these names, other names and web domains. Changes
          apply to files imported from now on.
        </p>
        <span className="spacer" />
        <input
          type="search"
          aria-label="Filter outlets"
          placeholder="Filter"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <button type="button" className="button" onClick={() => setEditing({})}>
          Add outlet
        </button>
      </div>
      {editing && !editing.id && <OutletEditor outlet={editing} onDone={() => setEditing(null)} />}
      <ul className="outlet-list">
        {shown.map((outlet) =>
          editing?.id === outlet.id ? (
            <li key={outlet.id}>
              <OutletEditor outlet={outlet} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={outlet.id} className="outlet-row" data-testid="outlet-row">
              <strong>{outlet.name}</strong>
              <span className="muted">{outlet.aliases.join(', ')}</span>
              <span className="muted">{outlet.domains.join(', ')}</span>
              <span className="row-actions">
                <button
                  type="button"
                  className="button small"
                  onClick={() => setEditing(outlet)}
                  aria-label={`Edit ${outlet.name}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => void deleteOutlet(outlet.id)}
                  aria-label={`Delete ${outlet.name}`}
                >
                  ×
                </button>
              </span>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
