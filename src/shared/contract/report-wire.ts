/**
 * The wire form of import reports, which cross from the host to the renderer for every file.
 * Most of a report repeats itself: the clean body is copied out of the original text (the body
 * map says where), quote texts are slices of the body, and a MinHash signature written as
 * decimal numbers is twice its size in base64. The wire form leaves out what the renderer can
 * rebuild exactly, and keeps it wherever a rebuild would differ, so unpacking always returns
 * the report that was packed.
 */
import type { ImportFileReport, ParsedArticle, Quote } from '../domain';
import { base64ToBytes, bytesToBase64 } from './wire';

/** A quote whose text is left out is the body's text between its offsets. */
type WireQuote = Omit<Quote, 'text'> & { text?: string };

export type WireArticle = Omit<ParsedArticle, 'body' | 'quotes' | 'signature'> & {
  /** The body, when it is not the original's mapped runs joined by `bodyGaps`. */
  body?: string;
  /** The text between consecutive mapped runs of the body (and before the first, after the last). */
  bodyGaps?: string[];
  quotes?: WireQuote[];
  /** The signature as base64 of little-endian 32-bit words, when every value is one. */
  signatureWords?: string;
  signature?: number[];
};

export type WireImportReport = Omit<ImportFileReport, 'article'> & {
  article: WireArticle | null;
};

/** The text the body map does not cover, or null when the map cannot rebuild the body. */
function bodyGapsOf(article: ParsedArticle): string[] | null {
  const { body, original, bodyMap } = article;
  const gaps: string[] = [];
  let at = 0;
  for (const segment of bodyMap) {
    if (segment.bodyStart < at) return null;
    gaps.push(body.slice(at, segment.bodyStart));
    at = segment.bodyStart + segment.length;
  }
  gaps.push(body.slice(at));
  return rebuildBody(original, article.bodyMap, gaps) === body ? gaps : null;
}

function rebuildBody(original: string, bodyMap: ParsedArticle['bodyMap'], gaps: string[]): string {
  let body = gaps[0] ?? '';
  bodyMap.forEach((segment, i) => {
    body += original.slice(segment.originalStart, segment.originalStart + segment.length);
    body += gaps[i + 1] ?? '';
  });
  return body;
}

const isWord = (value: number): boolean => Number.isInteger(value) && value >= 0 && value < 2 ** 32;

function signatureToWords(signature: number[]): string | null {
  if (!signature.every(isWord)) return null;
  const bytes = new Uint8Array(signature.length * 4);
  const view = new DataView(bytes.buffer);
  signature.forEach((value, i) => view.setUint32(i * 4, value, true));
  return bytesToBase64(bytes);
}

function wordsToSignature(words: string): number[] {
  const bytes = base64ToBytes(words);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: bytes.byteLength / 4 }, (_, i) => view.getUint32(i * 4, true));
}

export function packReport(report: ImportFileReport): WireImportReport {
  const { article } = report;
  if (!article) return { ...report, article: null };
  const { body, quotes, signature, ...rest } = article;
  const wire: WireArticle = { ...rest };
  const gaps = bodyGapsOf(article);
  if (gaps) wire.bodyGaps = gaps;
  else wire.body = body;
  if (quotes) {
    wire.quotes = quotes.map((quote) => {
      if (body.slice(quote.start, quote.end) !== quote.text) return quote;
      const { text: _rebuilt, ...withoutText } = quote;
      return withoutText;
    });
  }
  if (signature) {
    const words = signatureToWords(signature);
    if (words !== null) wire.signatureWords = words;
    else wire.signature = signature;
  }
  return { ...report, article: wire };
}

export function unpackReport(report: WireImportReport): ImportFileReport {
  const { article: wire } = report;
  if (!wire) return { ...report, article: null };
  const { body: sentBody, bodyGaps, quotes, signatureWords, signature, ...rest } = wire;
  const body = sentBody ?? rebuildBody(wire.original, wire.bodyMap, bodyGaps ?? []);
  const article: ParsedArticle = { ...rest, body };
  if (quotes) {
    article.quotes = quotes.map((quote) =>
      quote.text === undefined
        ? { ...quote, text: body.slice(quote.start, quote.end) }
        : (quote as Quote),
    );
  }
  if (signatureWords !== undefined) article.signature = wordsToSignature(signatureWords);
  else if (signature) article.signature = signature;
  return { ...report, article };
}

/**
 * A parse call's reports, packed and written as one JSON array. They cross every channel as one
 * string and are decoded only where they are stored (the renderer's import worker): decoding
 * 13 KB of objects a file, then copying them to that worker, kept the UI thread busy for a
 * large part of every import, and the garbage they left brought long pauses.
 */
export type PackedReports = string & { readonly packedReports: unique symbol };

export function packReports(reports: WireImportReport[]): PackedReports {
  return JSON.stringify(reports) as PackedReports;
}

/** Each report whole again (see unpackReport). */
export function unpackReports(packed: PackedReports): ImportFileReport[] {
  return (JSON.parse(packed) as WireImportReport[]).map(unpackReport);
}
