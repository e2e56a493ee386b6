/**
 * `npm run bench:search -- [--articles N] [--cache <file>]`: the search index alone, in Node
 * (SQLite WebAssembly, in memory: 50,000 articles by default, as 100,000 outgrow WebAssembly
 * memory when the index is optimized), on the same generated corpus and queries as bench:library.
 * Prints each query kind's p50 and worst time and the slowest queries, so index and query
 * changes can be compared in a minute instead of a full browser run. The index is built once
 * and cached as an SQLite file (keyed by the schema it was built with) for the next run.
 */
import sqlite3InitModule from '@sqlite.org/sqlite-wasm';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createCorpus, QUERY_KINDS } from '../bench/library/corpus';
import { FtsIndex, SCHEMA_VERSION } from '../src/renderer/src/features/search/fts-index';
import { SEARCH_PAGE_SIZE } from '../src/renderer/src/features/search/protocol';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '50000' },
    cache: { type: 'string' },
  },
});
const articles = Number(values.articles);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const sqlite3 = await sqlite3InitModule();
  const cache = values.cache ?? `/tmp/parallax-bench-search-${articles}-v${SCHEMA_VERSION}.db`;
  const db = new sqlite3.oo1.DB(':memory:', 'c');
  const corpus = createCorpus();
  if (existsSync(cache)) {
    const bytes = new Uint8Array(await readFile(cache));
    const pointer = sqlite3.wasm.allocFromTypedArray(bytes);
    const flags =
      sqlite3.capi.SQLITE_DESERIALIZE_FREEONCLOSE | sqlite3.capi.SQLITE_DESERIALIZE_RESIZEABLE;
    const rc = sqlite3.capi.sqlite3_deserialize(
      db.pointer!,
      'main',
      pointer,
      bytes.length,
      bytes.length,
      flags,
    );
    db.checkRc(rc);
    console.log(`index loaded from ${cache} (${(bytes.length / 1e6).toFixed(0)} MB)`);
  }
  const index = new FtsIndex(db);
  if (index.count() !== articles) {
    index.clear();
    const started = performance.now();
    for (let at = 0; at < articles; at += 1000) {
      const docs = [];
      for (let i = at; i < Math.min(articles, at + 1000); i++) {
        const a = corpus.article(i);
        docs.push({ ...a, published: a.published });
      }
      index.index(docs);
    }
    index.optimize();
    console.log(
      `indexed ${articles.toLocaleString()} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await writeFile(cache, sqlite3.capi.sqlite3_js_db_export(db));
  }

  const queries = corpus.queries(264);
  for (const query of queries.slice(0, 24)) index.search(query, { limit: SEARCH_PAGE_SIZE });
  const timed = queries.slice(24).map((query, i) => {
    const started = performance.now();
    const result = index.search(query, { limit: SEARCH_PAGE_SIZE });
    return {
      query,
      kind: QUERY_KINDS[(i + 24) % QUERY_KINDS.length]!,
      ms: performance.now() - started,
      total: `${result.total}${result.totalExact ? '' : '+'}`,
    };
  });
  const times = timed.map((t) => t.ms);
  for (const kind of QUERY_KINDS) {
    const ofKind = timed.filter((t) => t.kind === kind).map((t) => t.ms);
    console.log(
      `${kind.padEnd(10)} p50 ${percentile(ofKind, 0.5).toFixed(1).padStart(7)} ms   worst ${Math.max(
        ...ofKind,
      )
        .toFixed(1)
        .padStart(7)} ms`,
    );
  }
  const slowest = [...timed].sort((a, b) => b.ms - a.ms).slice(0, 12);
  console.log(
    `slowest: ${slowest.map((t) => `${t.query} (${Math.round(t.ms)} ms, ${t.total})`).join(' · ')}`,
  );
  console.log(`search p95: ${Math.round(percentile(times, 0.95))} ms`);
  console.log(`search p50: ${Math.round(percentile(times, 0.5))} ms`);
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? String(error));
  process.exitCode = 1;
});
