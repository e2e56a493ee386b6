/**
 * Benchmark worker (bundled by compare-engines.ts, served under the app's origin): builds one
 * engine's index over the generated corpus and times build, incremental adds, queries and
 * persistence. 'sqlite' is the app's own FtsIndex (FTS5, OPFS sahpool); 'flex' is FlexSearch
 * 0.8 Document search in memory, persisted by export into IndexedDB.
 */
import sqlite3InitModule from '@sqlite.org/sqlite-wasm';
import { FtsIndex } from '../../src/renderer/src/features/search/fts-index';
import { parseQuery, type QueryNode } from '../../src/shared/search/query';
import { createCorpus, type BenchArticle } from './corpus';

export type EngineName = 'sqlite' | 'flex';
export type EngineRequest =
  | { action: 'build'; engine: EngineName; docs: number }
  | { action: 'reopen'; engine: EngineName; docs: number };

interface FlexDocument {
  add: (doc: Record<string, string>) => void;
  search: (
    query: string,
    options: { index?: string[]; limit: number },
  ) => { field: string; result: string[] }[];
  export: (handler: (key: string, data: string) => void) => Promise<void> | void;
  import: (key: string, data: string) => void;
}
type FlexModule = { Document: new (options: unknown) => FlexDocument };

const corpus = createCorpus();
const BATCH = 1000;
const QUERIES = 240;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

interface Engine {
  add: (docs: BenchArticle[]) => void;
  search: (query: string) => number;
  persist: () => Promise<void>;
}

async function sqliteEngine(fresh: boolean): Promise<Engine> {
  const sqlite3 = await sqlite3InitModule();
  const pool = await sqlite3.installOpfsSAHPoolVfs({
    name: 'bench-search',
    directory: '/.bench-search',
    clearOnInit: fresh,
  });
  const index = new FtsIndex(new pool.OpfsSAHPoolDb('/bench.sqlite3'));
  return {
    add: (docs) => index.index(docs),
    search: (query) => index.search(query, { limit: 20 }).total,
    persist: async () => index.optimize(),
  };
}

const FLEX_FIELDS = ['title', 'body', 'outlet', 'author', 'tags', 'speakers'];

