/** Worker thread entry: parses files off the host's main thread. */
import { parentPort } from 'node:worker_threads';
import type { OutletEntry } from '../../shared/import/outlets';
import { analyzeFile } from './analysis/analyze-file';

interface ParseRequest {
  id: number;
  relativePath: string;
  bytes: Uint8Array;
  outlets?: OutletEntry[];
}

parentPort?.on('message', async (request: ParseRequest) => {
  try {
    const report = await analyzeFile(request.relativePath, request.bytes, {
      outlets: request.outlets,
    });
    parentPort?.postMessage({ id: request.id, report });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: (error as Error)?.message ?? String(error) });
  }
});
