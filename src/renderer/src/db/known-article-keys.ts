/**
 * Which files and contents the library holds, as far as one import needs to know: the paths
 * stored from the folder being imported, and every article's content hash. Each imported file
 * needs two keyed reads otherwise (is this path stored? is this content?), and for a new folder
 * or an empty library both find nothing; in a traced 3,000-file import they were the last reads
 * made per article. With the keys in memory only the keys that are there are looked up, which
 * for a new folder is none.
 *
 * The keys are read at an import's first batch, and again at the next batch once anything other
 * than the import wrote to the articles table (an article deleted, restored or edited). The
 * import's own writes are added as they are made. A key added for a batch that then failed to
 * store only costs a lookup that finds nothing, so nothing is taken back.
 */
import Dexie from 'dexie';
import { db } from './database';
import { readsWholeLibrary } from './library-read-policy';

export class KnownArticleKeys {
  /** Paths stored from the folder; null until read. */
  private paths: Set<string> | null = null;
  /** Content hashes in the library; null when not read (every hash is then looked up). */
  private hashes: Set<string> | null = null;
  private read = false;
  private othersWrites: number | null = null;

  constructor(private readonly expectedArticles: number) {}

  /**
   * Runs first in each batch's transaction, with the count of writes to the articles table that
   * were not this import's.
   */
  async startBatch(importFolder: string, othersWrites: number): Promise<void> {
    if (this.othersWrites !== null && othersWrites !== this.othersWrites) this.read = false;
    this.othersWrites = othersWrites;
    if (this.read) return;
    this.read = true;
    this.paths = null;
    this.hashes = null;
    const stored = await db.articles.count();
    const folderKeys = (await db.articles
      .where('[importFolder+sourcePath]')
      .between([importFolder, Dexie.minKey], [importFolder, Dexie.maxKey])
      .keys()) as unknown as [string, string][];
    this.paths = new Set(folderKeys.map(([, sourcePath]) => sourcePath));
    if (!readsWholeLibrary(stored, this.expectedArticles)) return;
    const hashes = await db.articles.orderBy('contentHash').uniqueKeys();
    this.hashes = new Set(hashes as string[]);
  }

  /** False when no article from the folder has this path, so there is nothing to look up. */
  mayHavePath(sourcePath: string): boolean {
    return this.paths?.has(sourcePath) ?? true;
  }

  /** False when no article in the library has this content hash. */
  mayHaveHash(contentHash: string): boolean {
    return this.hashes?.has(contentHash) ?? true;
  }

  /** An article row the import is writing. */
  stored(row: { sourcePath: string; contentHash: string }): void {
    this.paths?.add(row.sourcePath);
    this.hashes?.add(row.contentHash);
  }
}
