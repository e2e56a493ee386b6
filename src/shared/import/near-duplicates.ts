/**
 * Near-duplicate detection for syndicated copies: MinHash signatures over word 4-shingles,
 * bucketed by locality-sensitive hashing (32 bands × 4 rows) so lookups stay fast, then
 * confirmed by the estimated Jaccard similarity against a threshold.
 */

import { letterOrDigitAt } from '../text/letter-or-digit';

const HASH_COUNT = 128;
const BAND_COUNT = 32;
const ROWS_PER_BAND = HASH_COUNT / BAND_COUNT;
const SHINGLE_WORDS = 4;
/** Estimated Jaccard similarity of shingle sets at or above which two bodies are one text. */
export const DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.6;

export interface DuplicateMatch {
  id: string;
  /** Estimated Jaccard similarity of the two bodies' word shingles, 0..1. */
  similarity: number;
}

export interface DuplicateIndex {
  add(id: string, body: string): void;
  findDuplicateOf(body: string): DuplicateMatch | null;
  readonly size: number;
}

/** MurmurHash3 finalizer: turns one shingle hash into many independent-looking ones. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: HASH_COUNT }, (_, i) => mix(Math.imul(i + 1, 0x9e3779b9)));

function normalizedWords(body: string): string[] {
  return body.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The FNV-1a hash (32-bit) of each of normalizedWords(body), without making the words: one walk
 * over the lower-cased body that hashes each run of letters and digits as it goes.
 */
function normalizedWordHashes(body: string): number[] {
  const text = body.toLowerCase();
  const hashes: number[] = [];
  let hash = 0x811c9dc5;
  let inWord = false;
  for (let at = 0; at < text.length;) {
    const length = letterOrDigitAt(text, at);
    if (length === 0) {
      if (inWord) hashes.push(hash >>> 0);
      inWord = false;
      at++;
      continue;
    }
    if (!inWord) hash = 0x811c9dc5;
    inWord = true;
    for (const end = at + length; at < end; at++) {
      hash ^= text.charCodeAt(at);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  if (inWord) hashes.push(hash >>> 0);
  return hashes;
}

/** Combines each run of SHINGLE_WORDS word hashes (no substring building). */
function shingleHashes(wordHashes: number[]): Set<number> {
  const size = Math.min(SHINGLE_WORDS, wordHashes.length);
  const hashes = new Set<number>();
  for (let i = 0; i + size <= wordHashes.length && size > 0; i++) {
    let hash = 0x9747b28c;
    for (let k = 0; k < size; k++) hash = mix(hash ^ wordHashes[i + k]!);
    hashes.add(hash);
  }
  return hashes;
}

export function minHashSignature(body: string): Uint32Array | null {
  const shingles = shingleHashes(normalizedWordHashes(body));
  if (shingles.size === 0) return null;
  const signature = new Uint32Array(HASH_COUNT).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < HASH_COUNT; i++) {
      // One multiply-xorshift per hash function: cheap, and well mixed because shingles are already hashed.
      let value = Math.imul(shingle ^ SEEDS[i]!, 0x85ebca6b);
      value = (value ^ (value >>> 13)) >>> 0;
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < HASH_COUNT; i++) if (a[i] === b[i]) equal++;
  return equal / HASH_COUNT;
}

function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BAND_COUNT; band++) {
    const rows = signature.subarray(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND);
    keys.push(`${band}:${rows.join(',')}`);
  }
  return keys;
}

export function createDuplicateIndex(threshold = DEFAULT_NEAR_DUPLICATE_THRESHOLD): DuplicateIndex {
  const signatures = new Map<string, Uint32Array>();
  const buckets = new Map<string, string[]>();
  const exactBodies = new Map<string, string>();
  // Import asks "is this a duplicate?" and then adds the same body: compute its signature once.
  let lastBody: string | null = null;
  let lastSignature: Uint32Array | null = null;
  const signatureOf = (body: string): Uint32Array | null => {
    if (body !== lastBody) {
      lastBody = body;
      lastSignature = minHashSignature(body);
    }
    return lastSignature;
  };

  return {
    get size() {
      return signatures.size;
    },
    add(id, body) {
      const normalized = normalizedWords(body).join(' ');
      if (!exactBodies.has(normalized)) exactBodies.set(normalized, id);
      const signature = signatureOf(body);
      if (!signature) return;
      signatures.set(id, signature);
      for (const key of bandKeys(signature)) {
        const bucket = buckets.get(key);
        if (bucket) bucket.push(id);
        else buckets.set(key, [id]);
      }
    },
    findDuplicateOf(body) {
      const normalized = normalizedWords(body).join(' ');
      const exact = normalized === '' ? undefined : exactBodies.get(normalized);
      if (exact !== undefined) return { id: exact, similarity: 1 };
      const signature = signatureOf(body);
      if (!signature) return null;
      let best: DuplicateMatch | null = null;
      const seen = new Set<string>();
      for (const key of bandKeys(signature)) {
        for (const id of buckets.get(key) ?? []) {
          if (seen.has(id)) continue;
          seen.add(id);
          const similarity = estimateSimilarity(signature, signatures.get(id)!);
          if (similarity >= threshold && (!best || similarity > best.similarity))
            best = { id, similarity };
        }
      }
      return best;
    },
  };
}
