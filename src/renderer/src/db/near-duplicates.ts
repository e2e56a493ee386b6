/**
 * Near-duplicate lookup against the whole library: each stored signature is indexed by its LSH
 * band keys, so a batch's candidates come from one indexed query, then are confirmed by
 * estimated similarity.
 */
import { DEFAULT_NEAR_DUPLICATE_THRESHOLD } from '../../../shared/import/near-duplicates';
import { db } from './database';
import { primaryKeysWithAnyKey } from './index-lookup';
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
 * Signature rows already read during one import, by article id. Band keys are shared by many
 * articles in corpora with a lot of common text (the benchmark's own: by 2,000 articles each new
 * one shares a band with about 90 stored ones), so reading every candidate's row for every batch
 * read the same rows over and over, a cost that grew with the library. Candidates are still
 * found afresh by band key in each batch's transaction; only their rows come from here.
 * A signature changes only when import updates a changed file, which calls `set`.
 */
export class SignatureCache {
  private readonly rows = new Map<string, SignatureRow>();

  /** At most this many rows are kept (about 1.5 MB per 1,000); past it the cache starts over. */
  constructor(private readonly limit = 50_000) {}

  get(articleId: string): SignatureRow | undefined {
    return this.rows.get(articleId);
  }

  set(row: SignatureRow): void {
    if (this.rows.size >= this.limit) this.rows.clear();
    this.rows.set(row.articleId, row);
  }

  delete(articleId: string): void {
    this.rows.delete(articleId);
  }
}

/**
 * Candidate signatures for a whole batch: the articles sharing a band key with any of its
 * signatures, found by key in one go; articles stored during the batch are added with
 * `remember` so copies within one batch find each other too.
 */
export class NearDuplicateFinder {
  private readonly byBand = new Map<string, SignatureRow[]>();

  /** Runs inside a transaction on the signatures table. */
  static async forBatch(
    signatures: number[][],
    cache = new SignatureCache(),
  ): Promise<NearDuplicateFinder> {
    const finder = new NearDuplicateFinder();
    const keys = [...new Set(signatures.flatMap(bandKeys))];
    // Ids first: a row matching several keys, or matched in an earlier batch, is read once.
    const ids = new Set<string>();
    for (const found of await primaryKeysWithAnyKey<string>(db.signatures, 'bands', keys))
      for (const id of found) ids.add(id);
    const rows: SignatureRow[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const row = cache.get(id);
      if (row) rows.push(row);
      else missing.push(id);
    }
    for (const row of await db.signatures.bulkGet(missing))
      if (row) {
        rows.push(row);
        cache.set(row);
      }
    for (const row of rows) finder.remember(row);
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
