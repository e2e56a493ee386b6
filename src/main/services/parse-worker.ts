/** Worker thread entry: parses files off the host's main thread. */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { packReport } from '../../shared/contract/report-wire';
import type { OutletEntry } from '../../shared/import/outlets';
import { analyzeFile } from './analysis/analyze-file';

export interface ParseRequest {
  id: number;
  relativePath: string;
  bytes: Uint8Array;
  /** A new outlet list (undefined for the default one), kept for the requests that follow. */
  outlets?: { list: readonly OutletEntry[] | undefined };
}

/** The list the pool sent last: one object, so what the analysis indexes per list is reused. */
let outlets: readonly OutletEntry[] | undefined;

// Parsing is background work: when the cores are all busy, the window and the database come
// first. Only on Linux does this reach the calling thread alone (elsewhere it would lower the
// whole host process, window included).
if (process.platform === 'linux') {
  try {
    setPriority(0, 10);
  } catch {
    // Not permitted here: parse at normal priority.
  }
}

parentPort?.on('message', async (request: ParseRequest) => {
  if (request.outlets) outlets = request.outlets.list;
  try {
    const report = await analyzeFile(request.relativePath, request.bytes, { outlets });
    // Packed here: the wire form is also the cheaper one to copy to the host's main thread.
    parentPort?.postMessage({ id: request.id, report: packReport(report) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: (error as Error)?.message ?? String(error) });
  }
});
