/**
 * Answers the renderer's workers: a POST to `${APP_ORIGIN}${WORKER_CALL_PATH}<operation>` runs
 * that operation through the same dispatcher as the page binding (so the same validation), for
 * the few operations a worker may call (WORKER_CALL_OPERATIONS). A worker's reply arrives on
 * the worker's thread; a binding reply would be decoded on the page's UI thread.
 */
import type { Route } from 'playwright-core';
import { workerCallOperation } from '../shared/contract';
import { fromWire, toWire } from '../shared/contract/wire';
import type { Dispatcher } from '../main/services/dispatch';
import { err, type Result } from '../shared/result';
import { APP_ORIGIN } from './serve-renderer';

/** What the route needs of a request: Playwright's Request has these and more. */
export interface WorkerCallRequest {
  url(): string;
  method(): string;
  headers(): Record<string, string>;
  postData(): string | null;
}

/** The Result a worker's call gets, as the page binding would give it. */
export async function answerWorkerCall(
  request: WorkerCallRequest,
  dispatch: Dispatcher,
): Promise<Result<unknown>> {
  const url = new URL(request.url());
  const operation = workerCallOperation(url.pathname);
  if (url.origin !== APP_ORIGIN || !operation)
    return err('unknown-operation', `Workers cannot call ${url.pathname}.`);
  // Only the app's own page and its workers send its origin; any other page would send its own
  // (or "null") with a POST.
  if (request.method() !== 'POST' || request.headers()['origin'] !== APP_ORIGIN)
    return err('not-permitted', 'Not the app.');
  let args: unknown;
  try {
    args = fromWire(request.postData() ?? '');
  } catch (error) {
    return err('invalid-arguments', (error as Error).message);
  }
  return dispatch(operation, args);
}

export function createWorkerCallRoute(dispatch: Dispatcher) {
  return async (route: Route): Promise<void> => {
    const result = await answerWorkerCall(route.request(), dispatch);
    await route.fulfill({
      status: 200,
      body: toWire(result),
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    });
  };
}
