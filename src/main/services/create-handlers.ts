/**
 * The contract's operations implemented once over plain Node services.
 * Host-specific abilities (dialogs, printing, saving) come in through HostAdapter.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  type FolderListing,
  type OperationHandlers,
  packReports,
  type SavePdfResult,
  type WireImportReport,
} from '../../shared/contract';
import type { ImportFileReport } from '../../shared/domain';
import type { OutletEntry } from '../../shared/import/outlets';
import { AppError } from '../../shared/result';
import { renderBriefingDocx } from './briefing/render-docx';
import { FolderGrants, resolveInside } from './folders/folder-grants';
import { MAX_FILE_BYTES, walkFolder } from './import';

export interface ParseOptions {
  outlets?: readonly OutletEntry[] | undefined;
}

/**
 * Parses and analyses one file, and gives its report in wire form (packReport): packed where it
 * was made, in the parse worker, so the smaller form is what crosses every channel after it.
 */
export type ParseFile = (
  relativePath: string,
  bytes: Uint8Array,
  options?: ParseOptions,
) => Promise<WireImportReport>;

export interface HostAdapter {
  host: 'electron' | 'chromium';
  appVersion: string;
  /** Shows a native folder dialog; absent where the host has none. */
  pickFolder?: () => Promise<string | null>;
  /** True where the host answers workers' calls too (see WORKER_CALL_OPERATIONS). */
  answersWorkers?: boolean;
  /** Prints self-contained HTML to PDF bytes. */
  printPdf: (html: string, pageSize: 'A4' | 'Letter') => Promise<Uint8Array>;
  /** Puts an exported file where the user wants it (save dialog, or the exports folder). */
  saveFile: (bytes: Uint8Array, suggestedName: string) => Promise<SavePdfResult>;
}

export interface ServiceOptions {
  adapter: HostAdapter;
  parseFile: ParseFile;
  /** Folder holding the bundled sample corpus. */
  sampleCorpusDir: string;
}

function failedReport(file: string, reason: string): ImportFileReport {
  return { file, status: 'failed', reason, duplicateOf: null, article: null };
}

export function createHandlers({
  adapter,
  parseFile,
  sampleCorpusDir,
}: ServiceOptions): OperationHandlers {
  const grants = new FolderGrants();

  async function parseOneFromDisk(
    root: string,
    relativePath: string,
    options: ParseOptions,
  ): Promise<WireImportReport> {
    const absolute = resolveInside(root, relativePath);
    try {
      // A symlink may point anywhere: follow it, then insist it still lands inside the folder.
      const target = await realpath(absolute);
      if (target !== root && !target.startsWith(root + path.sep)) {
        return failedReport(relativePath, 'link points outside the imported folder');
      }
      const stats = await stat(target);
      if (!stats.isFile()) return failedReport(relativePath, 'not a regular file');
      if (stats.size > MAX_FILE_BYTES) {
        const megabytes = Math.round(stats.size / 1024 / 1024);
        return failedReport(relativePath, `file is too large to import (${megabytes} MB)`);
      }
      const bytes = new Uint8Array(await readFile(target));
      return await parseFile(relativePath, bytes, options);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'EACCES' || code === 'EPERM'
          ? 'file cannot be read (permission denied)'
          : code === 'ENOENT'
            ? 'file disappeared during import'
            : `file cannot be read (${(error as Error).message})`;
      return failedReport(relativePath, reason);
    }
  }

  return {
    'host.info': async () => ({
      host: adapter.host,
      appVersion: adapter.appVersion,
      platform: process.platform,
      canPickFolder: Boolean(adapter.pickFolder),
      workerCalls: Boolean(adapter.answersWorkers),
    }),

    'import.pickFolder': async () => {
      if (!adapter.pickFolder) {
        throw new AppError('unsupported', 'This host has no folder dialog; drop a folder instead.');
      }
      const folder = await adapter.pickFolder();
      return folder ? { folder: await grants.grant(folder) } : null;
    },

    'import.sampleCorpusFolder': async () => ({ folder: await grants.grant(sampleCorpusDir) }),

    'import.listFolder': async ({ folder }) => {
      const root = await grants.resolveGranted(folder);
      const listing: FolderListing = { folder: root, files: [], skipped: [] };
      for await (const entry of walkFolder(root)) {
        if ('skipped' in entry) {
          listing.skipped.push({
            file: entry.relativePath,
            status: 'skipped',
            reason: entry.skipped,
            duplicateOf: null,
            article: null,
          });
        } else {
          listing.files.push({ relativePath: entry.relativePath, size: entry.size });
        }
      }
      return listing;
    },

    'import.parseFolderFiles': async ({ folder, relativePaths, outlets }) => {
      const root = await grants.resolveGranted(folder);
      // All at once: the parse pool spreads them over its workers.
      const reports = relativePaths.map((p) => parseOneFromDisk(root, p, { outlets }));
      return packReports(await Promise.all(reports));
    },

    'import.parseFiles': async ({ files, outlets }) => {
      const reports = await Promise.all(
        files.map((file) =>
          file.data.byteLength > MAX_FILE_BYTES
            ? failedReport(file.relativePath, 'file is too large to import')
            : parseFile(file.relativePath, file.data, { outlets }),
        ),
      );
      return packReports(reports);
    },

    'export.savePdf': async ({ html, suggestedName, pageSize }) => {
      const pdf = await adapter.printPdf(html, pageSize);
      return adapter.saveFile(pdf, suggestedName);
    },

    'export.saveFile': async ({ data, suggestedName }) =>
      adapter.saveFile(
        typeof data === 'string' ? new TextEncoder().encode(data) : data,
        suggestedName,
      ),

    'export.saveDocx': async ({ briefing, suggestedName, pageSize }) =>
      adapter.saveFile(await renderBriefingDocx(briefing, pageSize), suggestedName),
  };
}
