/** Electron main process: a thin adapter from windows, dialogs and IPC to the services. */
import { app, BrowserWindow, dialog, session } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from './services/create-handlers';
import { createDispatcher } from './services/dispatch';
import { createParsePool } from './services/parse-pool';
import { registerContractHandlers } from './ipc';
import { printToPdf } from './print-to-pdf';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const appRoot = app.isPackaged ? process.resourcesPath : app.getAppPath();

if (process.env['PARALLAX_DATA_DIR']) app.setPath('userData', process.env['PARALLAX_DATA_DIR']);
registerAppScheme();

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

async function start(): Promise<void> {
  await app.whenReady();
  // Nothing the page could ask for (camera, notifications, …) is granted.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  serveRenderer(path.join(here, '..', 'renderer'));

  const pool = createParsePool(new URL('./parse-worker.js', import.meta.url));
  const focusedWindow = (): BrowserWindow | undefined =>
    BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

  registerContractHandlers(
    createDispatcher(
      createHandlers({
        adapter: {
          host: 'electron',
          appVersion: app.getVersion(),
          pickFolder: async () => {
            const owner = focusedWindow();
            const options = {
              title: 'Import a folder of articles',
              properties: ['openDirectory' as const],
            };
            const result = owner
              ? await dialog.showOpenDialog(owner, options)
              : await dialog.showOpenDialog(options);
            return result.canceled ? null : (result.filePaths[0] ?? null);
          },
          printPdf: printToPdf,
          saveFile: async (bytes, suggestedName) => {
            const owner = focusedWindow();
            const extension = path.extname(suggestedName).slice(1);
            const options = {
              title: `Export ${suggestedName}`,
              defaultPath: path.join(app.getPath('documents'), suggestedName),
              filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
            };
            const result = owner
              ? await dialog.showSaveDialog(owner, options)
              : await dialog.showSaveDialog(options);
            if (result.canceled || !result.filePath) return { cancelled: true };
            await writeFile(result.filePath, bytes);
            return { savedTo: result.filePath };
          },
        },
        parseFile: pool.parseFile,
        sampleCorpusDir: path.join(appRoot, 'resources', 'sample-corpus'),
      }),
    ),
  );

  const preloadPath = path.join(here, '..', 'preload', 'index.cjs');
  createMainWindow(preloadPath);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadPath);
  });
  app.on('will-quit', () => void pool.close());
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

start().catch((error: unknown) => {
  console.error(error);
  app.exit(1);
});
