/**
 * The library's catalog: every article's id in import order (read at once from an index, so the
 * table can open with 100,000 rows in well under a second) and the light rows behind them, read in
 * the background in small chunks so no frame waits on them. The rows the user is looking at are
 * read first. Writes anywhere in the app reach the catalog through Dexie's `storagemutated`
 * event: a few changed articles are re-read one by one, a batch of new articles is read on its own,
 * and any other bulk write re-reads the whole catalog in the background while the old rows stay
 * on screen.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { ParallaxDatabase } from '../../../db/database';
import { writesTo } from '../../../db/write-watch';
import { readCatalogOrder, readRowsSince } from './catalog-reads';
import { changedKeys } from './changed-keys';
import { toCatalogRow, type CatalogRow } from './catalog-row';
import type { CatalogReader } from './worker-reader';

export interface CatalogOptions {
  /** Rows read per background step; each step is one short task on the main thread. */
  chunkSize?: number;
  /** Lets the page paint between steps. */
  pause?: () => Promise<void>;
  /** Rows read with the first screenful of ids, before the whole order. */
  headRows?: number;
  /** How rows and the order are read; the app passes a worker, tests read IndexedDB here. */
  reader?: Partial<CatalogReader>;
  /** Quiet time after a bulk write before every row is re-read (an import writes in bursts). */
  rescanDelayMs?: number;
  /**
   * Quiet time after a batch of new articles before the whole order is read again, to be sure
   * none was missed: longer than an import's pause between batches.
   */
  orderCheckDelayMs?: number;
  /** Background reading waits until the rows on screen have not changed for this long. */
  quietMs?: number;
  /** The clock `quietMs` is measured on (tests pass their own). */
  now?: () => number;
}

/** Rows whose ids are read before the whole order: more than any screen shows. */
const HEAD_ROWS = 200;

/**
 * How long the user must stop scrolling before background reading resumes. Each chunk read
 * allocates hundreds of rows: while the user scrolls, that work and the garbage collection it
 * brings landed in scroll frames. Rows on screen are still read at once.
 */
const QUIET_MS = 200;

