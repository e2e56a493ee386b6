/**
 * Runs parseFile in a worker thread so large PDFs and pages never stall the host's main thread
 * (in Electron that thread also routes window and IPC events). Falls back to in-process parsing
 * where the built worker file is absent (unit tests run from source).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { packReport, type WireImportReport } from '../../shared/contract/report-wire';
import type { OutletEntry } from '../../shared/import/outlets';
import type { ParseFile } from './create-handlers';
import type { ParseRequest } from './parse-worker';
import { analyzeFile } from './analysis/analyze-file';

type Pending = { resolve: (report: WireImportReport) => void; reject: (error: Error) => void };

const parseInProcess: ParseFile = async (relativePath, bytes, options) =>
  packReport(await analyzeFile(relativePath, bytes, options));

/**
 * The outlet list as text, made once per list object: a call's files share one list, and calls
 * from the renderer bring a fresh copy of the same list each time.
 */
const outletListKeys = new WeakMap<readonly OutletEntry[], string>();
function outletListKey(outlets: readonly OutletEntry[] | undefined): string {
  if (!outlets) return 'default';
  let key = outletListKeys.get(outlets);
  if (key === undefined) {
    key = JSON.stringify(outlets);
    outletListKeys.set(outlets, key);
  }
  return key;
}

/** One worker per spare core (at least one): parsing is CPU-bound and files are independent. */
export const DEFAULT_POOL_SIZE = Math.max(1, availableParallelism() - 1);

export function createParsePool(
  workerUrl: URL,
  size = DEFAULT_POOL_SIZE,
): { parseFile: ParseFile; close: () => Promise<void> } {
  if (!existsSync(fileURLToPath(workerUrl))) {
    return { parseFile: parseInProcess, close: async () => undefined };
  }
  const slots: (Worker | null)[] = Array.from({ length: size }, () => null);
  /**
   * The outlet list each worker holds (by outletListKey). A worker keeps the last list sent: a
   * new copy per file cost the worker 0.6 ms a file, most of it indexing the list again.
   */
  const outletsHeld: (string | null)[] = Array.from({ length: size }, () => null);
  const busy = new Map<number, number>();
  let nextId = 1;
  const pending = new Map<number, Pending & { slot: number }>();

  function failSlot(slot: number, error: Error): void {
    for (const [id, waiting] of pending) {
      if (waiting.slot !== slot) continue;
      waiting.reject(error);
      pending.delete(id);
    }
    busy.set(slot, 0);
    slots[slot] = null;
    outletsHeld[slot] = null;
  }

  function ensureWorker(slot: number): Worker {
    const existing = slots[slot];
    if (existing) return existing;
    const created = new Worker(workerUrl);
    created.on('message', (message: { id: number; report?: WireImportReport; error?: string }) => {
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      busy.set(slot, (busy.get(slot) ?? 1) - 1);
      if (message.report) waiting.resolve(message.report);
      else waiting.reject(new Error(message.error ?? 'parser failed'));
    });
    created.on('error', (error) => failSlot(slot, error));
    created.on('exit', (code) =>
      failSlot(slot, new Error(`parser stopped unexpectedly (exit ${code})`)),
    );
    slots[slot] = created;
    return created;
  }

  /** The least busy worker takes the next file. */
  function pickSlot(): number {
    let best = 0;
    for (let slot = 1; slot < size; slot++)
      if ((busy.get(slot) ?? 0) < (busy.get(best) ?? 0)) best = slot;
    return best;
  }

  const parseFile: ParseFile = (relativePath, bytes, options) =>
    new Promise<WireImportReport>((resolve, reject) => {
      const id = nextId++;
      const slot = pickSlot();
      pending.set(id, { resolve, reject, slot });
      busy.set(slot, (busy.get(slot) ?? 0) + 1);
      const worker = ensureWorker(slot);
      const outletsKey = outletListKey(options?.outlets);
      const request: ParseRequest = { id, relativePath, bytes };
      if (outletsHeld[slot] !== outletsKey) {
        request.outlets = { list: options?.outlets };
        outletsHeld[slot] = outletsKey;
      }
      worker.postMessage(request);
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
      await Promise.all(slots.map((worker) => worker?.terminate()));
      slots.fill(null);
    },
  };
}
