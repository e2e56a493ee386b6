/** Codebook: the codes analysts apply, as a tree with colours, descriptions and usage counts. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useToast } from '../../components/Toasts';
import {
  codebookToCsv,
  createCode,
  deleteCode,
  importCodebookCsv,
  updateCode,
} from '../../db/codebook';
import { db } from '../../db/database';
import type { TagRow } from '../../db/schema';
import { saveGeneratedFile } from '../../components/download';
import { flattenCodeTree } from './code-tree';

function CodeRow({
  code,
  depth,
  uses,
  codes,
}: {
  code: TagRow;
  depth: number;
  uses: number;
  codes: TagRow[];
}) {
  const notify = useToast();
  const [name, setName] = useState(code.name);
  const [description, setDescription] = useState(code.description);
  const run = (action: Promise<unknown>) =>
    action.catch((error: Error) => notify(error.message, 'error'));
  return (
    <li className="code-row" data-testid="code-row" style={{ paddingLeft: 12 + depth * 22 }}>
      <input
        type="color"
        aria-label={`Colour of ${code.name}`}
        value={code.color}
        onChange={(e) => void run(updateCode(code.id, { color: e.target.value }))}
      />
      <input
        className="code-name"
        aria-label="Code name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => {
          if (name !== code.name)
            void run(updateCode(code.id, { name })).then(() => setName(code.name));
        }}
      />
      <input
        className="code-description"
        aria-label={`Description of ${code.name}`}
        placeholder="What this code means"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        onBlur={() =>
          description !== code.description && void run(updateCode(code.id, { description }))
        }
      />
      <select
        aria-label={`Parent of ${code.name}`}
        value={code.parentId ?? ''}
        onChange={(e) => void run(updateCode(code.id, { parentId: e.target.value || null }))}
      >
        <option value="">(top level)</option>
        {codes
          .filter((c) => c.id !== code.id)
          .map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
      </select>
      <span className="muted small code-uses">
        {uses} use{uses === 1 ? '' : 's'}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={`Delete ${code.name}`}
        onClick={() => {
          if (
            uses === 0 ||
            window.confirm(`Remove “${code.name}” from ${uses} annotation(s) and delete it?`)
          ) {
            void run(deleteCode(code.id));
          }
        }}
      >
        ×
      </button>
    </li>
  );
}

export function CodebookView() {
  const notify = useToast();
  const data = useLiveQuery(async () => {
    const codes = await db.tags.toArray();
    const uses = new Map<string, number>();
    await db.highlights.each((h) =>
      h.tagIds.forEach((id) => uses.set(id, (uses.get(id) ?? 0) + 1)),
    );
    return { codes, uses };
  }, []);
  const [newName, setNewName] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  if (!data) return <div className="view" aria-busy="true" />;
  const tree = flattenCodeTree(data.codes);

  return (
    <div className="view">
      <header className="view-header">
        <h1>Codebook</h1>
        <span className="muted">{data.codes.length} codes</span>
        <span className="spacer" />
        <button type="button" className="button" onClick={() => fileRef.current?.click()}>
          Import CSV…
        </button>
        <button
          type="button"
          className="button"
          disabled={!data.codes.length}
          onClick={() =>
            void codebookToCsv()
              .then((csv) => saveGeneratedFile(csv, 'codebook.csv'))
              .then((savedTo) => savedTo && notify(`Codebook saved to ${savedTo}`))
              .catch((error: Error) => notify(error.message, 'error'))
          }
        >
          Export CSV
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".csv,text/csv"
          hidden
          data-testid="codebook-file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (!file) return;
            void file
              .text()
              .then(importCodebookCsv)
              .then(({ added, updated }) =>
                notify(`Codebook: ${added} added, ${updated} updated from ${file.name}`),
              )
              .catch((error: Error) => notify(`${file.name}: ${error.message}`, 'error'));
          }}
        />
      </header>
      <form
        className="code-new"
        onSubmit={(event) => {
          event.preventDefault();
          void createCode({ name: newName })
            .then(() => setNewName(''))
            .catch((error: Error) => notify(error.message, 'error'));
        }}
      >
        <input
          aria-label="New code"
          placeholder="New code name"
          value={newName}
          onChange={(e) => setNewName(e.target.value)}
        />
        <button type="submit" className="button primary" disabled={!newName.trim()}>
          Add code
        </button>
      </form>
      {tree.length ? (
        <ul className="code-list">
          {tree.map(({ code, depth }) => (
            <CodeRow
              key={code.id + code.name}
              code={code}
              depth={depth}
              uses={data.uses.get(code.id) ?? 0}
              codes={data.codes}
            />
          ))}
        </ul>
      ) : (
        <div className="empty-state">
          <h2>No codes yet</h2>
          <p>
            Add codes here or import a codebook CSV (columns: name, parent, color, description).
            Codes you type while annotating appear here too.
          </p>
        </div>
      )}
    </div>
  );
}
