import { describe, expect, it } from 'vitest';
import { toWire } from '../shared/contract/wire';
import { ok } from '../shared/result';
import { APP_ORIGIN } from './serve-renderer';
import { answerWorkerCall, type WorkerCallRequest } from './worker-calls';

function request(
  pathname: string,
  {
    method = 'POST',
    origin = APP_ORIGIN,
    body = toWire({ folder: '/f', relativePaths: ['a.txt'] }),
  } = {},
): WorkerCallRequest {
  return {
    url: () => `${APP_ORIGIN}${pathname}`,
    method: () => method,
    headers: () => ({ origin }),
    postData: () => body,
  };
}

describe("the Chromium host's answers to workers", () => {
  const calls: [unknown, unknown][] = [];
  const dispatch = async (operation: unknown, args: unknown) => {
    calls.push([operation, args]);
    return ok('packed reports');
  };

  it("runs a worker's parse call through the dispatcher, with its arguments decoded", async () => {
    calls.length = 0;
    expect(await answerWorkerCall(request('/host-call/import.parseFolderFiles'), dispatch)).toEqual(
      ok('packed reports'),
    );
    expect(calls).toEqual([
      ['import.parseFolderFiles', { folder: '/f', relativePaths: ['a.txt'] }],
    ]);
  });

  it('refuses every other operation, other pages, other methods and unreadable arguments', async () => {
    calls.length = 0;
    const refused = await Promise.all([
      answerWorkerCall(request('/host-call/export.saveFile'), dispatch),
      answerWorkerCall(request('/host-call/import.listFolder'), dispatch),
      answerWorkerCall(request('/host-call/import.parseFolderFiles', { origin: 'null' }), dispatch),
      answerWorkerCall(
        request('/host-call/import.parseFolderFiles', { origin: 'https://example.org' }),
        dispatch,
      ),
      answerWorkerCall(request('/host-call/import.parseFolderFiles', { method: 'GET' }), dispatch),
      answerWorkerCall(
        request('/host-call/import.parseFolderFiles', { body: '{not json' }),
        dispatch,
      ),
    ]);
    expect(refused.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual([
      'unknown-operation',
      'unknown-operation',
      'not-permitted',
      'not-permitted',
      'not-permitted',
      'invalid-arguments',
    ]);
    expect(calls).toEqual([]);
  });
});
