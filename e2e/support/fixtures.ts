/** Test fixtures: a fresh app per test (own data and export folders), and a way to restart it. */
import { test as base } from '@playwright/test';
import {
  launchApp,
  makeAppFolders,
  type AppFolders,
  type HostName,
  type RunningApp,
} from './hosts';
import { WorkbenchPage } from './workbench-page';

interface Fixtures {
  host: HostName;
  folders: AppFolders;
  app: RunningApp;
  workbench: WorkbenchPage;
  /** Closes the app and opens it again on the same data, as a user restarting it would. */
  restart: () => Promise<WorkbenchPage>;
}

function closingOnce(app: RunningApp): RunningApp {
  let closing: Promise<void> | null = null;
  return { ...app, close: () => (closing ??= app.close()) };
}

export const test = base.extend<Fixtures>({
  host: ['chromium', { option: true }],
  // Playwright requires the destructuring pattern even when a fixture uses no other fixture.
  // eslint-disable-next-line no-empty-pattern
  folders: async ({}, use) => {
    const folders = await makeAppFolders();
    await use(folders);
    await folders.cleanup();
  },
  app: async ({ host, folders }, use) => {
    const app = closingOnce(await launchApp(host, folders));
    await use(app);
    await app.close();
  },
  workbench: async ({ app }, use) => {
    await use(new WorkbenchPage(app.page, app.electron));
  },
  restart: async ({ host, folders, app }, use) => {
    const reopened: RunningApp[] = [];
    await use(async () => {
      await app.close();
      const next = closingOnce(await launchApp(host, folders));
      reopened.push(next);
      return new WorkbenchPage(next.page, next.electron);
    });
    for (const next of reopened) await next.close();
  },
});

export { expect } from '@playwright/test';
