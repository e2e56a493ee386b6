/**
 * DOCX → text with mammoth. Encrypted Office files are OLE containers, not zips, so they
 * are recognized by their signature before mammoth sees them.
 */
import mammoth from 'mammoth';
import { ImportFailure } from './import-failure';
import type { ExtractedText } from './extract-html';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b];

const startsWith = (bytes: Uint8Array, signature: number[]): boolean =>
  signature.every((byte, i) => bytes[i] === byte);

export async function extractDocx(bytes: Uint8Array): Promise<ExtractedText> {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new ImportFailure(
      'DOCX is password-protected or in the old .doc format; save it as an unprotected .docx',
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE))
    throw new ImportFailure('file is not a valid DOCX (it is not a zip archive)');
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch (error) {
    throw new ImportFailure(
      `file is not a valid DOCX (damaged or not a Word document: ${(error as Error).message})`,
    );
  }
  const text = value
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text === '') throw new ImportFailure('DOCX contains no text');
  return { text, notes: [] };
}
