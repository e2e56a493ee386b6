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
 * Bumped whenever signature rows leave or return outside an import (an article deleted or
 * restored): what an import's cache learnt of the library before may no longer hold.
 */
let libraryGeneration = 0;

export function noteSignaturesChangedOutsideImport(): void {
  libraryGeneration++;
}

/**
 * What one import has learnt of the library's near-duplicate index, shared by its batches.
 *
 * - Signature rows by article id. Band keys are shared by many articles in corpora with a lot
 *   of common text (the benchmark's own: by 3,000 articles each new one shares a band with
 *   about 20 stored ones), so reading every candidate's row for every batch read the same rows
 *   over and over.
 * - The ids carrying each band key already looked up, kept current as the import stores rows:
 *   each key is asked of the database once per import. Asking again for keys that earlier
 *   batches' rows carry (whose answers grow with every batch) took a third of a 3,000-file
 *   import's time.
 *
 * A signature changes only when import updates a changed file, which calls `set`.
 */
export class SignatureCache {
  private readonly rows = new Map<string, SignatureRow>();
  private readonly idsByBand = new Map<string, string[]>();
  private generation = libraryGeneration;

  /**
   * At most `limit` rows (about 1.5 MB per 1,000) and `bandLimit` band keys (about 8 MB per
   * 100,000) are kept; past either, that part starts over.
   */
  constructor(
    private readonly limit = 50_000,
    private readonly bandLimit = 400_000,
  ) {}

  get(articleId: string): SignatureRow | undefined {
    return this.rows.get(articleId);
  }

  set(row: SignatureRow): void {
    if (this.rows.size >= this.limit) this.rows.clear();
    this.rows.set(row.articleId, row);
    for (const band of row.bands) {
      const ids = this.idsByBand.get(band);
      if (ids && !ids.includes(row.articleId)) ids.push(row.articleId);
    }
  }

  delete(articleId: string): void {
    this.rows.delete(articleId);
  }

  /** Ids carrying `band`, or undefined when it has not been looked up in this import. */
  idsWithBand(band: string): string[] | undefined {
    return this.idsByBand.get(band);
  }

  /** Takes `ids` as its own list (a lookup's fresh answer), which later `set` calls extend. */
  learnBand(band: string, ids: string[]): void {
    this.idsByBand.set(band, ids);
  }

  /** Called before each batch: starts over when full, or when the library changed outside. */
  startBatch(): void {
    if (this.generation !== libraryGeneration) {
      this.generation = libraryGeneration;
      this.forget();
    }
    if (this.idsByBand.size >= this.bandLimit) this.idsByBand.clear();
  }

  /** After a batch that was not stored: what it taught may name rows that were never written. */
  forget(): void {
    this.rows.clear();
    this.idsByBand.clear();
  }
}

/**
 * Candidate signatures for a whole batch: the stored articles sharing a band key with any of its
 * signatures, found by key in one go; articles stored during the batch are added with
 * `remember` so copies within one batch find each other too.
 *
 * Stored candidates stay listed by the key that found them, as the lookup returned them: a
 * corpus with much common text (the import benchmark's) brings tens of thousands of candidate
 * ids per batch at 10,000 articles, and filing each one under its 32 band keys held the main
 * thread for up to 280 ms.
 */
export class NearDuplicateFinder {
  /** Ids of stored articles by band key. */
  private readonly storedByBand = new Map<string, string[]>();
  /** Stored candidates' rows by article id. */
  private readonly stored = new Map<string, SignatureRow>();
  /** Rows stored during this batch, by band key. */
  private readonly batchByBand = new Map<string, SignatureRow[]>();

  /** Runs inside a transaction on the signatures table. */
  static async forBatch(
    signatures: number[][],
    cache = new SignatureCache(),
  ): Promise<NearDuplicateFinder> {
    const finder = new NearDuplicateFinder();
    cache.startBatch();
    const keys = [...new Set(signatures.flatMap(bandKeys))];
    const unknown = keys.filter((key) => !cache.idsWithBand(key));
    // Ids first: a row matching several keys, or read in an earlier batch, is read once.
    const found = await primaryKeysWithAnyKey<string>(db.signatures, 'bands', unknown);
    unknown.forEach((key, n) => cache.learnBand(key, found[n]!));
    const missing = new Set<string>();
    for (const key of keys) {
      const ids = cache.idsWithBand(key)!;
      if (!ids.length) continue;
      // The cache's list also gains this batch's rows as they are stored; find() skips them
      // there, having them from remember().
      finder.storedByBand.set(key, ids);
      for (const id of ids) {
        if (finder.stored.has(id) || missing.has(id)) continue;
        const row = cache.get(id);
        if (row) finder.stored.set(id, row);
        else missing.add(id);
      }
    }
    for (const row of await db.signatures.bulkGet([...missing]))
      if (row) {
        finder.stored.set(row.articleId, row);
        cache.set(row);
      }
    return finder;
  }

  remember(row: SignatureRow): void {
    for (const band of row.bands) {
      const rows = this.batchByBand.get(band);
      if (rows) rows.push(row);
      else this.batchByBand.set(band, [row]);
    }
  }

  find(
    signature: number[],
    threshold = DEFAULT_NEAR_DUPLICATE_THRESHOLD,
  ): { articleId: string; similarity: number } | null {
    let best: { articleId: string; similarity: number } | null = null;
    const seen = new Set<string>();
    const consider = (candidate: SignatureRow | undefined) => {
      if (!candidate || seen.has(candidate.articleId)) return;
      seen.add(candidate.articleId);
      const score = similarity(signature, candidate.signature);
      if (score >= threshold && (!best || score > best.similarity))
        best = { articleId: candidate.articleId, similarity: score };
    };
    for (const band of bandKeys(signature)) {
      for (const id of this.storedByBand.get(band) ?? []) consider(this.stored.get(id));
      for (const candidate of this.batchByBand.get(band) ?? []) consider(candidate);
    }
    return best;
  }
}
