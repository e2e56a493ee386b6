/**
 * The page's side of the search worker: one worker per page, started on first use, with typed
 * calls that resolve with the worker's answer. Nothing is indexed or searched on the main thread.
 */
import type {
  SearchDocument,
  SearchMessage,
  SearchOptions,
  SearchProgress,
  SearchReplies,
  SearchRequest,
  SearchResponse,
} from './protocol';

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };

export class SearchClient {
  private worker: Worker | null = null;
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly progressListeners = new Set<(progress: SearchProgress['progress']) => void>();

  constructor(private readonly createWorker: () => Worker = defaultWorker) {}

  private call<K extends SearchRequest['op']>(
    request: Extract<SearchRequest, { op: K }>,
  ): Promise<SearchReplies[K]> {
    const worker = (this.worker ??= this.start());
    const id = this.next++;
    return new Promise<SearchReplies[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: never) => void, reject });
      worker.postMessage({ ...request, id } satisfies SearchMessage);
    });
  }

  private start(): Worker {
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<SearchResponse | SearchProgress>) => {
      const data = event.data;
      if ('progress' in data) {
        for (const listener of this.progressListeners) listener(data.progress);
        return;
      }
      const pending = this.pending.get(data.id);
      if (!pending) return;
      this.pending.delete(data.id);
      if (data.ok) pending.resolve(data.value as never);
      else pending.reject(new Error(data.error));
    };
    worker.onerror = (event) => {
      const error = new Error(event.message || 'The search worker failed.');
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
      worker.terminate();
      this.worker = null;
    };
    return worker;
  }

  /** Adds or replaces articles in the index (upsert by articleId). */
  index(docs: SearchDocument[]) {
    return this.call({ op: 'index', docs });
  }

  /** Reads these articles from IndexedDB in the worker and (re)indexes them: after import or edit. */
  indexArticles(articleIds: string[]) {
    return this.call({ op: 'indexArticles', articleIds });
  }

  remove(ids: string[]) {
    return this.call({ op: 'remove', ids });
  }

  search(query: string, options: SearchOptions = {}) {
    return this.call({ op: 'search', query, options });
  }

  /** Rebuilds the whole index from IndexedDB; `onProgress` hears how far it got. */
  async rebuild(onProgress?: (progress: SearchProgress['progress']) => void) {
    if (onProgress) this.progressListeners.add(onProgress);
    try {
      return await this.call({ op: 'rebuild' });
    } finally {
      if (onProgress) this.progressListeners.delete(onProgress);
    }
  }

  status() {
    return this.call({ op: 'status' });
  }

  close(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}

function defaultWorker(): Worker {
  return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
}

let shared: SearchClient | null = null;

/** The page's one search client (the OPFS index allows one connection at a time). */
export function searchClient(): SearchClient {
  shared ??= new SearchClient();
  return shared;
}
