/**
 * The raw Dexie bulkAdd rate in the same browser, for the same records: a scratch page under
 * the app's origin (served here, without the app's CSP) loads Dexie from node_modules, reads the
 * article and body rows the import just stored, and bulkAdds them into a fresh database with the
 * same tables and indexes, 1,000 articles (metadata row + body row) per transaction. It then does
 * the same with every row import wrote (quotes, signatures and speakers as well): the floor for
 * what storing an import can cost in this browser.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

export interface RawFigures {
  records: number;
  seconds: number;
  perTransaction: number;
  /** The same, writing every table import fills (quotes, signatures, speakers too). */
  allTablesSeconds: number;
  rowsByTable: Record<string, number>;
  /** Seconds to bulkAdd each table's rows alone. */
  secondsByTable: Record<string, number>;
}

const ORIGIN = 'https://parallax.invalid';
const PER_TRANSACTION = 1000;

/** Runs in the scratch page; kept as source text so no bundler helper leaks into it. */
const MEASURE = `async (perTransaction) => {
  const app = new Dexie('parallax');
  await app.open();
  const names = ['articles', 'bodies', 'quotes', 'signatures', 'speakers'];
  const stores = {};
  const rows = {};
  for (const name of names) {
    const schema = app.table(name).schema;
    stores[name] = [schema.primKey.src, ...schema.indexes.map((index) => index.src)].join(',');
    rows[name] = await app.table(name).toArray();
  }
  app.close();
  const timed = async (tables) => {
    const raw = new Dexie('parallax-bench-raw-' + Date.now());
    raw.version(1).stores(stores);
    await raw.open();
    const started = performance.now();
    // Each table's rows in the same number of slices as the articles, one transaction per slice.
    const slices = Math.ceil(rows.articles.length / perTransaction);
    for (let i = 0; i < slices; i++) {
      await raw.transaction('rw', tables.map((name) => raw.table(name)), async () => {
        for (const name of tables) {
          const per = Math.ceil(rows[name].length / slices);
          await raw.table(name).bulkAdd(rows[name].slice(i * per, (i + 1) * per));
        }
      });
    }
    const ms = performance.now() - started;
    raw.close();
    await raw.delete();
    return ms;
  };
  const ms = await timed(['articles', 'bodies']);
  const allMs = await timed(names);
  const counts = Object.fromEntries(names.map((name) => [name, rows[name].length]));
  // Each table alone, to see which rows make storing an import expensive.
  const byTableMs = {};
  for (const name of names) byTableMs[name] = await timed([name]);
  return { records: rows.articles.length, ms, allMs, counts, byTableMs };
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
      allMs: number;
      counts: Record<string, number>;
      byTableMs: Record<string, number>;
    };
    return {
      records: result.records,
      seconds: result.ms / 1000,
      perTransaction: PER_TRANSACTION,
      allTablesSeconds: result.allMs / 1000,
      rowsByTable: result.counts,
      secondsByTable: Object.fromEntries(
        Object.entries(result.byTableMs).map(([name, ms]) => [name, ms / 1000]),
      ),
    };
  } finally {
    await page.close();
  }
}
