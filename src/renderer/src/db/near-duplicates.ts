/**
 * Near-duplicate lookup against the whole library: each stored signature is indexed by its LSH
 * band keys, so a batch's candidates come from one indexed query, then are confirmed by
 * estimated similarity.
 */
import { BandKeyFilter } from '../../../shared/import/band-key-filter';
import { DEFAULT_NEAR_DUPLICATE_THRESHOLD } from '../../../shared/import/near-duplicates';
import { db } from './database';
import { primaryKeysWithAnyKey } from './index-lookup';
import { readsWholeLibrary } from './library-read-policy';
import { forEachPage } from './table-pages';
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

export function signatureRow(
  articleId: string,
  signature: number[],
  bands = bandKeys(signature),
): SignatureRow {
  return { articleId, signature, bands };
}

/** Signature rows read per request when the library's band keys are gathered. */
const LIBRARY_PAGE_ROWS = 2_000;

/**
 * What one import has learnt of the library's near-duplicate index, shared by its batches.
 *
 * - Which band keys the library may hold, as a Bloom filter (see BandKeyFilter), built at the
 *   first batch from the library's rows and kept current as the import stores its own. A key it
 *   rules out has no stored article, and is not asked of the database: most articles share no
 *   band with any other, and asking for their 32 keys was a fifth of the CPU an import of 1,500
 *   files into an empty library took.
 * - Signature rows by article id. Band keys are shared by many articles in corpora with a lot
 *   of common text (the benchmark's own: by 3,000 articles each new one shares a band with
 *   about 20 stored ones), so reading every candidate's row for every batch read the same rows
 *   over and over.
 * - The ids carrying each band key already looked up, kept current as the import stores rows:
 *   each key is asked of the database once per import. Asking again for keys that earlier
 *   batches' rows carry (whose answers grow with every batch) took a third of a 3,000-file
 *   import's time. Keys that first appear in the import's own rows are never asked: the import
 *   has every row that carries them.
 *
 * A signature changes only when import updates a changed file, which calls `set`. Writes to the
 * signatures table by anything else (an article deleted or restored) make the cache start over
 * and ask the database for every key from then on.
 */
export class SignatureCache {
  private readonly rows = new Map<string, SignatureRow>();
  private readonly idsByBand = new Map<string, string[]>();
  /** Null until the first batch, and for good once the library changed outside the import. */
  private filter: BandKeyFilter | null = null;
  private filterDecided = false;
  private othersWrites: number | null = null;
  private readonly expectedArticles: number;
  private readonly limit: number;
  private readonly bandLimit: number;
  private readonly pageRows: number;

  /**
   * `expectedArticles`: files the import holds. At most `limit` rows (about 1.5 MB per 1,000)
   * and `bandLimit` looked-up band keys (about 8 MB per 100,000) are kept; past either, that
   * part starts over.
   */
  constructor({
    expectedArticles = 0,
    limit = 50_000,
    bandLimit = 400_000,
    pageRows = LIBRARY_PAGE_ROWS,
  }: { expectedArticles?: number; limit?: number; bandLimit?: number; pageRows?: number } = {}) {
    this.expectedArticles = expectedArticles;
    this.pageRows = pageRows;
    this.limit = limit;
    this.bandLimit = bandLimit;
  }

  get(articleId: string): SignatureRow | undefined {
    return this.rows.get(articleId);
  }

  set(row: SignatureRow): void {
    if (this.rows.size >= this.limit) this.rows.clear();
    this.rows.set(row.articleId, row);
    for (const band of row.bands) {
      const ids = this.idsByBand.get(band);
      if (ids) {
        if (!ids.includes(row.articleId)) ids.push(row.articleId);
      } else if (this.filter && !this.filter.mightHave(band)) {
        // No stored row carries this key, nor any row this import wrote or tried to: from now
        // on, the rows passed here are every row that does, and the key is never asked for.
        // (Forgetting or starting over drops the list; the filter then sends the key to the
        // database again.)
        this.idsByBand.set(band, [row.articleId]);
      }
      this.filter?.add(band);
    }
  }

  delete(articleId: string): void {
    this.rows.delete(articleId);
  }

  /** Ids carrying `band`, or undefined when it has not been looked up in this import. */
  idsWithBand(band: string): string[] | undefined {
    return this.idsByBand.get(band);
  }

  /** False when no stored article can carry `band`, so there is nothing to look up. */
  mayBeStored(band: string): boolean {
    return this.filter?.mightHave(band) ?? true;
  }

  /** Takes `ids` as its own list (a lookup's fresh answer), which later `set` calls extend. */
  learnBand(band: string, ids: string[]): void {
    this.idsByBand.set(band, ids);
  }

  /**
   * Called first in each batch's transaction, with the count of writes to the signatures table
   * that were not this import's: starts over when the library changed outside the import, or
   * when full; gathers the library's band keys at the first batch.
   */
  async startBatch(othersWrites: number): Promise<void> {
    if (this.othersWrites !== null && othersWrites !== this.othersWrites) {
      this.forget();
      // A restored article brings back keys the filter never saw.
      this.filter = null;
    }
    this.othersWrites = othersWrites;
    if (this.idsByBand.size >= this.bandLimit) this.idsByBand.clear();
    if (this.filterDecided) return;
    this.filterDecided = true;
    const stored = await db.signatures.count();
    if (!readsWholeLibrary(stored, this.expectedArticles)) return;
    const filter = new BandKeyFilter((stored + this.expectedArticles) * BANDS);
    await forEachPage(
      db.signatures,
      this.pageRows,
      (row) => row.articleId,
      (page) => {
        for (const row of page) for (const band of row.bands) filter.add(band);
      },
    );
    this.filter = filter;
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
  /** The batch's signatures' band keys, made once each for the lookup, `find` and the stored row. */
  private readonly bandsBySignature = new Map<number[], string[]>();

  /** Runs inside a transaction on the signatures table, after `cache.startBatch`. */
  static async forBatch(
    signatures: number[][],
    cache = new SignatureCache(),
  ): Promise<NearDuplicateFinder> {
    const finder = new NearDuplicateFinder();
    const keys = [
      ...new Set(signatures.flatMap((signature) => finder.bandKeysOf(signature))),
    ].filter((key) => cache.mayBeStored(key));
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

  /** The signature's band keys (remembered for the batch's own signatures). */
  bandKeysOf(signature: number[]): string[] {
    let bands = this.bandsBySignature.get(signature);
    if (!bands) {
      bands = bandKeys(signature);
      this.bandsBySignature.set(signature, bands);
    }
    return bands;
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
    for (const band of this.bandKeysOf(signature)) {
      for (const id of this.storedByBand.get(band) ?? []) consider(this.stored.get(id));
      for (const candidate of this.batchByBand.get(band) ?? []) consider(candidate);
    }
    return best;
  }
}
