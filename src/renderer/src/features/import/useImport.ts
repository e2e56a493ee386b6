/** Import state for the whole app: one import at a time, with live progress and cancel. */
import { startTransition, useCallback, useRef, useState } from 'react';
import { callHost } from '../../host/bridge';
import { openWorkerImportStore } from '../../db/worker-import-store';
import { runImport, type ImportProgress, type ImportSource } from './import-runner';

export interface ImportController {
  progress: ImportProgress | null;
  running: boolean;
  start: (source: ImportSource) => Promise<ImportProgress | null>;
  cancel: () => void;
  dismiss: () => void;
}

export function useImport(): ImportController {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [running, setRunning] = useState(false);
  const cancelled = useRef(false);

  const start = useCallback(
    async (source: ImportSource) => {
      if (running) return null;
      cancelled.current = false;
      setRunning(true);
      try {
        // Progress renders in a transition: React can pause it for input and frames, so a
        // re-render of the open view with each stored batch never holds the page.
        const showProgress = (next: ImportProgress) => startTransition(() => setProgress(next));
        const workerCalls = await callHost('host.info', {}).then(
          (info) => info.workerCalls,
          () => false,
        );
        return await runImport(source, showProgress, () => cancelled.current, {
          openStore: openWorkerImportStore,
          hostAnswersWorkers: workerCalls,
        });
      } finally {
        setRunning(false);
      }
    },
    [running],
  );

  return {
    progress,
    running,
    start,
    cancel: () => {
      cancelled.current = true;
    },
    dismiss: () => setProgress(null),
  };
}
