/** How much space the library uses and has left, and whether the engine keeps it under disk pressure. */
import { useEffect, useState } from 'react';

interface StorageState {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

const format = (bytes: number | null) =>
  bytes === null
    ? 'unknown'
    : bytes > 1e9
      ? `${(bytes / 1e9).toFixed(1)} GB`
      : `${(bytes / 1e6).toFixed(1)} MB`;

export function StorageInfo() {
  const [state, setState] = useState<StorageState>({ usage: null, quota: null, persisted: null });
  useEffect(() => {
    const storage = navigator.storage;
    if (!storage) return;
    void Promise.all([storage.estimate?.(), storage.persisted?.()]).then(([estimate, persisted]) =>
      setState({
        usage: estimate?.usage ?? null,
        quota: estimate?.quota ?? null,
        persisted: persisted ?? null,
      }),
    );
  }, []);
  return (
    <section className="settings-section" aria-label="Storage">
      <div className="section-head">
        <h2>Storage</h2>
      </div>
      <p data-testid="storage-usage">
        The library uses {format(state.usage)} of {format(state.quota)} available on this disk.{' '}
        {state.persisted === true
          ? 'It is kept even when the disk runs low.'
          : state.persisted === false
            ? 'The browser engine has not promised to keep it when the disk runs low; keep backups of your folders.'
            : ''}
      </p>
    </section>
  );
}
