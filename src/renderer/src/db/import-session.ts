/**
 * What one import keeps from batch to batch: the paths and content hashes already stored, the
 * near-duplicate index it has learnt and the people list, each read again once something other
 * than the import writes to its table.
 */
import { db } from './database';
import { KnownArticleKeys } from './known-article-keys';
import { SignatureCache } from './near-duplicates';
import { ImportSpeakers } from './speakers';
import { WriteWatch } from './write-watch';

/** Tables whose writes by others make an import read again what it keeps. */
export const WATCHED_TABLES = ['articles', 'signatures', 'speakers'] as const;

export class ImportSession {
  readonly signatures: SignatureCache;
  readonly speakers = new ImportSpeakers();
  readonly articleKeys: KnownArticleKeys;
  private readonly watch = new WriteWatch(db.name);
  /** Quote rows in the library before this import's first batch, counted inside that batch. */
  private quotesBefore: number | null = null;
  /** Quote rows this import's stored batches added, less the automatic ones they replaced. */
  private quotesAdded = 0;

  /**
   * `expectedArticles`: files the import holds. `signatureRows` (rows kept) and
   * `signaturePageRows` (rows per read of the library's signatures) let tests reach the limits.
   */
  constructor({
    expectedArticles = 0,
    signatureRows,
    signaturePageRows,
  }: { expectedArticles?: number; signatureRows?: number; signaturePageRows?: number } = {}) {
    this.articleKeys = new KnownArticleKeys(expectedArticles);
    this.signatures = new SignatureCache({
      expectedArticles,
      ...(signatureRows ? { limit: signatureRows } : {}),
      ...(signaturePageRows ? { pageRows: signaturePageRows } : {}),
    });
  }

  /** Marks a batch's transaction as this import's own, so its writes are not taken for others'. */
  claim(transaction: IDBTransaction): void {
    this.watch.claim(transaction);
  }

  othersWrites(table: (typeof WATCHED_TABLES)[number]): number {
    return this.watch.othersWrites(table);
  }

  /** Whether the batch being stored should count the library's quotes first. */
  needsQuoteCount(): boolean {
    return this.quotesBefore === null;
  }

  /** After a batch is stored: the count it read (if it read one) and the quote rows it added. */
  storedQuotes(countedBefore: number | null, added: number): void {
    this.quotesBefore ??= countedBefore;
    this.quotesAdded += added;
  }

  /**
   * Quote rows in the library now, as far as this import's writes go (the sidebar shows it
   * instead of counting: IndexedDB counts by walking every row, and counting 150,000 quotes
   * took the database 450 ms, again and again while an import writes). Null before the first
   * batch is stored.
   */
  quotesInLibrary(): number | null {
    return this.quotesBefore === null ? null : this.quotesBefore + this.quotesAdded;
  }

  /** After a batch that was not stored: what it taught may name rows that were never written. */
  forget(): void {
    this.signatures.forget();
    this.speakers.forget();
  }
}
