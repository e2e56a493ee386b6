/**
 * Starts Parallax for one test with its own fresh data and export folders, in the Chromium host
 * or, where its binary is present, in real Electron. Both yield the app's page.
 */
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { electronBinaryPath, projectRoot } from '../../scripts/electron-binary.mjs';
import type { launchChromiumHost as LaunchChromiumHost } from '../../src/chromium-host/index';

export type HostName = 'chromium' | 'electron';

export interface RunningApp {
  page: Page;
  /** Set when running in Electron: lets tests stand in for native dialogs. */
  electron: ElectronApplication | null;
  close: () => Promise<void>;
}

export interface AppFolders {
  dataDir: string;
  exportDir: string;
  cleanup: () => Promise<void>;
}

export async function makeAppFolders(): Promise<AppFolders> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'parallax-e2e-'));
  return {
    dataDir: path.join(root, 'data'),
    exportDir: path.join(root, 'exports'),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

export async function launchApp(host: HostName, folders: AppFolders): Promise<RunningApp> {
  if (host === 'electron') {
    const electron = await _electron.launch({
      executablePath: electronBinaryPath() ?? undefined,
      args: [projectRoot],
      env: { ...process.env, PARALLAX_DATA_DIR: folders.dataDir } as Record<string, string>,
    });
    const page = await electron.firstWindow();
    return { page, electron, close: () => electron.close() };
  }
  const hostModule = pathToFileURL(path.join(projectRoot, 'out', 'main', 'chromium-host.js')).href;
  // The built host, as `npm start` runs it (its parse worker exists only in the build).
  const { launchChromiumHost } = (await import(hostModule)) as {
    launchChromiumHost: typeof LaunchChromiumHost;
  };
  const chromiumHost = await launchChromiumHost({
    headless: true,
    dataDir: folders.dataDir,
    exportDir: folders.exportDir,
  });
  return { page: chromiumHost.page, electron: null, close: chromiumHost.close };
}
