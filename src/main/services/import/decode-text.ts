/**
 * Turns bytes into text, finding the encoding the way a careful browser would:
 * byte-order mark → declared charset (HTML/XML) → valid UTF-8 → statistical guess.
 * Binary files wearing a text extension are refused instead of decoded into noise.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ImportFailure } from './import-failure';

export interface DecodedText {
  text: string;
  encoding: string;
  notes: string[];
}

const SAMPLE_BYTES = 64 * 1024;

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM shows up as ASCII with a zero in every other byte. */
function bomlessUtf16(sample: Uint8Array): string | null {
  if (sample.length < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** NUL bytes or many control characters mean this is not a text file. */
export function binaryReason(sample: Uint8Array): string | null {
  let nul = 0;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) nul++;
    else if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  }
  if (nul > 0) return 'file looks binary, not text (it contains NUL bytes)';
  if (sample.length > 0 && control / sample.length > 0.05)
    return 'file looks binary, not text (too many control characters)';
  return null;
}

function declaredCharset(sample: Uint8Array): string | null {
  const head = Buffer.from(sample.subarray(0, 4096)).toString('latin1');
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_.-]+)/i.exec(head);
  const label = match?.[1]?.toLowerCase();
  return label && iconv.encodingExists(label) ? label : null;
}

/** Counts well-formed multi-byte sequences and stray bytes, to tell "UTF-8 with a few bad bytes" from legacy text. */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i]!;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 1) {
      i++;
      continue;
    }
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function legacyEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const guesses = chardet
    .analyse(sample)
    .filter((match) => !/^utf|^ascii$/i.test(match.name) && iconv.encodingExists(match.name));
  const best = guesses[0]?.name.toLowerCase() ?? 'windows-1252';
  // Browsers read Latin-1 labels as Windows-1252, which adds curly quotes and dashes in 0x80–0x9F.
  return best === 'iso-8859-1' ? 'windows-1252' : best;
}

export function decodeText(
  bytes: Uint8Array,
  options: { allowDeclaredCharset?: boolean } = {},
): DecodedText {
  const notes: string[] = [];
  const bom = bomEncoding(bytes);
  if (bom) {
    return {
      text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding),
      encoding: bom.encoding,
      notes,
    };
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = bomlessUtf16(sample);
  if (utf16)
    return {
      text: iconv.decode(Buffer.from(bytes), utf16),
      encoding: utf16,
      notes: ['UTF-16 text without a byte-order mark'],
    };
  const binary = binaryReason(sample);
  if (binary) throw new ImportFailure(binary);

  const declared = options.allowDeclaredCharset ? declaredCharset(sample) : null;
  if (declared && !/^utf-?8$/i.test(declared)) {
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared, notes };
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      notes,
    };
  } catch {
    // Not clean UTF-8: decide between damaged UTF-8 and a legacy single-byte encoding.
  }
  const evidence = utf8Evidence(bytes);
  if (declared || evidence.valid >= evidence.invalid) {
    notes.push(`${evidence.invalid} invalid UTF-8 byte sequence(s) were replaced with �`);
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', notes };
  }
  const encoding = legacyEncoding(bytes);
  notes.push(`decoded as ${encoding}`);
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding, notes };
}
