/**
 * Runs parseFile in a worker thread so large PDFs and pages never stall the host's main thread
 * (in Electron that thread also routes window and IPC events). Falls back to in-process parsing
 * where the built worker file is absent (unit tests run from source).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportFileReport } from '../../shared/domain';
import type { ParseFile } from './create-handlers';
import { analyzeFile as parseInProcess } from './analysis/analyze-file';

type Pending = { resolve: (report: ImportFileReport) => void; reject: (error: Error) => void };

export function createParsePool(workerUrl: URL): {
  parseFile: ParseFile;
  close: () => Promise<void>;
} {
  if (!existsSync(fileURLToPath(workerUrl))) {
    return { parseFile: parseInProcess, close: async () => undefined };
  }
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function failAll(error: Error): void {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = null;
  }

  function ensureWorker(): Worker {
    if (worker) return worker;
    const created = new Worker(workerUrl);
    created.on('message', (message: { id: number; report?: ImportFileReport; error?: string }) => {
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      if (message.report) waiting.resolve(message.report);
      else waiting.reject(new Error(message.error ?? 'parser failed'));
    });
    created.on('error', (error) => failAll(error));
    created.on('exit', (code) => {
      if (pending.size) failAll(new Error(`parser stopped unexpectedly (exit ${code})`));
      worker = null;
    });
    worker = created;
    return created;
  }

  const parseFile: ParseFile = (relativePath, bytes, options) =>
    new Promise<ImportFileReport>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      ensureWorker().postMessage({ id, relativePath, bytes, outlets: options?.outlets });
    }).catch((error: Error) => ({
      file: relativePath,
      status: 'failed' as const,
      reason: `parser crashed on this file (${error.message})`,
      duplicateOf: null,
      article: null,
    }));

  return {
    parseFile,
    close: async () => {
      await worker?.terminate();
      worker = null;
    },
  };
}
