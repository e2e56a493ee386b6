/**
 * PDF → text with unpdf (pdf.js). Password-protected, damaged, huge or image-only PDFs
 * fail with a reason the analyst can act on.
 */
import { getDocumentProxy, getMeta } from 'unpdf';
import type { StatedMetadata } from '../../../shared/import';
import { ImportFailure, withTimeout } from './import-failure';
import type { ExtractedText } from './extract-html';
import { layoutPageText, type PositionedText } from './pdf-page-text';

export const MAX_PDF_PAGES = 500;
export const PDF_TIME_LIMIT_MS = 30_000;

function describePdfError(error: unknown): string {
  const name = (error as { name?: string }).name ?? '';
  const message = (error as Error).message ?? String(error);
  if (name === 'PasswordException' || /password/i.test(message))
    return 'PDF is password-protected (encrypted); remove the password and import it again';
  if (name === 'InvalidPDFException' || /invalid pdf|xref|startxref|bad/i.test(message))
    return `file is not a valid PDF (damaged or incomplete: ${message})`;
  return `PDF could not be read (${message})`;
}

function statedFromInfo(info: Record<string, unknown>): StatedMetadata {
  const text = (key: string): string | undefined => {
    const value = info[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const metadata: StatedMetadata = {};
  const title = text('Title');
  // Office exports often title the PDF with the file name; that is not a headline.
  if (title && !/\.(?:docx?|pdf|txt|pages)$/i.test(title) && !/^microsoft word/i.test(title))
    metadata.title = { value: title, source: 'pdf:info.Title' };
  const author = text('Author');
  if (author) metadata.author = { value: author, source: 'pdf:info.Author' };
  return metadata;
}

async function readPdf(bytes: Uint8Array): Promise<ExtractedText> {
  // pdf.js takes ownership of the buffer it is given, so hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), {
    isEvalSupported: false,
    stopAtErrors: false,
  });
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new ImportFailure(
        `PDF has ${pdf.numPages} pages; the limit is ${MAX_PDF_PAGES} (is this really one article?)`,
      );
    }
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.filter((item) => 'str' in item) as PositionedText[];
      const text = layoutPageText(items);
      if (text.trim() !== '') pages.push(text.trim());
    }
    if (pages.length === 0)
      throw new ImportFailure('PDF has no text layer (it may be a scanned image; run OCR first)');
    const { info } = await getMeta(pdf).catch(() => ({ info: {} as Record<string, unknown> }));
    return {
      text: pages.join('\n\n'),
      metadata: statedFromInfo(info as Record<string, unknown>),
      notes: [],
    };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedText> {
  try {
    return await withTimeout(
      readPdf(bytes),
      PDF_TIME_LIMIT_MS,
      `PDF took longer than ${PDF_TIME_LIMIT_MS / 1000} s to read`,
    );
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    throw new ImportFailure(describePdfError(error));
  }
}
