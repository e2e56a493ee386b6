/**
 * One file in, one report out: detects the format, decodes or extracts the text, and
 * builds the labelled article. Never throws; every problem becomes a reason in the report.
 */
import { createHash } from 'node:crypto';
import type { ImportFileReport, SourceFormat } from '../../../shared/domain';
import { buildParsedArticle, type OutletEntry } from '../../../shared/import';
import { decodeText } from './decode-text';
import { extractDocx } from './extract-docx';
import { extractHtml, type ExtractedText } from './extract-html';
import { extractMarkdown } from './extract-markdown';
import { extractMhtml } from './extract-mhtml';
import { extractPdf } from './extract-pdf';
import {
  extensionOf,
  formatOf,
  MAX_IMPORT_FILE_BYTES,
  reasonToSkipName,
  tooLargeReason,
} from './file-types';
import { ImportFailure } from './import-failure';

export { MAX_IMPORT_FILE_BYTES } from './file-types';

export interface ParseOptions {
  outlets?: readonly OutletEntry[];
}

async function extract(format: SourceFormat, bytes: Uint8Array): Promise<ExtractedText> {
  switch (format) {
    case 'txt': {
      const decoded = decodeText(bytes);
      return { text: decoded.text, notes: decoded.notes };
    }
    case 'md': {
      const decoded = decodeText(bytes);
      const extracted = extractMarkdown(decoded.text);
      return { ...extracted, notes: [...decoded.notes, ...extracted.notes] };
    }
    case 'html': {
      const decoded = decodeText(bytes, { allowDeclaredCharset: true });
      const extracted = extractHtml(decoded.text);
      return { ...extracted, notes: [...decoded.notes, ...extracted.notes] };
    }
    case 'mhtml':
      return extractMhtml(bytes);
    case 'pdf':
      return extractPdf(bytes);
    case 'docx':
      return extractDocx(bytes);
  }
}

const report = (
  file: string,
  status: ImportFileReport['status'],
  reason: string | null,
  notes: string[] = [],
): ImportFileReport => ({
  file,
  status,
  reason,
  duplicateOf: null,
  article: null,
  ...(notes.length > 0 ? { notes } : {}),
});

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reasons to skip a path without reading it (hidden, system or unsupported files). */
export function reasonToSkipPath(relativePath: string): string | null {
  for (const segment of relativePath.split('/')) {
    const reason = reasonToSkipName(segment);
    if (reason) return reason;
  }
  if (formatOf(relativePath) === null) {
    const extension = extensionOf(relativePath.split('/').pop() ?? '');
    return extension
      ? `unsupported file type (.${extension})`
      : 'unsupported file type (no extension)';
  }
  return null;
}

export async function parseFile(
  relativePath: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<ImportFileReport> {
  const file = relativePath.replace(/\\/g, '/');
  const skipReason = reasonToSkipPath(file);
  if (skipReason) return report(file, 'skipped', skipReason);
  const format = formatOf(file)!;
  if (bytes.length === 0) return report(file, 'failed', 'file is empty');
  if (bytes.length > MAX_IMPORT_FILE_BYTES)
    return report(file, 'failed', tooLargeReason(bytes.length));

  let extracted: ExtractedText;
  try {
    extracted = await extract(format, bytes);
  } catch (error) {
    if (error instanceof ImportFailure) return report(file, error.status, error.reason);
    return report(
      file,
      'failed',
      `could not read the file (${(error as Error).message ?? String(error)})`,
    );
  }
  if (extracted.text.trim() === '')
    return report(file, 'failed', 'file contains no text', extracted.notes);

  const article = buildParsedArticle({
    sourcePath: file,
    format,
    contentHash: sha256Hex(bytes),
    text: extracted.text,
    htmlMetadata: extracted.metadata,
    articleText: extracted.articleText,
    outlets: options.outlets,
  });
  if (article.body.trim() === '') {
    // Keep the article so nothing is lost, but say plainly that no article text was found.
    return {
      ...report(
        file,
        'failed',
        'no article text found (only navigation or boilerplate)',
        extracted.notes,
      ),
      article,
    };
  }
  return { ...report(file, 'imported', null, extracted.notes), article };
}
