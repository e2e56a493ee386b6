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
import { cpuBetween, cpuByRole } from './process-cpu';

export interface RawFigures {
  records: number;
  seconds: number;
  perTransaction: number;
  /** The same, writing every table import fills (quotes, signatures, speakers too). */
  allTablesSeconds: number;
  /** CPU seconds by process while every table was written (Linux only, else empty). */
  allTablesCpu: Array<[string, number]>;
  rowsByTable: Record<string, number>;
  /** Seconds to bulkAdd each table's rows alone. */
  secondsByTable: Record<string, number>;
}

const ORIGIN = 'https://parallax.invalid';
const PER_TRANSACTION = 1000;

/**
 * Run in the scratch page; kept as source text so no bundler helper leaks into it. LOAD reads the
 * import's rows once; TIMED writes some tables' rows into a fresh database and returns the ms.
 * Each pass is its own evaluate, so the CPU of the pass that writes every table can be read.
 */
const LOAD = `async () => {
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
  window.__raw = { stores, rows };
  return { names, counts: Object.fromEntries(names.map((name) => [name, rows[name].length])) };
}`;

const TIMED = `async ([tables, perTransaction]) => {
  const { stores, rows } = window.__raw;
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
    const { names, counts } = (await page.evaluate(`(${LOAD})()`)) as {
      names: string[];
      counts: Record<string, number>;
    };
    const timed = async (tables: string[]): Promise<number> =>
      (await page.evaluate(`(${TIMED})(${JSON.stringify([tables, PER_TRANSACTION])})`)) as number;
    const ms = await timed(['articles', 'bodies']);
    const cpuBefore = cpuByRole();
    const allMs = await timed(names);
    const allTablesCpu = cpuBetween(cpuBefore, cpuByRole());
    // Each table alone, to see which rows make storing an import expensive.
    const secondsByTable: Record<string, number> = {};
    for (const name of names) secondsByTable[name] = (await timed([name])) / 1000;
    return {
      records: counts['articles'] ?? 0,
      seconds: ms / 1000,
      perTransaction: PER_TRANSACTION,
      allTablesSeconds: allMs / 1000,
      allTablesCpu,
      rowsByTable: counts,
      secondsByTable,
    };
  } finally {
    await page.close();
  }
}
