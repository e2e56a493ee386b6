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

export class ImportSession {
  readonly signatures: SignatureCache;
  readonly speakers = new ImportSpeakers();
  readonly articleKeys: KnownArticleKeys;
  private readonly watch = new WriteWatch(db.name);

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

  othersWrites(table: 'articles' | 'signatures' | 'speakers'): number {
    return this.watch.othersWrites(table);
  }

  /** After a batch that was not stored: what it taught may name rows that were never written. */
  forget(): void {
    this.signatures.forget();
    this.speakers.forget();
  }
}
