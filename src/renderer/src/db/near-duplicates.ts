/**
 * Near-duplicate lookup against the whole library: each stored signature is indexed by its LSH
 * band keys, so a new article's candidates come from one indexed query, then are confirmed by
 * estimated similarity.
 */
import { DEFAULT_NEAR_DUPLICATE_THRESHOLD } from '../../../shared/import/near-duplicates';
import { db } from './database';

const BANDS = 32;

/** FNV-1a over one band's rows: a short, stable key per band. */
function bandHash(rows: number[]): string {
  let hash = 0x811c9dc5;
  for (const row of rows) {
    hash ^= row;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function bandKeys(signature: number[]): string[] {
  const rows = signature.length / BANDS;
  return Array.from(
    { length: BANDS },
    (_, band) => `${band}:${bandHash(signature.slice(band * rows, (band + 1) * rows))}`,
  );
}

export function similarity(a: number[], b: number[]): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/** The stored article most similar to this signature, if it passes the threshold. Call inside a transaction on signatures. */
export async function findNearDuplicate(
  signature: number[],
  threshold = DEFAULT_NEAR_DUPLICATE_THRESHOLD,
): Promise<{ articleId: string; similarity: number } | null> {
  const candidates = await db.signatures
    .where('bands')
    .anyOf(bandKeys(signature))
    .distinct()
    .toArray();
  let best: { articleId: string; similarity: number } | null = null;
  for (const candidate of candidates) {
    const score = similarity(signature, candidate.signature);
    if (score >= threshold && (!best || score > best.similarity))
      best = { articleId: candidate.articleId, similarity: score };
  }
  return best;
}

export async function storeSignature(
  articleId: string,
  signature: number[] | undefined,
): Promise<void> {
  if (signature?.length)
    await db.signatures.put({ articleId, signature, bands: bandKeys(signature) });
}
