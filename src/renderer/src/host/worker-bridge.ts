/**
 * A worker's own client for the few host operations a worker may call (WORKER_CALL_OPERATIONS),
 * where the host answers workers (HostInfo.workerCalls: the Chromium host). The reply arrives
 * on the calling worker's thread and never passes through the page.
 */
import {
  WORKER_CALL_PATH,
  type OperationArgs,
  type OperationResult,
  type WorkerCallOperation,
} from '../../../shared/contract';
import { fromWire, toWire } from '../../../shared/contract/wire';
import type { Result } from '../../../shared/result';
import { HostError } from './host-error';

export async function callHostFromWorker<K extends WorkerCallOperation>(
  operation: K,
  args: OperationArgs<K>,
): Promise<OperationResult<K>> {
  let response: Response;
  try {
    response = await fetch(`${WORKER_CALL_PATH}${operation}`, {
      method: 'POST',
      body: toWire(args),
    });
  } catch (error) {
    throw new HostError('internal', `${operation} could not reach the host: ${String(error)}`);
  }
  if (!response.ok)
    throw new HostError('internal', `${operation}: the host answered ${response.status}.`);
  const result = fromWire(await response.text()) as Result<OperationResult<K>>;
  if (!result.ok) throw new HostError(result.error.code, result.error.message);
  return result.value;
}
