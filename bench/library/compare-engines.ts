/**
 * Compares search engines in the Chromium host (`node --import tsx bench/library/compare-engines.ts
 * [--docs 20000,100000] [--engines sqlite,flex] [--flexsearch path/to/flexsearch.bundle.module.min.mjs]`):
 * for each size and engine, a worker under the app's origin builds the index over the generated
 * corpus and reports build time, incremental add rate, query p50/p95 over a mix of queries and
 * persistence; then a fresh worker reopens the persisted index. Renderer memory is the resident
 * size of the page's renderer process (workers run inside it).
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { startBenchHost, BENCH_CSP } from './host';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ORIGIN = 'https://parallax.invalid';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

export function rendererRssMb(profileDir: string): number {
  const out = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8', maxBuffer: 1 << 24 });
  let worst = 0;
  for (const line of out.split('\n')) {
    if (!line.includes('--type=renderer') || !line.includes(profileDir)) continue;
    worst = Math.max(worst, Number(line.trim().split(/\s+/)[0]) / 1024);
  }
  return worst;
}

async function runInWorker(page: Page, request: unknown): Promise<Record<string, unknown>> {
  return page.evaluate(
    (req) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const w = new Worker('/bench/engines.worker.js', { type: 'module' });
        (window as unknown as { benchWorker: Worker }).benchWorker = w;
        w.onmessage = (e: MessageEvent<{ done?: Record<string, unknown>; error?: string }>) => {
          if (e.data.done) resolve(e.data.done);
          else if (e.data.error) reject(new Error(e.data.error));
        };
        w.onerror = (e) => reject(new Error(e.message));
        w.postMessage(req);
      }),
    request,
  );
}

const terminate = (page: Page) =>
  page.evaluate(() => (window as unknown as { benchWorker: Worker }).benchWorker.terminate());

async function main(): Promise<void> {
  const sizes = option('--docs', '20000,100000').split(',').map(Number);
  const engines = option('--engines', 'sqlite,flex').split(',');
  const flexPath = option(
    '--flexsearch',
    '/tmp/pxs-pkgs/flexsearch-0.8.212/package/dist/flexsearch.bundle.module.min.mjs',
  );
  const bundle = await build({
    entryPoints: [path.join(root, 'bench/library/engines.worker.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  });
  const files: Record<string, { type: string; body: Buffer | string }> = {
    '/bench/index.html': { type: 'text/html', body: '<!doctype html><title>search bench</title>' },
    '/bench/engines.worker.js': {
      type: 'text/javascript',
      body: Buffer.from(bundle.outputFiles[0]!.contents),
    },
    '/bench/sqlite3.wasm': {
      type: 'application/wasm',
      body: await readFile(
        path.join(root, 'node_modules/@sqlite.org/sqlite-wasm/dist/sqlite3.wasm'),
      ),
    },
  };
  if (engines.includes('flex'))
    files['/bench/flexsearch.mjs'] = { type: 'text/javascript', body: await readFile(flexPath) };
  const host = await startBenchHost(root);
  try {
    await host.context.route(`${ORIGIN}/bench/**`, async (route) => {
      const file = files[new URL(route.request().url()).pathname];
      if (!file) return route.fulfill({ status: 404, body: 'no' });
      return route.fulfill({
        status: 200,
        body: file.body,
        headers: { 'content-type': file.type, 'content-security-policy': BENCH_CSP },
      });
    });
    const page = await host.context.newPage();
    await page.goto(`${ORIGIN}/bench/index.html`);
    const baseline = rendererRssMb(host.profileDir);
    console.log(
      `load: ${execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).trim()}; renderer RSS at start ${baseline.toFixed(0)} MB`,
    );
    for (const docs of sizes) {
      for (const engine of engines) {
        const built = await runInWorker(page, { action: 'build', engine, docs });
        const rss = rendererRssMb(host.profileDir);
        await terminate(page);
        const reopened = await runInWorker(page, { action: 'reopen', engine, docs });
        const rssReopened = rendererRssMb(host.profileDir);
        await terminate(page);
        const ms = (v: unknown) => `${Number(v).toFixed(1)} ms`;
        const kinds = Object.entries(built['byKind'] as Record<string, number>)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(', ');
        console.log(
          `${engine} ${docs}: build ${(Number(built['buildMs']) / 1000).toFixed(1)} s (${Math.round(docs / (Number(built['buildMs']) / 1000))} docs/s), ` +
            `persist/optimize ${(Number(built['persistMs']) / 1000).toFixed(1)} s, incremental ${Math.round(Number(built['addPerSec']))} docs/s, ` +
            `query p50 ${ms(built['p50'])} p95 ${ms(built['p95'])} (p95 by kind: ${kinds}), renderer RSS ${rss.toFixed(0)} MB; ` +
            `reopen ${ms(reopened['openMs'])} + first query ${ms(reopened['firstQueryMs'])}, RSS after reopen ${rssReopened.toFixed(0)} MB`,
        );
      }
    }
  } finally {
    await host.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error((error as Error).stack ?? String(error));
    process.exitCode = 1;
  });
}
