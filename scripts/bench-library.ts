/**
 * Library benchmark (`npm run bench:library`, or `node --import tsx scripts/bench-library.ts
 * [--articles N]`): writes N generated articles (default 100,000) into the app's IndexedDB in the
 * Chromium host, builds the search index in the search worker (from IndexedDB, into OPFS), then
 * measures search, opening and scrolling the library, start to interactive and renderer memory.
 * Targets: search p95 ≤ 30 ms, open ≤ 1000 ms, worst scroll frame ≤ 50 ms, start ≤ 1500 ms,
 * memory ≤ 1024 MB. Details go to stderr; stdout holds the six result lines.
 *
 * `--trace <file>` writes a Chrome trace of the scroll (open it in DevTools' Performance panel).
 *
 * `--keep <dir>` keeps the seeded library in <dir>; a later run with the same <dir> and article
 * count measures it again without seeding (seeding 100,000 takes minutes).
 *
 * Search is timed through the search worker on the index in OPFS, in a page of its own before the
 * app opens: the app's own worker holds the index file while the app is open.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import {
  callSearchWorker,
  openLibrary,
  scrollWorstFrame,
  startSearchWorker,
  timeQueries,
  traceTo,
} from '../bench/library/app-measures';
import { rendererRssMb } from '../bench/library/compare-engines';
import { createCorpus } from '../bench/library/corpus';
import { BENCH_CSP, startBenchHost } from '../bench/library/host';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ORIGIN = 'https://parallax.invalid';
const log = (line: string) => console.error(`  ${line}`);

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

async function bundle(entry: string): Promise<Buffer> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  });
  return Buffer.from(result.outputFiles[0]!.contents);
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
};

async function main(): Promise<void> {
  const articles = option('--articles', 100_000);
  const files: Record<string, { type: string; body: Buffer | string }> = {
    '/bench/seed.html': {
      type: 'text/html',
      body: '<!doctype html><title>seed</title><script type="module" src="/bench/seed.js"></script>',
    },
    '/bench/seed.js': { type: 'text/javascript', body: await bundle('bench/library/seed-page.ts') },
    '/bench/search.worker.js': {
      type: 'text/javascript',
      body: await bundle('src/renderer/src/features/search/search.worker.ts'),
    },
    '/bench/sqlite3.wasm': {
      type: 'application/wasm',
      body: await readFile(
        path.join(root, 'node_modules/@sqlite.org/sqlite-wasm/dist/sqlite3.wasm'),
      ),
    },
  };
  const keepAt = process.argv.indexOf('--keep');
  const keepDir = keepAt === -1 ? undefined : path.resolve(process.argv[keepAt + 1]!);
  const seededMarker = keepDir && path.join(keepDir, `seeded-${articles}`);
  const host = await startBenchHost(root, keepDir);
  try {
    // Scratch files under the app's origin, with the app's CSP plus 'wasm-unsafe-eval'.
    await host.context.route(`${ORIGIN}/bench/**`, async (route) => {
      const file = files[new URL(route.request().url()).pathname];
      if (!file) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({
        status: 200,
        body: file.body,
        headers: { 'content-type': file.type, 'content-security-policy': BENCH_CSP },
      });
    });
    const load = () =>
      readFile('/proc/loadavg', 'utf8').then((s) => s.split(' ').slice(0, 3).join(' '));
    log(`machine load (1/5/15 min) at start: ${await load()}`);
    // The Library view re-reads every article on each change: keep it closed while seeding.
    await host.page.goto('about:blank');

    const scratch = await host.context.newPage();
    await scratch.goto(`${ORIGIN}/bench/seed.html`);
    await scratch.waitForFunction(() => 'benchSeed' in window);
    if (seededMarker && existsSync(seededMarker)) {
      log(`reusing the library seeded in ${keepDir}`);
    } else {
      const seeded = await scratch.evaluate(
        (n) =>
          (
            window as unknown as {
              benchSeed: (n: number, b: number) => Promise<{ ms: number; articles: number }>;
            }
          ).benchSeed(n, 1000),
        articles,
      );
      log(
        `seeded ${seeded.articles.toLocaleString()} articles with Dexie bulkAdd in ${(seeded.ms / 1000).toFixed(1)} s`,
      );
    }
    await startSearchWorker(scratch, '/bench/search.worker.js');
    const before = await callSearchWorker<{ documents: number }>(scratch, { op: 'status' });
    // A kept library's index is rebuilt when it is short (an index of another schema is dropped).
    if (before.documents !== articles) {
      const rebuilt = await callSearchWorker<{ indexed: number; ms: number }>(scratch, {
        op: 'rebuild',
      });
      log(
        `search index rebuilt from IndexedDB into OPFS: ${rebuilt.indexed.toLocaleString()} articles in ${(rebuilt.ms / 1000).toFixed(1)} s`,
      );
    }
    if (seededMarker && !existsSync(seededMarker)) {
      await writeFile(seededMarker, new Date().toISOString());
    }
    const status = await callSearchWorker<{ documents: number; storage: string }>(scratch, {
      op: 'status',
    });
    log(`search index in ${status.storage}: ${status.documents.toLocaleString()} articles`);
    const queries = createCorpus().queries(264);
    await timeQueries(scratch, queries.slice(0, 24)); // warm-up
    const { roundTrip: times, inWorker } = await timeQueries(scratch, queries.slice(24));
    log(
      `inside the search worker: p50 ${Math.round(percentile(inWorker, 0.5))} ms, p95 ${Math.round(percentile(inWorker, 0.95))} ms`,
    );
    const slowest = queries
      .slice(24)
      .map((query, i) => ({ query, ms: times[i]! }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8);
    log(
      `slowest queries: ${slowest.map((q) => `${q.query} (${Math.round(q.ms)} ms)`).join(' · ')}`,
    );
    await scratch.close();

    const page = host.page;
    await openLibrary(page); // a first open, so the second measures a warm start as users see it
    const opened = await openLibrary(page);
    const traceAt = process.argv.indexOf('--trace');
    const worstFrame =
      traceAt === -1
        ? await scrollWorstFrame(page)
        : await traceTo(page, path.resolve(process.argv[traceAt + 1]!), () =>
            scrollWorstFrame(page),
          );

    const memory = rendererRssMb(host.profileDir);
    log(`machine load (1/5/15 min) at end: ${await load()}`);

    console.log(`search p95: ${Math.round(percentile(times, 0.95))} ms`);
    console.log(`search p50: ${Math.round(percentile(times, 0.5))} ms`);
    console.log(`library open: ${Math.round(opened.openMs)} ms`);
    console.log(`scroll worst frame: ${Math.round(worstFrame)} ms`);
    console.log(`start to interactive: ${Math.round(opened.interactiveMs)} ms`);
    console.log(`renderer memory: ${Math.round(memory)} MB`);
  } finally {
    await host.close();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? String(error));
  process.exitCode = 1;
});
