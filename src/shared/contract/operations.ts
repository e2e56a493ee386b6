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
