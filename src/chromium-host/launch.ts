/**
 * The Chromium host: opens the same renderer build in a system Chromium and answers its
 * contract calls with the same services Electron's main process uses. Calls travel over
 * Playwright's page binding (Chromium's debugging pipe), and the import's parse calls from its
 * workers over intercepted requests (worker-calls.ts), so no network port is opened.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { fromWire, toWire } from '../shared/contract/wire';
import { createHandlers } from '../main/services/create-handlers';
import { createDispatcher } from '../main/services/dispatch';
import { createParsePool } from '../main/services/parse-pool';
import { QUIET_CHROMIUM_ARGS, findChromium } from '../main/services/browser/find-chromium';
import { closePrintingBrowser, printHtmlToPdf } from '../main/services/pdf/print-with-chromium';
import { saveWithoutOverwriting } from '../main/services/pdf/save-to-folder';
import { appRoot, defaultDataDir, defaultExportDir } from './app-paths';
import { APP_ORIGIN, createRendererRoute } from './serve-renderer';
import { createWorkerCallRoute } from './worker-calls';
import { WORKER_CALL_PATH } from '../shared/contract';

export interface ChromiumHostOptions {
  dataDir?: string;
  exportDir?: string;
  headless?: boolean;
  executablePath?: string;
  /**
   * A folder dialog for "Import folder…": the folder is then read by the host, as in Electron.
   * Without one, the page's own folder picker is used. Benchmarks and tests pass a stand-in.
   */
  pickFolder?: () => Promise<string | null>;
}

export interface ChromiumHost {
  context: BrowserContext;
  page: Page;
  exportDir: string;
  close: () => Promise<void>;
}

export const BRIDGE_BINDING = '__parallaxInvoke';

export async function launchChromiumHost(options: ChromiumHostOptions = {}): Promise<ChromiumHost> {
  const root = appRoot();
  const dataDir = options.dataDir ?? defaultDataDir();
  const exportDir = options.exportDir ?? defaultExportDir();
  const headless = options.headless ?? false;
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath) {
    throw new Error(
      'No Chromium or Chrome was found. Install Chromium, or set PARALLAX_CHROMIUM to its path.',
    );
  }
  const profileDir = path.join(dataDir, 'chromium-profile');
  await mkdir(profileDir, { recursive: true });

  // Parsing runs in processes of their own: the browser runs in a session of its own, and only a
  // low-priority session puts parsing behind the window when the cores are busy (parse-priority).
  const pool = createParsePool(new URL('./parse-worker.js', import.meta.url), {
    separateProcesses: true,
  });
  const dispatch = createDispatcher(
    createHandlers({
      adapter: {
        host: 'chromium',
        appVersion: process.env['npm_package_version'] ?? '0.1.0',
        ...(options.pickFolder ? { pickFolder: options.pickFolder } : {}),
        answersWorkers: true,
        printPdf: printHtmlToPdf,
        saveFile: async (bytes, suggestedName) => ({
          savedTo: await saveWithoutOverwriting(exportDir, suggestedName, bytes),
        }),
      },
      parseFile: pool.parseFile,
      sampleCorpusDir: path.join(root, 'resources', 'sample-corpus'),
    }),
  );

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless,
    viewport: headless ? { width: 1360, height: 860 } : null,
    args: [
      ...QUIET_CHROMIUM_ARGS,
      // An app window: no tabs or address bar, as for an installed app.
      ...(headless
        ? []
        : ['--app=data:text/html,<title>Parallax</title>', '--window-size=1360,860']),
      // Root cannot use Chromium's sandbox; --test-type hides the warning bar that says so.
      ...(isRoot ? ['--no-sandbox', '--test-type'] : []),
    ],
    // Open only the app window: no extra blank tab beside it.
    ignoreDefaultArgs: headless ? false : ['about:blank'],
    serviceWorkers: 'block',
    acceptDownloads: false,
  });

  await context.route('**/*', createRendererRoute(path.join(root, 'out', 'renderer')));
  // Registered after the renderer's route, so it is asked first for its own paths.
  await context.route(`${APP_ORIGIN}${WORKER_CALL_PATH}**`, createWorkerCallRoute(dispatch));
  await context.exposeBinding(
    BRIDGE_BINDING,
    async (source, operation: unknown, payload: unknown) => {
      // Only the app's own page may call the host.
      if (!source.frame.url().startsWith(APP_ORIGIN + '/')) {
        return toWire({
          ok: false,
          error: { code: 'not-permitted', message: 'Not the app page.' },
        });
      }
      let args: unknown;
      try {
        args = fromWire(payload);
      } catch (error) {
        return toWire({
          ok: false,
          error: { code: 'invalid-arguments', message: (error as Error).message },
        });
      }
      return toWire(await dispatch(operation, args));
    },
  );
  await context.addInitScript({ path: path.join(root, 'out', 'preload', 'browser.js') });

  const page =
    context.pages()[0] ??
    (await context.waitForEvent('page', { timeout: 5000 }).catch(() => context.newPage()));
  await page.goto(`${APP_ORIGIN}/index.html`);

  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => undefined);
    await pool.close();
    await closePrintingBrowser();
  };
  return { context, page, exportDir, close };
}
