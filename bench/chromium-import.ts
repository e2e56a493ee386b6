/**
 * End to end in the Chromium host: imports the corpus folder through the UI as a user does
 * ("Import folder…", then the folder in the host's dialog or the page's file chooser), timed in
 * the page from the click (dialog) or the chooser's change event to the import panel reaching
 * phase "done". Long frames are recorded with a
 * PerformanceObserver, and every host call is timed by wrapping the page binding.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import type { launchChromiumHost as LaunchChromiumHost } from '../src/chromium-host/index';
import { cpuBetween, cpuByRole } from './process-cpu';

export interface ImportFigures {
  files: number;
  seconds: number;
  /** Time spent waiting on host calls (transfer, base64, parsing in the worker), by operation. */
  hostCalls: Record<string, { calls: number; seconds: number }>;
  frameEntryType: string;
  worstFrameMs: number;
  longFrames: number;
  /** Frames over 50 ms, the threshold at which Chromium reports a long frame at all. */
  framesOver50: number;
  /**
   * The 20 longest frames: when each started (epoch ms, and seconds into the import), and the
   * scripts that ran longest in it.
   */
  longestFrames: { duration: number; startedAt: number; secondsIn: number; scripts: string }[];
  counts: string;
  /** Seconds the import loop waited for parsed batches, and spent storing them (renderer). */
  waitingSeconds: number;
  storingSeconds: number;
  /** CPU seconds during the import by process role (Linux only; empty elsewhere). */
  cpu: Array<[string, number]>;
}

export interface RunningHost {
  page: Page;
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * `dialogFolder`: the folder the host's folder dialog returns, so "Import folder…" takes the
 * desktop app's path (the host lists and reads the folder, as Electron's main process does).
 * Without it, the page's own folder picker is used (the Chromium host's fallback).
 */
export async function startHost(projectRoot: string, dialogFolder?: string): Promise<RunningHost> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'parallax-bench-app-'));
  const hostModule = pathToFileURL(path.join(projectRoot, 'out', 'main', 'chromium-host.js')).href;
  const { launchChromiumHost } = (await import(hostModule)) as {
    launchChromiumHost: typeof LaunchChromiumHost;
  };
  const host = await launchChromiumHost({
    headless: true,
    dataDir: path.join(dir, 'data'),
    exportDir: path.join(dir, 'exports'),
    ...(dialogFolder ? { pickFolder: async () => dialogFolder } : {}),
  });
  return {
    page: host.page,
    context: host.context,
    close: async () => {
      await host.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Installed in the page before the import starts. */
function instrument(): string {
  const w = window as unknown as Record<string, unknown> & { __bench: Record<string, unknown> };
  interface LoafScript {
    duration: number;
    forcedStyleAndLayoutDuration: number;
    invoker: string;
    sourceFunctionName: string;
    sourceURL: string;
    sourceCharPosition: number;
  }
  const bench: Record<string, unknown> = {
    frames: [],
    frameStarts: [],
    attributions: [],
    calls: {},
    start: null,
    end: null,
  };
  w.__bench = bench;
  const supported = PerformanceObserver.supportedEntryTypes;
  const type = supported.includes('long-animation-frame') ? 'long-animation-frame' : 'longtask';
  bench.type = type;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      (bench.frames as number[]).push(entry.duration);
      (bench.frameStarts as number[]).push(performance.timeOrigin + entry.startTime);
      // Marked on the page's timeline, so a trace (--trace) can show what filled the frame.
      if (entry.duration > 100)
        performance.measure('parallax:bench:long-frame', {
          start: entry.startTime,
          duration: entry.duration,
        });
      // What ran in the frame (long-animation-frame only): scripts in all, the rendering at its
      // end (style and layout, then paint), and the longest scripts, named.
      const frame = entry as unknown as {
        scripts?: LoafScript[];
        renderStart?: number;
        styleAndLayoutStart?: number;
      };
      const scripts = frame.scripts ?? [];
      const end = entry.startTime + entry.duration;
      const parts = [`scripts ${Math.round(scripts.reduce((sum, s) => sum + s.duration, 0))} ms`];
      if (frame.renderStart) parts.push(`rendering ${Math.round(end - frame.renderStart)} ms`);
      if (frame.styleAndLayoutStart)
        parts.push(`style and layout ${Math.round(end - frame.styleAndLayoutStart)} ms`);
      const forced = scripts.reduce((sum, s) => sum + s.forcedStyleAndLayoutDuration, 0);
      if (forced >= 1) parts.push(`forced layout in scripts ${Math.round(forced)} ms`);
      (bench.attributions as string[]).push(
        `${parts.join(', ')}: ` +
          scripts
            .sort((a, b) => b.duration - a.duration)
            .slice(0, 3)
            .map(
              (script) =>
                `${Math.round(script.duration)} ms ${script.sourceFunctionName || script.invoker}` +
                ` (${script.sourceURL.split('/').pop() ?? ''}:${script.sourceCharPosition})`,
            )
            .join('; '),
      );
    }
  }).observe({ type, buffered: false });
  document.addEventListener(
    'change',
    (event) => {
      if ((event.target as HTMLInputElement).type === 'file') bench.start = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    if (bench.end === null && document.querySelector('[data-testid=import-panel][data-phase=done]'))
      bench.end = performance.now();
  }).observe(document.body, { subtree: true, childList: true, attributeFilter: ['data-phase'] });
  const original = w.__parallaxInvoke as (operation: string, payload: unknown) => Promise<unknown>;
  w.__parallaxInvoke = async (operation: string, payload: unknown) => {
    const started = performance.now();
    try {
      return await original(operation, payload);
    } finally {
      const calls = bench.calls as Record<string, { calls: number; ms: number }>;
      const entry = (calls[operation] ??= { calls: 0, ms: 0 });
      entry.calls += 1;
      entry.ms += performance.now() - started;
    }
  };
  return type;
}

