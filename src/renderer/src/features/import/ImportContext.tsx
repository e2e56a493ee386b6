/**
 * Import entry points shared by every view: the folder dialog (Electron), the in-page folder
 * picker and drop target (Chromium host), and the sample corpus.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { callHost } from '../../host/bridge';
import { useToast } from '../../components/Toasts';
import { filesFromDirectoryInput, filesFromDrop } from './browser-files';
import type { ImportSource } from './import-runner';
import { useImport, type ImportController } from './useImport';
import { regroupStories } from '../stories/useRegroup';
import { indexImportedSince } from '../search/sync-index';

interface ImportActions {
  controller: ImportController;
  chooseFolder: () => void;
  importSample: () => void;
}

const ImportContext = createContext<ImportActions | null>(null);

export function ImportProvider({
  children,
  canPickFolder,
}: {
  children: ReactNode;
  canPickFolder: boolean;
}) {
  const controller = useImport();
  const notify = useToast();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { start } = controller;

  const run = useCallback(
    async (source: ImportSource) => {
      const startedAt = Date.now();
      const result = await start(source);
      if (result)
        void indexImportedSince(startedAt).catch((error: Error) =>
          notify(`Search index: ${error.message}`, 'error'),
        );
      // New articles may join stories or start new ones.
      if (result && result.counts.imported + result.counts.duplicate > 0) void regroupStories();
      if (result?.phase === 'failed')
        notify(`Import of ${source.label} stopped: ${result.error}`, 'error');
    },
    [start, notify],
  );

  const chooseFolder = useCallback(() => {
    if (!canPickFolder) {
      inputRef.current?.click();
      return;
    }
    callHost('import.pickFolder', {})
      .then((picked) => {
        if (picked)
          void run({
            kind: 'folder',
            folder: picked.folder,
            label: picked.folder.split(/[\\/]/).pop() ?? picked.folder,
          });
      })
      .catch((error: Error) => notify(error.message, 'error'));
  }, [canPickFolder, run, notify]);

  const importSample = useCallback(() => {
    callHost('import.sampleCorpusFolder', {})
      .then(({ folder }) => run({ kind: 'folder', folder, label: 'Sample corpus' }))
      .catch((error: Error) => notify(error.message, 'error'));
  }, [run, notify]);

  // The whole window is a drop target for folders and files.
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      setDragging(false);
      filesFromDrop(event.dataTransfer.items)
        .then(({ folderName, files }) => {
          if (!files.length) notify('Nothing to import in what was dropped.', 'error');
          else void run({ kind: 'files', files, label: folderName });
        })
        .catch((error: Error) =>
          notify(`Could not read the dropped items: ${error.message}`, 'error'),
        );
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [run, notify]);

  return (
    <ImportContext.Provider value={{ controller, chooseFolder, importSample }}>
      {children}
      <input
        ref={inputRef}
        type="file"
        hidden
        data-testid="folder-input"
        // Non-standard but supported by Chromium: pick a whole folder.
        {...{ webkitdirectory: '', directory: '' }}
        multiple
        onChange={(event) => {
          const list = event.currentTarget.files;
          if (list?.length) {
            const { folderName, files } = filesFromDirectoryInput(list);
            void run({ kind: 'files', files, label: folderName });
          }
          event.currentTarget.value = '';
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div>Drop a folder of articles to import it</div>
        </div>
      )}
    </ImportContext.Provider>
  );
}

export function useImportActions(): ImportActions {
  const actions = useContext(ImportContext);
  if (!actions) throw new Error('useImportActions outside ImportProvider');
  return actions;
}