/** Ids handled per step when the whole order is read. */
const ORDER_SLICE = 10_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class LibraryCatalog {
  /** Article ids, oldest import first. Replaced (never mutated) when it changes. */
  order: readonly string[] = [];
  readonly rows = new Map<string, CatalogRow>();
  /** Bumped on every change, so views know to render again. */
  version = 0;
  /** True once the first screenful of ids is known. */
  started = false;
  /** True once `order` holds every article, not just the first screenful. */
  orderComplete = false;
  private counted: number | null = null;

  private readonly chunkSize: number;
  private readonly headRows: number;
  private readonly read: CatalogReader['readRows'];
  private readonly readIds: CatalogReader['readOrder'];
  private readonly readSince: CatalogReader['readSince'];
  /** When the newest article in `order` was imported; null while unknown. */
  private newest: number | null = null;
  /** Order reads, one at a time, so an older read never lands after a newer one. */
  private orderReads: Promise<unknown> = Promise.resolve();
  private readonly pause: () => Promise<void>;
  private readonly listeners = new Set<() => void>();
  /** Ids whose row must be (re-)read; rows stay shown until their fresh copy arrives. */
  private stale = new Set<string>();
  private wanted: string[] = [];
  private filling = false;
  private orderSet = new Set<string>();
  private rescanTimer: ReturnType<typeof setTimeout> | null = null;
  private orderCheckTimer: ReturnType<typeof setTimeout> | null = null;
  /** True from when an order check is planned until it has read the order. */
  private orderCheckPending = false;
  private readonly orderCheckDelayMs: number;
  private readonly rescanDelayMs: number;
  private disposed = false;
  private readonly quietMs: number;
  private readonly now: () => number;
  private lastWantAt = -Infinity;
  /** Ends the background wait early: rows came on screen that must be read. */
  private wake: (() => void) | null = null;
  private startPromise: Promise<void> | null = null;
  /** This page's write counts on the articles table when last looked at (see resync). */
  private writesSeen = 0;
  private modifyingAtRescan = 0;

  constructor(
    private readonly db: ParallaxDatabase,
    options: CatalogOptions = {},
  ) {
    this.chunkSize = options.chunkSize ?? 500;
    this.headRows = options.headRows ?? HEAD_ROWS;
    this.read =
      options.reader?.readRows ??
      (async (ids) => (await db.articles.bulkGet(ids)).map((a) => a && toCatalogRow(a)));
    this.readIds = options.reader?.readOrder ?? (() => readCatalogOrder(db));
    this.readSince = options.reader?.readSince ?? ((importedAt) => readRowsSince(db, importedAt));
    this.pause = options.pause ?? nextTask;
    this.rescanDelayMs = options.rescanDelayMs ?? 1000;
    this.orderCheckDelayMs = options.orderCheckDelayMs ?? 5000;
    this.quietMs = options.quietMs ?? QUIET_MS;
    this.now = options.now ?? (() => performance.now());
    this.onStorageMutated = this.onStorageMutated.bind(this);
  }

  /** Reads the order and starts filling rows; safe to call more than once. */
  start(): Promise<void> {
    this.startPromise ??= (async () => {
      Dexie.on('storagemutated', this.onStorageMutated);
      // Rows are read after this, so they hold every write made so far.
      ({ all: this.writesSeen, modifying: this.modifyingAtRescan } = writesTo(
        this.db.name,
        'articles',
      ));
      // The first screenful is read here in one go, so the table shows rows at once (before the
      // worker has even started); the whole order (seconds at 100,000 articles on a busy
      // machine) follows.
      const head = await this.db.articles.orderBy('importedAt').limit(this.headRows).toArray();
      this.order = head.map((article) => article.id);
      this.orderSet = new Set(this.order);
      for (const article of head) this.rows.set(article.id, toCatalogRow(article));
      this.orderComplete = head.length < this.headRows;
      if (this.orderComplete) this.newest = head.at(-1)?.importedAt ?? null;
      this.started = true;
      this.changed();
      void this.fill();
      if (this.orderComplete) return;
      void this.db.articles.count().then((count) => {
        this.counted = count;
        this.changed();
      });
      await this.readOrder();
      this.orderComplete = true;
      this.changed();
      void this.fill();
    })();
    return this.startPromise;
  }

  dispose(): void {
    this.disposed = true;
    if (this.rescanTimer) clearTimeout(this.rescanTimer);
    if (this.orderCheckTimer) clearTimeout(this.orderCheckTimer);
    Dexie.on.storagemutated.unsubscribe(this.onStorageMutated);
    this.listeners.clear();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** How many articles the library holds (known before the whole order is). */
  get total(): number {
    return this.orderComplete ? this.order.length : Math.max(this.order.length, this.counted ?? 0);
  }

  /** True when every article's row has been read at least once. */
  get complete(): boolean {
    return this.orderComplete && this.rows.size === this.order.length;
  }

  /** Share of rows read, 0–1, for a progress note. */
  get progress(): number {
    return this.total === 0 ? 1 : this.rows.size / this.total;
  }

  /** Asks for these rows before the rest: they are on screen. */
  want(ids: readonly string[]): void {
    // Called whenever the rows on screen change, so it also says the user is scrolling.
    this.lastWantAt = this.now();
    const missing = ids.filter((id) => !this.rows.has(id));
    if (missing.length === 0) return;
    this.wanted.push(...missing);
    this.wake?.();
    void this.fill();
  }

  /** Resolves when every row is read and up to date (for tests and callers that must wait). */
  async whenComplete(): Promise<void> {
    await this.start();
    while (
      !this.complete ||
      this.filling ||
      this.stale.size > 0 ||
      this.rescanTimer ||
      this.orderCheckPending
    ) {
      await new Promise<void>((resolve) => setTimeout(resolve, 5));
    }
  }

  private changed(): void {
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Reads the whole order and brings rows and stale marks in line with it, in slices with a
   * pause between them: at 100,000 ids one pass would be a long task just as the user scrolls.
   */
  private readOrder(): Promise<boolean> {
    return this.oneAtATime(() => this.readWholeOrder());
  }

  private oneAtATime<T>(read: () => Promise<T>): Promise<T> {
    const result = this.orderReads.then(read);
    this.orderReads = result.catch(() => undefined);
    return result;
  }

  private async readWholeOrder(): Promise<boolean> {
    const { ids, newest } = await this.readIds();
    this.newest = newest;
    const known = new Set<string>();
    for (let start = 0; start < ids.length; start += ORDER_SLICE) {
      const end = Math.min(ids.length, start + ORDER_SLICE);
      for (let i = start; i < end; i++) known.add(ids[i]!);
      if (end < ids.length) await this.pause();
    }
    let removed = false;
    for (const id of [...this.rows.keys()]) {
      if (!known.has(id)) {
        this.rows.delete(id);
        this.stale.delete(id);
        removed = true;
      }
    }
    const same = ids.length === this.order.length && ids.every((id, i) => id === this.order[i]);
    if (!same) {
      this.order = ids;
      this.orderSet = known;
    }
    for (let start = 0; start < ids.length; start += ORDER_SLICE) {
      const end = Math.min(ids.length, start + ORDER_SLICE);
      for (let i = start; i < end; i++) if (!this.rows.has(ids[i]!)) this.stale.add(ids[i]!);
      if (end < ids.length) await this.pause();
    }
    return !same || removed;
  }

  /**
   * Only adds were made since the order was read: the articles imported since the newest one
   * known are added at its end, rows and all, without reading the whole order again (100,000
   * ids after every batch of an import into a large library).
   */
  private appendNewer(): Promise<boolean> {
    return this.oneAtATime(async () => {
      if (this.newest === null) return this.readWholeOrder();
      const rows = await this.readSince(this.newest);
      const added: string[] = [];
      for (const row of rows) {
        this.newest = Math.max(this.newest, row.importedAt);
        // Articles imported in the same millisecond as the newest known come again.
        if (this.orderSet.has(row.id)) continue;
        added.push(row.id);
        this.orderSet.add(row.id);
        this.rows.set(row.id, row);
      }
      if (added.length) this.order = [...this.order, ...added];
      return added.length > 0;
    });
  }

  /**
   * Once writes have stopped for a while, the whole order is read once more: an article added
   * with an older import time than the newest known (the clock set back) is not among those
   * appendNewer finds.
   */
  private checkOrderLater(): void {
    if (this.orderCheckTimer) clearTimeout(this.orderCheckTimer);
    this.orderCheckPending = true;
    this.orderCheckTimer = setTimeout(() => {
      this.orderCheckTimer = null;
      if (this.disposed) return;
      void this.readOrder()
        .then((changed) => {
          if (!changed || this.disposed) return;
          this.changed();
          void this.fill();
        })
        .finally(() => {
          this.orderCheckPending = this.orderCheckTimer !== null;
        });
    }, this.orderCheckDelayMs);
  }

  /** Every row is read again (after a bulk write), while the old copies stay on screen. */
  private markAllStale(): void {
    for (const id of this.order) this.stale.add(id);
  }

  /** Reads stale rows, wanted ones first, one chunk per task until none is left. */
  private async fill(): Promise<void> {
    if (this.filling) return;
    this.filling = true;
    try {
      let notifiedAt = 0;
      while (!this.disposed && this.stale.size > 0) {
        if (this.wanted.length === 0) await this.untilQuiet();
        if (this.disposed) break;
        const onScreen = this.wanted.length > 0;
        const batch = this.nextBatch();
        if (batch.length === 0) break;
        await this.readRows(batch);
        // Rows on screen show at once; background progress re-renders a few times a second.
        const now = Date.now();
        if (onScreen || this.stale.size === 0 || now - notifiedAt > 250) {
          notifiedAt = now;
          this.changed();
        }
        await this.pause();
      }
    } finally {
      this.filling = false;
    }
    // A want() that arrived while the last chunk was being read.
    if (!this.disposed && this.stale.size > 0 && this.wanted.length > 0) void this.fill();
  }

  /** Waits while the user scrolls; rows coming on screen end the wait at once. */
  private async untilQuiet(): Promise<void> {
    for (;;) {
      const left = this.lastWantAt + this.quietMs - this.now();
      if (left <= 0 || this.wanted.length > 0 || this.disposed) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.wake = null;
          resolve();
        };
        const timer = setTimeout(done, left);
        this.wake = done;
      });
    }
  }

  private nextBatch(): string[] {
    const batch: string[] = [];
    while (this.wanted.length && batch.length < this.chunkSize) {
      const id = this.wanted.shift()!;
      if (this.stale.has(id)) batch.push(id);
    }
    if (batch.length === 0) {
      for (const id of this.stale) {
        batch.push(id);
        if (batch.length >= this.chunkSize) break;
      }
    }
    return batch;
  }

  private async readRows(ids: string[]): Promise<void> {
    const rows = await this.read(ids);
    rows.forEach((row, i) => {
      const id = ids[i]!;
      this.stale.delete(id);
      // A row deleted (or not yet in the order) while it was being read is left out.
      if (row && this.orderSet.has(id)) this.rows.set(id, row);
      else this.rows.delete(id);
    });
  }

  private onStorageMutated(parts: ObservabilitySet): void {
    if (this.disposed || !this.started) return;
    const change = changedKeys(parts, this.db.name, 'articles');
    if (change.kind === 'none') return;
    const writes = writesTo(this.db.name, 'articles');
    // No write counted here since the last change seen: it came from a worker or another window,
    // whose writes this page does not count, so it may have changed anything.
    const madeHere = writes.all !== this.writesSeen;
    this.writesSeen = writes.all;
    if (change.kind === 'keys') void this.patch(change.keys);
    else void this.resync(madeHere && writes.modifying === this.modifyingAtRescan);
  }

  /** A few articles changed: re-read just them (and the order, if one came or went). */
  private async patch(ids: string[]): Promise<void> {
    const articles = await this.db.articles.bulkGet(ids);
    const cameOrWent = articles.some((a, i) => !a !== !this.orderSet.has(ids[i]!));
    if (cameOrWent) await this.readOrder();
    await this.readRows(ids);
    this.changed();
  }

  /**
   * A bulk write (an import batch, a regrouping, a bulk action): new and deleted articles show at
   * once. Every row is re-read once the writes have stopped for a moment, so an import into a big
   * library does not re-read it after every batch; and only when rows already there may have
   * changed (`onlyAdded` false): an import batch only adds, and re-reading the whole library
   * each time an import paused for a second read each row three times over during a 3,000-file
   * import.
   */
  private async resync(onlyAdded: boolean): Promise<void> {
    const appending = onlyAdded && this.orderComplete;
    const changed = appending ? await this.appendNewer() : await this.readOrder();
    if (changed) this.changed();
    void this.fill();
    if (appending) this.checkOrderLater();
    if (onlyAdded && !this.rescanTimer) return;
    if (this.rescanTimer) clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => {
      this.rescanTimer = null;
      if (this.disposed) return;
      // The rows read from here on are created after every write counted so far, so see them.
      this.modifyingAtRescan = writesTo(this.db.name, 'articles').modifying;
      this.markAllStale();
      this.changed();
      void this.fill();
    }, this.rescanDelayMs);
  }
}
