/**
 * The raw Dexie bulkAdd rate in the same browser, for the same records: a scratch page under
 * the app's origin (served here, without the app's CSP) loads Dexie from node_modules, reads the
 * article and body rows the import just stored, and bulkAdds them into a fresh database with the
 * same tables and indexes, 1,000 articles (metadata row + body row) per transaction.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

export interface RawFigures {
  records: number;
  seconds: number;
  perTransaction: number;
}

const ORIGIN = 'https://parallax.invalid';
const PER_TRANSACTION = 1000;

/** Runs in the scratch page; kept as source text so no bundler helper leaks into it. */
const MEASURE = `async (perTransaction) => {
  const app = new Dexie('parallax');
  await app.open();
  const spec = (name) => {
    const schema = app.table(name).schema;
    return [schema.primKey.src, ...schema.indexes.map((index) => index.src)].join(',');
  };
  const stores = { articles: spec('articles'), bodies: spec('bodies') };
  const articles = await app.table('articles').toArray();
  const bodies = await app.table('bodies').toArray();
  app.close();
  const raw = new Dexie('parallax-bench-raw-' + Date.now());
  raw.version(1).stores(stores);
  await raw.open();
  const started = performance.now();
  for (let i = 0; i < articles.length; i += perTransaction) {
    await raw.transaction('rw', raw.table('articles'), raw.table('bodies'), async () => {
      await raw.table('articles').bulkAdd(articles.slice(i, i + perTransaction));
      await raw.table('bodies').bulkAdd(bodies.slice(i, i + perTransaction));
    });
  }
  const ms = performance.now() - started;
  await raw.delete();
  return { records: articles.length, ms, stores };
}`;

export async function measureRawBulkAdd(
  context: BrowserContext,
  projectRoot: string,
): Promise<RawFigures> {
  const dexie = await readFile(path.join(projectRoot, 'node_modules', 'dexie', 'dist', 'dexie.js'));
  const page = await context.newPage();
  try {
    await page.route(`${ORIGIN}/bench-dexie.js`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: dexie }),
    );
    await page.route(`${ORIGIN}/bench.html`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>bench</title><script src="/bench-dexie.js"></script>',
      }),
    );
    await page.goto(`${ORIGIN}/bench.html`);
    await page.waitForFunction(() => 'Dexie' in window);
    const result = (await page.evaluate(`(${MEASURE})(${PER_TRANSACTION})`)) as {
      records: number;
      ms: number;
    };
    return { records: result.records, seconds: result.ms / 1000, perTransaction: PER_TRANSACTION };
  } finally {
    await page.close();
  }
}
