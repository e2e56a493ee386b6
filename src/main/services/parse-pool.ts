/**
 * Runs parseFile in worker threads (or child processes) so large PDFs and pages never stall the
 * host's main thread (in Electron that thread also routes window and IPC events). Falls back to
 * in-process parsing where the built worker file is absent (unit tests run from source).
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { packReport, type WireImportReport } from '../../shared/contract/report-wire';
import type { OutletEntry } from '../../shared/import/outlets';
import type { ParseFile } from './create-handlers';
import type { ParseReply, ParseRequest } from './parse-worker';
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

export interface ParsePoolOptions {
  size?: number;
  /**
   * Parse in child processes that each lead a session of their own, not in worker threads. On
   * Linux the CPU is shared between sessions before threads (autogroup scheduling), so a parse
   * thread's low priority only counts within its own session. Where the window runs in another
   * session (the Chromium host's browser), only a low-priority session of its own puts parsing
   * behind the window.
   */
  separateProcesses?: boolean;
  /** Node flags for parse processes (tests run the worker from source through tsx). */
  execArgv?: string[];
}

/** One parser, a thread or a process: what the pool sends it and how it stops. */
interface ParserChannel {
  post: (request: ParseRequest) => void;
  stop: () => Promise<void>;
}

interface ParserEvents {
  onReply: (reply: ParseReply) => void;
  onFailure: (error: Error) => void;
}

function startThread(workerUrl: URL, events: ParserEvents): ParserChannel {
  const worker = new Worker(workerUrl);
  worker.on('message', events.onReply);
  worker.on('error', events.onFailure);
  worker.on('exit', (code) =>
    events.onFailure(new Error(`parser stopped unexpectedly (exit ${code})`)),
  );
  return {
    post: (request) => worker.postMessage(request),
    stop: async () => {
      await worker.terminate();
    },
  };
}

function startProcess(workerUrl: URL, events: ParserEvents, execArgv: string[]): ParserChannel {
  const child = fork(fileURLToPath(workerUrl), [], {
    // A session of its own on Linux (see separateProcesses); elsewhere detaching would only
    // give the process a console window of its own.
    detached: process.platform === 'linux',
    // Structured clone, as for threads: file bytes cross as bytes, not as JSON arrays.
    serialization: 'advanced',
    // What a parser library prints goes to stderr: the headless command's stdout is its data.
    stdio: ['ignore', 2, 2, 'ipc'],
    execArgv,
  });
  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.on('message', (reply) => events.onReply(reply as ParseReply));
  child.on('error', events.onFailure);
  child.on('exit', (code, signal) =>
    events.onFailure(new Error(`parser stopped unexpectedly (exit ${code ?? signal})`)),
  );
  return {
    post: (request) => child.send(request),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await stopped;
    },
  };
}

export function createParsePool(
  workerUrl: URL,
  poolOptions: ParsePoolOptions = {},
): { parseFile: ParseFile; close: () => Promise<void> } {
  if (!existsSync(fileURLToPath(workerUrl))) {
    return { parseFile: parseInProcess, close: async () => undefined };
  }
  const size = poolOptions.size ?? DEFAULT_POOL_SIZE;
  const slots: (ParserChannel | null)[] = Array.from({ length: size }, () => null);
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

  function ensureWorker(slot: number): ParserChannel {
    const existing = slots[slot];
    if (existing) return existing;
    const events: ParserEvents = {
      onReply: (message) => {
        const waiting = pending.get(message.id);
        if (!waiting) return;
        pending.delete(message.id);
        busy.set(slot, (busy.get(slot) ?? 1) - 1);
        if (message.report) waiting.resolve(message.report);
        else waiting.reject(new Error(message.error ?? 'parser failed'));
      },
      // Only the parser in this slot now: a replaced one's late exit must not fail its successor.
      onFailure: (error) => {
        if (slots[slot] === created) failSlot(slot, error);
      },
    };
    const created = poolOptions.separateProcesses
      ? startProcess(workerUrl, events, poolOptions.execArgv ?? [])
      : startThread(workerUrl, events);
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
      worker.post(request);
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
      const running = slots.filter((worker) => worker !== null);
      slots.fill(null);
      for (const waiting of pending.values()) waiting.reject(new Error('the parser was closed'));
      pending.clear();
      await Promise.all(running.map((worker) => worker.stop()));
    },
  };
}
