/**
 * The Chromium host for the library benchmarks: the real app host (built `out/`), headless, with
 * a temporary data folder, so origin, CSP and storage are the app's.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import type { launchChromiumHost as LaunchChromiumHost } from '../../src/chromium-host/index';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/security';
import { buildIfStale } from '../../scripts/build-if-stale.mjs';

/** The app's CSP plus what SQLite's WebAssembly needs: the change the app's CSP must make. */
export const BENCH_CSP = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
);

export interface BenchHost {
  context: BrowserContext;
  page: Page;
  profileDir: string;
  close: () => Promise<void>;
}

/**
 * Starts the host on a throwaway data folder, or on `keepDir` (kept after the run, so a seeded
 * library can be measured again without seeding it again).
 */
export async function startBenchHost(root: string, keepDir?: string): Promise<BenchHost> {
  // A stale build would measure yesterday's code.
  buildIfStale();
  const dir = keepDir ?? (await mkdtemp(path.join(os.tmpdir(), 'parallax-bench-library-')));
  const hostModule = pathToFileURL(path.join(root, 'out', 'main', 'chromium-host.js')).href;
  const { launchChromiumHost } = (await import(hostModule)) as {
    launchChromiumHost: typeof LaunchChromiumHost;
  };
  const dataDir = path.join(dir, 'data');
  const host = await launchChromiumHost({
    headless: true,
    dataDir,
    exportDir: path.join(dir, 'exports'),
  });
  return {
    context: host.context,
    page: host.page,
    profileDir: path.join(dataDir, 'chromium-profile'),
    close: async () => {
      await host.close();
      if (!keepDir) await rm(dir, { recursive: true, force: true });
    },
  };
}
