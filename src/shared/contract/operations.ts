/**
 * The names of every operation the renderer may ask of its host.
 * Kept apart from the schemas so the sandboxed preload can check names without bundling zod.
 */
export const OPERATION_NAMES = [
  'host.info',
  'import.pickFolder',
  'import.sampleCorpusFolder',
  'import.listFolder',
  'import.parseFolderFiles',
  'import.parseFiles',
  'export.savePdf',
  'export.saveFile',
  'export.saveDocx',
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

export function isOperationName(value: unknown): value is OperationName {
  return typeof value === 'string' && (OPERATION_NAMES as readonly string[]).includes(value);
}

/** The IPC channel that carries every contract call in Electron. */
export const INVOKE_CHANNEL = 'parallax:invoke';

/**
 * Operations a worker may call itself, where the host answers workers (HostInfo.workerCalls):
 * only the import's parse calls. Their replies are the bulk of an import, and the Chromium host
 * delivers a reply to the page over its debugging pipe, which costs the UI thread about 5 ms
 * per 100 KB; a worker's fetch of the same reply costs the UI thread nothing.
 */
export const WORKER_CALL_OPERATIONS = ['import.parseFolderFiles'] as const;

export type WorkerCallOperation = (typeof WORKER_CALL_OPERATIONS)[number];

/**
 * Where under the app's origin a worker calls one: POST `${WORKER_CALL_PATH}<operation>` with
 * the wire form (wire.ts) of the arguments; the reply is the wire form of the Result.
 */
export const WORKER_CALL_PATH = '/host-call/';

/** The operation a worker-call path names, or null when it names none a worker may call. */
export function workerCallOperation(pathname: string): WorkerCallOperation | null {
  if (!pathname.startsWith(WORKER_CALL_PATH)) return null;
  const name = pathname.slice(WORKER_CALL_PATH.length);
  return (WORKER_CALL_OPERATIONS as readonly string[]).includes(name)
    ? (name as WorkerCallOperation)
    : null;
}
