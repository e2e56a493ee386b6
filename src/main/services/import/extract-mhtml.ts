/**
 * MHTML (a saved web page as a MIME message): take the HTML part, which postal-mime decodes
 * from quoted-printable or base64, then read it like any HTML page. The page's address comes
 * from Snapshot-Content-Location or the HTML part's Content-Location header.
 */
import PostalMime from 'postal-mime';
import { ImportFailure } from './import-failure';
import { extractHtml, type ExtractedText } from './extract-html';

function savedPageUrl(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 256 * 1024)).toString('latin1');
  const snapshot = /^Snapshot-Content-Location:\s*(\S+)/im.exec(head);
  if (snapshot) return snapshot[1];
  const htmlPart = /^Content-Type:\s*text\/html[\s\S]{0,2000}?^Content-Location:\s*(\S+)/im.exec(
    head,
  );
  const anyPart = htmlPart ?? /^Content-Location:\s*(https?:\/\/\S+)/im.exec(head);
  return anyPart?.[1];
}

export async function extractMhtml(bytes: Uint8Array): Promise<ExtractedText> {
  let html: string | undefined;
  try {
    const message = await PostalMime.parse(bytes);
    html = message.html ?? undefined;
  } catch (error) {
    throw new ImportFailure(`file is not a readable MHTML archive (${(error as Error).message})`);
  }
  if (!html || html.trim() === '') throw new ImportFailure('MHTML archive has no HTML page inside');
  const extracted = extractHtml(html);
  const url = savedPageUrl(bytes);
  if (url && !extracted.metadata?.url) {
    extracted.metadata = {
      ...extracted.metadata,
      url: { value: url, source: 'mhtml:content-location' },
    };
  }
  return extracted;
}
