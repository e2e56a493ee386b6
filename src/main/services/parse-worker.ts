/** Worker thread entry: parses files off the host's main thread. */
import { parentPort } from 'node:worker_threads';
import { analyzeFile } from './analysis/analyze-file';

interface ParseRequest {
  id: number;
  relativePath: string;
  bytes: Uint8Array;
}

parentPort?.on('message', async (request: ParseRequest) => {
  try {
    const report = await analyzeFile(request.relativePath, request.bytes);
    parentPort?.postMessage({ id: request.id, report });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: (error as Error)?.message ?? String(error) });
  }
});
