/**
 * Parser entry: parses files off the host's main thread, run as a worker thread or (in the
 * Chromium host) as a child process. Both hosts talk to it through the parse pool.
 */
import { parentPort } from 'node:worker_threads';
import { packReport, type WireImportReport } from '../../shared/contract/report-wire';
import type { OutletEntry } from '../../shared/import/outlets';
import { analyzeFile } from './analysis/analyze-file';
import { lowerSessionPriority, lowerThreadPriority } from './parse-priority';

export interface ParseRequest {
  id: number;
  relativePath: string;
  bytes: Uint8Array;
  /** A new outlet list (undefined for the default one), kept for the requests that follow. */
  outlets?: { list: readonly OutletEntry[] | undefined };
}

/** The list the pool sent last: one object, so what the analysis indexes per list is reused. */
let outlets: readonly OutletEntry[] | undefined;

export type ParseReply = { id: number; report?: WireImportReport; error?: string };

/** The pool on the other end: the parent thread, or the parent process over its IPC channel. */
const pool = parentPort
  ? {
      onRequest: (handle: (request: ParseRequest) => void) => parentPort?.on('message', handle),
      reply: (message: ParseReply) => parentPort?.postMessage(message),
    }
  : {
      onRequest: (handle: (request: ParseRequest) => void) => process.on('message', handle),
      reply: (message: ParseReply) => process.send?.(message),
    };

lowerThreadPriority();
if (!parentPort) {
  lowerSessionPriority();
  // A parse process leads its own session, so nothing else would end it with the host.
  process.on('disconnect', () => process.exit(0));
}

pool.onRequest(async (request: ParseRequest) => {
  if (request.outlets) outlets = request.outlets.list;
  try {
    const report = await analyzeFile(request.relativePath, request.bytes, { outlets });
    // Packed here: the wire form is also the cheaper one to copy to the host's main thread.
    pool.reply({ id: request.id, report: packReport(report) });
  } catch (error) {
    pool.reply({ id: request.id, error: (error as Error)?.message ?? String(error) });
  }
});
