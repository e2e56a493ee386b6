/**
 * The search worker: owns the FTS5 index (on disk in OPFS), so indexing and querying never
 * block the page. Answers the requests of `protocol.ts`; `rebuild` reads every article from
 * IndexedDB (the same Dexie database the page uses) and posts progress while it goes.
 */
import { openDatabase } from '../../db/database';
import { forEachPage } from '../../db/table-pages';
import { readSearchDocuments } from './documents';
import { openSearchIndex, type OpenedIndex } from './open-index';
import type {
  SearchMessage,
  SearchProgress,
  SearchReplies,
  SearchRequest,
  SearchResponse,
} from './protocol';

const REBUILD_BATCH = 500;
const db = openDatabase();
let opened: Promise<OpenedIndex> | null = null;

function ready(): Promise<OpenedIndex> {
  opened ??= openSearchIndex();
  return opened;
}

async function rebuild(): Promise<SearchReplies['rebuild']> {
  const started = performance.now();
  const { index } = await ready();
  index.clear();
  const total = await db.articles.count();
  let done = 0;
  await forEachPage(
    db.articles,
    REBUILD_BATCH,
    (article) => article.id,
    async (articles) => {
      index.index(await readSearchDocuments(db, articles));
      done += articles.length;
      self.postMessage({ progress: { done, total } } satisfies SearchProgress);
    },
  );
  index.optimize();
  index.setMeta('builtAt', new Date().toISOString());
  return { indexed: done, ms: performance.now() - started };
}

async function handle(request: SearchRequest): Promise<SearchReplies[keyof SearchReplies]> {
  const { index, storage } = await ready();
  switch (request.op) {
    case 'index':
      index.index(request.docs);
      return { indexed: request.docs.length };
    case 'indexArticles': {
      const rows = (await db.articles.bulkGet(request.articleIds)).filter((r) => r !== undefined);
      index.index(await readSearchDocuments(db, rows));
      return { indexed: rows.length };
    }
    case 'remove':
      index.remove(request.ids);
      return { removed: request.ids.length };
    case 'search': {
      const started = performance.now();
      const result = index.search(request.query, request.options);
      return { ...result, ms: performance.now() - started };
    }
    case 'rebuild':
      return rebuild();
    case 'status':
      return { documents: index.count(), storage };
  }
}

// Requests run one at a time, in order: SQLite here is single-threaded and synchronous anyway.
let queue: Promise<unknown> = Promise.resolve();

self.onmessage = (event: MessageEvent<SearchMessage>) => {
  const { id, ...request } = event.data;
  queue = queue.then(async () => {
    let response: SearchResponse;
    try {
      response = { id, ok: true, value: await handle(request as SearchRequest) };
    } catch (error) {
      response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    self.postMessage(response);
  });
};
