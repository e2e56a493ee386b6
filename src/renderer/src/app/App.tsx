/** The workbench shell: navigation rail, the active view, and the import panel above it. */
import { useEffect, useState } from 'react';
import type { HostInfo } from '../../../shared/contract';
import { Sidebar } from '../components/Sidebar';
import { ToastProvider } from '../components/Toasts';
import { callHost } from '../host/bridge';
import { BriefingsView } from '../features/briefings/BriefingsView';
import { ImportPanel } from '../features/import/ImportPanel';
import { ImportProvider, useImportActions } from '../features/import/ImportContext';
import { LibraryView } from '../features/library/LibraryView';
import { ReaderView } from '../features/reader/ReaderView';
import { CodebookView } from '../features/codebook/CodebookView';
import { QuotesView } from '../features/quotes/QuotesView';
import { SettingsView } from '../features/settings/SettingsView';
import { StoriesView } from '../features/stories/StoriesView';
import { UndoControls } from './UndoControls';
import { useSidebarCounts } from './useSidebarCounts';
import { NavigationProvider, useNavigation } from './navigation';
import { ensureIndexComplete } from '../features/search/sync-index';
import { useLibrarySize } from '../features/library/useLibraryData';

function Workbench({ hostInfo }: { hostInfo: HostInfo | null }) {
  const { view, show } = useNavigation();
  const { chooseFolder, controller } = useImportActions();
  // The article count is the library catalog's; the others wait until the library has its
  // order: IndexedDB counts by walking every record, and at 100,000 articles (and several
  // times as many quotes) that would hold up the library's first rows.
  const library = useLibrarySize();
  const libraryReady = library.orderComplete;
  const counts = useSidebarCounts(libraryReady, {
    running: controller.running,
    quotesInLibrary: controller.progress?.quotesInLibrary ?? null,
  });
  useEffect(() => {
    // A library from before search existed (or whose index was lost) is indexed in the background.
    if (libraryReady) void ensureIndexComplete(library.total ?? 0).catch(() => undefined);
    // Once per start, when the library's size is known.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [libraryReady]);
  return (
    <div className="app" data-host={hostInfo?.host ?? 'none'}>
      <Sidebar
        active={view}
        onSelect={show}
        items={[
          {
            view: 'library',
            label: 'Library',
            count: library.total,
            icon: '▤',
          },
          { view: 'reader', label: 'Reader', icon: '¶' },
          { view: 'stories', label: 'Stories', count: counts?.stories, icon: '⫴' },
          { view: 'quotes', label: 'Quotes', count: counts?.quotes, icon: '❝' },
          { view: 'codebook', label: 'Codebook', count: counts?.codes, icon: '◆' },
          { view: 'briefings', label: 'Briefings', count: counts?.briefings, icon: '✎' },
          { view: 'settings', label: 'Settings', icon: '⚙' },
        ]}
        footer={
          <>
            <UndoControls />
            <button
              type="button"
              className="button wide"
              onClick={chooseFolder}
              disabled={controller.running}
            >
              Import folder…
            </button>
            <p className="host-line small muted">
              {hostInfo
                ? hostInfo.host === 'electron'
                  ? 'Desktop app'
                  : 'Chromium host'
                : 'Not connected'}{' '}
              · offline
            </p>
          </>
        }
      />
      <main className="main">
        <ImportPanel />
        {view === 'library' && <LibraryView />}
        {view === 'reader' && <ReaderView />}
        {view === 'stories' && <StoriesView />}
        {view === 'quotes' && <QuotesView />}
        {view === 'codebook' && <CodebookView />}
        {view === 'briefings' && <BriefingsView />}
        {view === 'settings' && <SettingsView />}
      </main>
    </div>
  );
}

export function App() {
  const [hostInfo, setHostInfo] = useState<HostInfo | null>(null);
  useEffect(() => {
    callHost('host.info', {}).then(setHostInfo, () => setHostInfo(null));
  }, []);
  return (
    <ToastProvider>
      <NavigationProvider>
        <ImportProvider canPickFolder={hostInfo?.canPickFolder ?? false}>
          <Workbench hostInfo={hostInfo} />
        </ImportProvider>
      </NavigationProvider>
    </ToastProvider>
  );
}
