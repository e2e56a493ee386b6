/**
 * Near-duplicate lookup against the whole library: each stored signature is indexed by its LSH
 * band keys, so a batch's candidates come from one indexed query, then are confirmed by
 * estimated similarity.
 */
import { DEFAULT_NEAR_DUPLICATE_THRESHOLD } from '../../../shared/import/near-duplicates';
import { db } from './database';
import { rowsWithAnyKey } from './index-lookup';
import type { SignatureRow } from './schema';

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

export function signatureRow(articleId: string, signature: number[]): SignatureRow {
  return { articleId, signature, bands: bandKeys(signature) };
}

/**
 * Candidate signatures for a whole batch in one query; articles stored during the batch are
 * added with `remember` so copies within one batch find each other too.
 */
export class NearDuplicateFinder {
  private readonly byBand = new Map<string, SignatureRow[]>();

  /** Runs inside a transaction on the signatures table. */
  static async forBatch(signatures: number[][]): Promise<NearDuplicateFinder> {
    const finder = new NearDuplicateFinder();
    const keys = [...new Set(signatures.flatMap(bandKeys))];
    const seen = new Set<string>();
    for (const rows of await rowsWithAnyKey<SignatureRow>(db.signatures, 'bands', keys))
      for (const row of rows) {
        if (seen.has(row.articleId)) continue;
        seen.add(row.articleId);
        finder.remember(row);
      }
    return finder;
  }

  remember(row: SignatureRow): void {
    for (const band of row.bands) {
      const rows = this.byBand.get(band);
      if (rows) rows.push(row);
      else this.byBand.set(band, [row]);
    }
  }

  find(
    signature: number[],
    threshold = DEFAULT_NEAR_DUPLICATE_THRESHOLD,
  ): { articleId: string; similarity: number } | null {
    let best: { articleId: string; similarity: number } | null = null;
    const seen = new Set<string>();
    for (const band of bandKeys(signature)) {
      for (const candidate of this.byBand.get(band) ?? []) {
        if (seen.has(candidate.articleId)) continue;
        seen.add(candidate.articleId);
        const score = similarity(signature, candidate.signature);
        if (score >= threshold && (!best || score > best.similarity))
          best = { articleId: candidate.articleId, similarity: score };
      }
    }
    return best;
  }
}