async function flexEngine(): Promise<{ engine: Engine; flex: FlexDocument }> {
  const { Document } = (await import(
    /* @vite-ignore */ `${location.origin}/bench/flexsearch.mjs`
  )) as FlexModule;
  const flex = new Document({
    document: {
      id: 'articleId',
      index: FLEX_FIELDS.map((field) => ({
        field,
        tokenize: field === 'title' || field === 'body' ? 'forward' : 'strict',
      })),
    },
  });
  const ids = (word: string, fields: string[]) => {
    const out = new Set<string>();
    for (const { result } of flex.search(word, { index: fields, limit: 200_000 }))
      for (const id of result) out.add(id);
    return out;
  };
  const evaluate = (node: QueryNode): Set<string> | null => {
    if (node.type === 'text') {
      const fields = node.field
        ? [node.field === 'tag' ? 'tags' : node.field === 'speaker' ? 'speakers' : node.field]
        : ['title', 'body'];
      // A phrase is approximated by all its words (FlexSearch has no phrase search).
      return node.words
        .map((w) => ids(w, fields))
        .reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
    }
    if (node.type === 'not') return null;
    const parts = node.children.map((c) => ({ c, set: evaluate(c) }));
    if (node.type === 'or') return new Set(parts.flatMap((p) => (p.set ? [...p.set] : [])));
    let acc: Set<string> | null = null;
    for (const { set } of parts)
      if (set)
        acc = acc ? new Set([...acc].filter((x: string) => set.has(x))) : new Set<string>(set);
    for (const { c } of parts)
      if (c.type === 'not' && acc) {
        const drop = evaluate(c.child);
        if (drop) acc = new Set([...acc].filter((x) => !drop.has(x)));
      }
    return acc;
  };
  const engine: Engine = {
    add: (docs) => {
      for (const d of docs)
        flex.add({ ...d, tags: d.tags.join(' '), speakers: d.speakers.join(' ') });
    },
    search: (query) => {
      const node = parseQuery(query);
      return node ? (evaluate(node)?.size ?? 0) : 0;
    },
    persist: async () => {
      const entries: [string, string][] = [];
      await flex.export((key, data) => void entries.push([key, data]));
      const idb = await openIdb();
      await new Promise<void>((resolve, reject) => {
        const tx = idb.transaction('chunks', 'readwrite');
        const store = tx.objectStore('chunks');
        store.clear();
        for (const [key, data] of entries) store.put(data, key);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      idb.close();
    },
  };
  return { engine, flex };
}

function openIdb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('bench-flexsearch', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('chunks');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function build(engineName: EngineName, docs: number) {
  const engine = engineName === 'sqlite' ? await sqliteEngine(true) : (await flexEngine()).engine;
  let generateMs = 0;
  const started = performance.now();
  for (let i = 0; i < docs; i += BATCH) {
    const t = performance.now();
    const batch = Array.from({ length: Math.min(BATCH, docs - i) }, (_, k) =>
      corpus.article(i + k),
    );
    generateMs += performance.now() - t;
    engine.add(batch);
    if (i % 10_000 === 0) self.postMessage({ progress: i });
  }
  const buildMs = performance.now() - started - generateMs;
  const persistStarted = performance.now();
  await engine.persist();
  const persistMs = performance.now() - persistStarted;
  // Incremental: 1,000 new articles in batches of 50, as an import stores them.
  const addStarted = performance.now();
  for (let i = 0; i < 1000; i += 50)
    engine.add(Array.from({ length: 50 }, (_, k) => corpus.article(docs + i + k)));
  const addMs = performance.now() - addStarted;
  const times = new Map<string, number[]>();
  const queries = corpus.queries(QUERIES + 24);
  let hits = 0;
  for (const [n, query] of queries.entries()) {
    const t = performance.now();
    hits += engine.search(query);
    const ms = performance.now() - t;
    if (n < 24) continue; // warm-up
    const kind = query.includes(':')
      ? 'field'
      : query.includes('"')
        ? 'phrase'
        : query.includes('*')
          ? 'prefix'
          : /OR|-|\(/.test(query)
            ? 'boolean'
            : 'word';
    times.set(kind, [...(times.get(kind) ?? []), ms]);
  }
  const all = [...times.values()].flat().sort((a, b) => a - b);
  const byKind = Object.fromEntries(
    [...times].map(([k, v]) => [
      k,
      percentile(
        v.sort((a, b) => a - b),
        0.95,
      ),
    ]),
  );
  return {
    buildMs,
    persistMs,
    addPerSec: 1000 / (addMs / 1000),
    p50: percentile(all, 0.5),
    p95: percentile(all, 0.95),
    byKind,
    hits,
  };
}

async function reopen(engineName: EngineName) {
  const started = performance.now();
  let engine: Engine;
  if (engineName === 'sqlite') engine = await sqliteEngine(false);
  else {
    const { engine: e, flex } = await flexEngine();
    const idb = await openIdb();
    const keys = await new Promise<[IDBValidKey[], unknown[]]>((resolve) => {
      const store = idb.transaction('chunks').objectStore('chunks');
      const k = store.getAllKeys();
      const v = store.getAll();
      v.onsuccess = () => resolve([k.result, v.result]);
    });
    keys[0].forEach((key, i) => flex.import(String(key), keys[1][i] as string));
    idb.close();
    engine = e;
  }
  const openMs = performance.now() - started;
  const hits = engine.search('minister');
  return { openMs, firstQueryMs: performance.now() - started - openMs, hits };
}

self.onmessage = async (event: MessageEvent<EngineRequest>) => {
  try {
    const request = event.data;
    const result =
      request.action === 'build'
        ? await build(request.engine, request.docs)
        : await reopen(request.engine);
    self.postMessage({ done: result });
  } catch (error) {
    self.postMessage({
      error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error),
    });
  }
};