/**
 * Imports with `picker`: the host's folder dialog (see startHost) or the page's folder picker,
 * with the app on `view` (a sidebar entry such as "Library", the view it opens on, or
 * "Settings" to see what the library's own rendering costs).
 */
export async function importThroughUi(
  page: Page,
  folder: string,
  files: number,
  timeoutMs: number,
  view = 'Library',
  picker: 'dialog' | 'page' = 'dialog',
): Promise<ImportFigures> {
  const button = page.getByRole('button', { name: 'Import folder…' }).first();
  await button.waitFor({ timeout: 30_000 });
  if (view !== 'Library') await page.getByRole('button', { name: new RegExp(`^${view}`) }).click();
  const frameEntryType = await page.evaluate(instrument);
  const cpuBefore = cpuByRole();
  if (picker === 'dialog') {
    // The host's dialog answers at once: timing starts at the click.
    await page.evaluate(() => {
      (window as unknown as { __bench: Record<string, unknown> }).__bench.start = performance.now();
    });
    await button.click();
  } else {
    const chooser = page.waitForEvent('filechooser');
    await button.click();
    await (await chooser).setFiles(folder);
  }
  await page.locator('[data-testid=import-panel][data-phase=done]').waitFor({ timeout: timeoutMs });
  const cpu = cpuBetween(cpuBefore, cpuByRole());
  const result = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: Record<string, unknown> }).__bench;
    // Summed inline: a named helper here would pick up tsx's __name wrapper, absent in the page.
    const measured: Record<string, number> = {};
    for (const entry of performance.getEntriesByType('measure'))
      measured[entry.name] = (measured[entry.name] ?? 0) + entry.duration;
    return {
      start: bench.start as number,
      end: bench.end as number,
      timeOrigin: performance.timeOrigin,
      frames: bench.frames as number[],
      frameStarts: bench.frameStarts as number[],
      attributions: bench.attributions as string[],
      calls: bench.calls as Record<string, { calls: number; ms: number }>,
      waitMs: measured['parallax:import:wait'] ?? 0,
      storeMs: measured['parallax:import:store'] ?? 0,
    };
  });
  const counts = (await page.getByTestId('import-counts').textContent()) ?? '';
  const hostCalls = Object.fromEntries(
    Object.entries(result.calls).map(([op, c]) => [op, { calls: c.calls, seconds: c.ms / 1000 }]),
  );
  return {
    files,
    seconds: (result.end - result.start) / 1000,
    hostCalls,
    frameEntryType,
    worstFrameMs: Math.max(0, ...result.frames),
    longFrames: result.frames.filter((duration) => duration > 100).length,
    framesOver50: result.frames.filter((duration) => duration > 50).length,
    longestFrames: result.frames
      .map((duration, at) => ({
        duration,
        startedAt: result.frameStarts[at] ?? 0,
        secondsIn: ((result.frameStarts[at] ?? 0) - result.timeOrigin - result.start) / 1000,
        scripts: result.attributions[at] ?? '',
      }))
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 20),
    counts: counts.replace(/\s+/g, ' ').trim(),
    waitingSeconds: result.waitMs / 1000,
    storingSeconds: result.storeMs / 1000,
    cpu,
  };
}
