/**
 * Imports every file under a folder and marks duplicates: identical bytes by content hash,
 * syndicated copies by MinHash similarity of their clean bodies. A duplicate keeps its
 * parsed article so nothing is lost; the analyst decides what to do with it.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ImportFileReport } from '../../../shared/domain';
import { createDuplicateIndex, type OutletEntry } from '../../../shared/import';
import { MAX_IMPORT_FILE_BYTES, tooLargeReason } from './file-types';
import { parseFile, reasonToSkipPath } from './parse-file';
import { walkFolder, type WalkEntry } from './walk-folder';

export interface ImportProgress {
  /** Files handled so far, including this one. */
  done: number;
  total: number;
  report: ImportFileReport;
}

export interface ImportFolderOptions {
  outlets?: readonly OutletEntry[];
  /** Replaceable for tests: how a file's bytes are read. */
  readBytes?: (absolutePath: string) => Promise<Uint8Array>;
}

/** The folder itself cannot be opened: the whole import cannot start. */
export class FolderUnreadableError extends Error {
  constructor(
    readonly folder: string,
    cause: unknown,
  ) {
    super(`cannot read folder ${folder}: ${(cause as Error).message ?? String(cause)}`, { cause });
    this.name = 'FolderUnreadableError';
  }
}

/** Bodies shorter than this are too small for similarity to mean "same article". */
const MIN_WORDS_FOR_NEAR_DUPLICATE = 40;

function readFailureReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'file cannot be read (permission denied)';
  if (code === 'ENOENT') return 'file disappeared before it could be read';
  if (code === 'EISDIR') return 'path is a folder, not a file';
  return `file cannot be read (${(error as Error).message ?? String(code)})`;
}

async function reportFor(
  entry: WalkEntry,
  options: ImportFolderOptions,
): Promise<ImportFileReport> {
  const base = { file: entry.relativePath, duplicateOf: null, article: null };
  if ('skipped' in entry) return { ...base, status: 'skipped', reason: entry.skipped };
  const skipReason = reasonToSkipPath(entry.relativePath);
  if (skipReason) return { ...base, status: 'skipped', reason: skipReason };
  // Refuse huge files before reading them into memory.
  if (entry.size > MAX_IMPORT_FILE_BYTES)
    return { ...base, status: 'failed', reason: tooLargeReason(entry.size) };
  let bytes: Uint8Array;
  try {
    bytes = await (options.readBytes ?? readFile)(entry.absolutePath);
  } catch (error) {
    return { ...base, status: 'failed', reason: readFailureReason(error) };
  }
  return parseFile(entry.relativePath, bytes, { outlets: options.outlets });
}

export async function importFolder(
  root: string,
  onProgress?: (progress: ImportProgress) => void,
  options: ImportFolderOptions = {},
): Promise<ImportFileReport[]> {
  try {
    const info = await stat(root);
    if (!info.isDirectory()) throw new Error('not a folder');
  } catch (error) {
    throw new FolderUnreadableError(root, error);
  }
  const entries: WalkEntry[] = [];
  for await (const entry of walkFolder(root)) entries.push(entry);
  if (entries.length === 1 && 'skipped' in entries[0]! && entries[0].relativePath === '.') {
    throw new FolderUnreadableError(root, new Error(entries[0].skipped));
  }

  const firstByHash = new Map<string, string>();
  const nearDuplicates = createDuplicateIndex();
  const reports: ImportFileReport[] = [];
  for (const entry of entries) {
    let report = await reportFor(entry, options);
    const article = report.article;
    if (report.status === 'imported' && article) {
      const sameBytes = firstByHash.get(article.contentHash);
      const similar =
        sameBytes || article.wordCount < MIN_WORDS_FOR_NEAR_DUPLICATE
          ? null
          : nearDuplicates.findDuplicateOf(article.body);
      if (sameBytes) {
        report = {
          ...report,
          status: 'duplicate',
          duplicateOf: sameBytes,
          reason: `same file content as ${sameBytes}`,
        };
      } else if (similar) {
        const percent = Math.round(similar.similarity * 100);
        report = {
          ...report,
          status: 'duplicate',
          duplicateOf: similar.id,
          reason: `near-duplicate of ${similar.id} (${percent}% similar)`,
        };
      } else {
        firstByHash.set(article.contentHash, article.sourcePath);
        if (article.wordCount >= MIN_WORDS_FOR_NEAR_DUPLICATE)
          nearDuplicates.add(article.sourcePath, article.body);
      }
    }
    reports.push(report);
    onProgress?.({ done: reports.length, total: entries.length, report });
  }
  return reports;
}
