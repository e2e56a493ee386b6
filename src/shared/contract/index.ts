/**
 * The one typed contract between the renderer and its host (Electron main or the Chromium host).
 * Each operation names its argument schema (validated by the host on every call) and result type.
 */
import { z } from 'zod';
import type { ImportFileReport } from '../domain';
import type { Result } from '../result';
import type { OperationName } from './operations';
import { briefingDocumentSchema } from './briefing-schema';
import type { PackedReports } from './report-wire';

export {
  packReport,
  packReports,
  unpackReport,
  unpackReports,
  type PackedReports,
  type WireImportReport,
} from './report-wire';

export {
  OPERATION_NAMES,
  isOperationName,
  INVOKE_CHANNEL,
  WORKER_CALL_OPERATIONS,
  WORKER_CALL_PATH,
  workerCallOperation,
} from './operations';
export type { OperationName, WorkerCallOperation } from './operations';

/** A path inside an imported folder: relative, forward slashes, never climbing out. */
const relativePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.startsWith('/') && !/^[a-zA-Z]:/.test(p), 'must be relative')
  .refine((p) => !p.split(/[\\/]/).includes('..'), 'must not contain ".."');

const MAX_FILES_PER_CALL = 200;

/** The user's list of outlets (names, aliases, domains) that import matches against. */
const outletList = z
  .array(
    z
      .object({
        name: z.string().min(1).max(200),
        aliases: z.array(z.string().max(200)).max(100),
        domains: z.array(z.string().max(253)).max(100),
      })
      .strict(),
  )
  .max(10_000);

export const argumentSchemas = {
  'host.info': z.object({}).strict(),
  'import.pickFolder': z.object({}).strict(),
  'import.sampleCorpusFolder': z.object({}).strict(),
  'import.listFolder': z.object({ folder: z.string().min(1).max(4096) }).strict(),
  'import.parseFolderFiles': z
    .object({
      folder: z.string().min(1).max(4096),
      relativePaths: z.array(relativePath).min(1).max(MAX_FILES_PER_CALL),
      outlets: outletList.optional(),
    })
    .strict(),
  'import.parseFiles': z
    .object({
      files: z
        .array(z.object({ relativePath, data: z.instanceof(Uint8Array) }).strict())
        .min(1)
        .max(MAX_FILES_PER_CALL),
      outlets: outletList.optional(),
    })
    .strict(),
  'export.savePdf': z
    .object({
      html: z.string().min(1).max(50_000_000),
      suggestedName: z
        .string()
        .min(1)
        .max(200)
        .regex(/^[^\\/:*?"<>|]+\.pdf$/, 'must be a plain file name ending in .pdf'),
      pageSize: z.enum(['A4', 'Letter']),
    })
    .strict(),
  'export.saveFile': z
    .object({
      data: z.union([z.string().max(200_000_000), z.instanceof(Uint8Array)]),
      suggestedName: z
        .string()
        .min(1)
        .max(200)
        .regex(
          /^[^\\/:*?"<>|]+\.(csv|md|html|docx|xlsx|txt|json)$/,
          'must be a plain file name with a known extension',
        ),
    })
    .strict(),
  /** The host renders the briefing as a Word document (docx runs on Node there), then saves it. */
  'export.saveDocx': z
    .object({
      briefing: briefingDocumentSchema,
      suggestedName: z
        .string()
        .min(1)
        .max(200)
        .regex(/^[^\\/:*?"<>|]+\.docx$/, 'must be a plain file name ending in .docx'),
      pageSize: z.enum(['A4', 'Letter']),
    })
    .strict(),
} satisfies Record<OperationName, z.ZodType>;

export interface HostInfo {
  host: 'electron' | 'chromium';
  appVersion: string;
  platform: string;
  /** True where the host can show a native folder dialog. */
  canPickFolder: boolean;
  /**
   * True where the renderer's workers can call the host's WORKER_CALL_OPERATIONS themselves,
   * over fetch to the app's origin (the Chromium host). Electron's IPC reaches only the window,
   * where a reply is handed over as a plain copy.
   */
  workerCalls: boolean;
}

export interface FolderListing {
  folder: string;
  files: { relativePath: string; size: number }[];
  /** Files the walker passed over (hidden, unknown type, unreadable), with reasons. */
  skipped: ImportFileReport[];
}

/** Where an exported file went, or that the user cancelled the save dialog. */
export type SavePdfResult = { savedTo: string } | { cancelled: true };

export interface OperationResults {
  'host.info': HostInfo;
  'import.pickFolder': { folder: string } | null;
  'import.sampleCorpusFolder': { folder: string };
  'import.listFolder': FolderListing;
  /** One report per file, in the order asked for: unpackReports (report-wire.ts) decodes them. */
  'import.parseFolderFiles': PackedReports;
  'import.parseFiles': PackedReports;
  'export.savePdf': SavePdfResult;
  'export.saveFile': SavePdfResult;
  'export.saveDocx': SavePdfResult;
}

export type OperationArgs<K extends OperationName> = z.input<(typeof argumentSchemas)[K]>;
export type OperationResult<K extends OperationName> = OperationResults[K];

/** What the preload exposes on `window.parallax`, in both hosts. */
export interface ParallaxBridge {
  invoke<K extends OperationName>(
    operation: K,
    args: OperationArgs<K>,
  ): Promise<Result<OperationResult<K>>>;
}

/** The host side: one async function per operation, receiving validated arguments. */
export type OperationHandlers = {
  [K in OperationName]: (
    args: z.output<(typeof argumentSchemas)[K]>,
  ) => Promise<OperationResult<K>>;
};
