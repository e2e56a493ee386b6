/** Runs story grouping in a worker and reports when it is done. */
export function regroupInWorker(): Promise<{ stories: number; articles: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./grouping.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (
      event: MessageEvent<{ ok: boolean; stories: number; articles: number; message?: string }>,
    ) => {
      worker.terminate();
      if (event.data.ok) resolve({ stories: event.data.stories, articles: event.data.articles });
      else reject(new Error(event.data.message ?? 'Grouping stories failed.'));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'Grouping stories failed.'));
    };
    worker.postMessage('regroup');
  });
}
