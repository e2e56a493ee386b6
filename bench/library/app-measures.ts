/**
 * Measurements of the app page for the library benchmark: opening the library, scrolling it, and
 * searching through the search worker, each timed in the page.
 */
import type { Page } from 'playwright-core';
import { SEARCH_PAGE_SIZE } from '../../src/renderer/src/features/search/protocol';

export const APP_URL = 'https://parallax.invalid/index.html';
const ROW = '[data-testid=library-row]';

// Page scripts with inner functions are kept as source text, so no bundler helper leaks in.
const RECORD_FRAMES = `(() => {
  window.frames_ = [];
  window.stopFrames = false;
  let last = performance.now();
  const tick = (now) => {
    window.frames_.push(now - last);
    last = now;
    if (!window.stopFrames) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

const START_WORKER = `(workerUrl) => {
  const worker = new Worker(workerUrl, { type: 'module' });
  const pending = new Map();
  let next = 1;
  worker.onmessage = (event) => {
    const { id } = event.data;
    if (id === undefined) return;
    pending.get(id)?.(event.data.ok ? event.data.value : { error: event.data.error });
    pending.delete(id);
  };
  const call = (request) =>
    new Promise((resolve) => {
      const id = next++;
      pending.set(id, resolve);
      worker.postMessage({ ...request, id });
    });
  window.benchSearch = { call, worker };
}`;

/** Loads the app; library open is in-page time to the first row, start the wall time to clickable. */
export async function openLibrary(page: Page): Promise<{ openMs: number; interactiveMs: number }> {
  const started = Date.now();
  await page.goto(APP_URL);
  const first = await page.waitForFunction(
    (row) => (document.querySelector(row) ? performance.now() : false),
    ROW,
    { polling: 'raf', timeout: 600_000 },
  );
  const openMs = (await first.jsonValue()) as number;
  await page.locator(ROW).first().click({ trial: true, timeout: 600_000 });
  return { openMs, interactiveMs: Date.now() - started };
}

/**
 * Records a Chrome trace of `during` (CDP Tracing, as DevTools' Performance panel does) into
 * `file`, to find what ran in the longest frames.
 */
export async function traceTo<T>(page: Page, file: string, during: () => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', (data: { value: unknown[] }) => events.push(...data.value));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'blink.user_timing',
        'disabled-by-default-v8.gc',
      ],
    },
  });
  try {
    return await during();
  } finally {
    await cdp.send('Tracing.end');
    await done;
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, JSON.stringify({ traceEvents: events }));
  }
}

/** Wheel-scrolls the library table and returns the longest requestAnimationFrame gap. */
export async function scrollWorstFrame(page: Page, steps = 60): Promise<number> {
  const box = await page.locator('.table-body').boundingBox();
  if (!box) throw new Error('no .table-body');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(RECORD_FRAMES);
  // Each wheel step waits for the next two animation frames: the page has rendered the scroll.
  const nextFrames = () =>
    page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, i < steps / 2 ? 600 : -450);
    await nextFrames();
  }
  await nextFrames();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; stopFrames: boolean };
    w.stopFrames = true;
    return w.frames_.slice(1);
  });
  return Math.max(...frames);
}

/** Starts the search worker in the page and runs requests through it, timing each round trip. */
export async function startSearchWorker(page: Page, url: string): Promise<void> {
  await page.evaluate(`(${START_WORKER})(${JSON.stringify(url)})`);
}

export async function callSearchWorker<T>(
  page: Page,
  request: Record<string, unknown>,
): Promise<T> {
  const result = await page.evaluate(
    (req) =>
      (
        window as unknown as { benchSearch: { call: (r: unknown) => Promise<unknown> } }
      ).benchSearch.call(req),
    request,
  );
  if (result && typeof result === 'object' && 'error' in result)
    throw new Error(String(result.error));
  return result as T;
}

/**
 * Round-trip times in the page, as the Library's search box would see them, and the time each
 * query took inside the worker (the rest is messaging and the worker's queue).
 */
export async function timeQueries(
  page: Page,
  queries: string[],
): Promise<{ roundTrip: number[]; inWorker: number[] }> {
  return page.evaluate(
    async ({ list, limit }) => {
      const { call } = (
        window as unknown as { benchSearch: { call: (r: unknown) => Promise<{ ms?: number }> } }
      ).benchSearch;
      const roundTrip: number[] = [];
      const inWorker: number[] = [];
      for (const query of list) {
        const started = performance.now();
        const reply = await call({ op: 'search', query, options: { limit } });
        roundTrip.push(performance.now() - started);
        inWorker.push(reply.ms ?? NaN);
      }
      return { roundTrip, inWorker };
    },
    { list: queries, limit: SEARCH_PAGE_SIZE },
  );
}
