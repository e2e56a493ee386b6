/** Worker thread entry: parses files off the host's main thread. */
import { parentPort } from 'node:worker_threads';
import { parseFile } from './import';

interface ParseRequest {
  id: number;
  relativePath: string;
  bytes: Uint8Array;
}

parentPort?.on('message', async (request: ParseRequest) => {
  try {
    const report = await parseFile(request.relativePath, request.bytes);
    parentPort?.postMessage({ id: request.id, report });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: (error as Error)?.message ?? String(error) });
  }
});
