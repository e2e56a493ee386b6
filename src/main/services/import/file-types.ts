/**
 * Which files the importer reads, which it skips, and how big a file may be.
 * The folder walker checks these before reading a byte.
 */
import type { SourceFormat } from '../../../shared/domain';

import { MAX_IMPORT_FILE_BYTES } from '../../../shared/limits';

/** Files this large are refused before reading: a news article is never 50 MB. One limit for the whole app. */
export { MAX_IMPORT_FILE_BYTES };

const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  mhtml: 'mhtml',
  mht: 'mhtml',
  pdf: 'pdf',
  docx: 'docx',
};

const SYSTEM_FILES = new Set([
  '.ds_store',
  'thumbs.db',
  'ehthumbs.db',
  'desktop.ini',
  'icon\r',
  '.localized',
]);

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function formatOf(fileName: string): SourceFormat | null {
  return FORMAT_BY_EXTENSION[extensionOf(fileName)] ?? null;
}

/** Why a file or folder name is skipped without reading it, or null when it should be read. */
export function reasonToSkipName(name: string): string | null {
  if (SYSTEM_FILES.has(name.toLowerCase())) return 'system file';
  if (name.startsWith('~$')) return 'temporary Office lock file';
  if (name.startsWith('.')) return 'hidden file';
  if (name.endsWith('~') || /\.(?:tmp|crdownload|part)$/i.test(name))
    return 'temporary or incomplete download';
  return null;
}

export function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

export function tooLargeReason(bytes: number): string {
  return `file is too large (${describeSize(bytes)}; the limit is ${describeSize(MAX_IMPORT_FILE_BYTES)})`;
}
