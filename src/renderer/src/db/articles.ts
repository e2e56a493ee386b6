/**
 * Storing import results: one transaction per batch, so a failed batch leaves nothing half-written.
 * New files are added, unchanged ones skipped, changed ones updated in place (keeping the user's
 * corrections and annotations), and copies are kept but marked as duplicates of what they copy.
 */
import Dexie from 'dexie';
import { anchorTextTarget } from '../../../shared/annotations/text-quote';
import type { ImportFileReport, ParsedArticle } from '../../../shared/domain';
import { db } from './database';
import { rowsWithAnyKey } from './index-lookup';
import { mergeCorrections } from './metadata';
import { ImportSession } from './import-session';
import type { KnownArticleKeys } from './known-article-keys';
import { NearDuplicateFinder, type SignatureCache, signatureRow } from './near-duplicates';
import { quoteRowsFor } from './quotes';
import type { ArticleRow, BodyRow, QuoteRow, SignatureRow } from './schema';
import type { SpeakerIndex } from './speakers';

function toArticleRow(
  article: ParsedArticle,
  importFolder: string,
  duplicate: { id: string; similarity: number } | null,
): ArticleRow {
  const { metadata } = article;
  return {
    id: crypto.randomUUID(),
    title: metadata.title.value,
    outlet: metadata.outlet.value,
    published: metadata.published.value,
    author: metadata.author.value,
    url: metadata.url.value,
    language: metadata.language.value,
    wordCount: article.wordCount,
    kind: article.kind,
    format: article.format,
    sourcePath: article.sourcePath,
    importFolder,
    contentHash: article.contentHash,
    importedAt: Date.now(),
    duplicateOf: duplicate?.id ?? null,
    duplicateSimilarity: duplicate?.similarity ?? null,
    metadata,
    aggregator: article.aggregator,
  };
}

interface BatchContext {
  importFolder: string;
  articleKeys: KnownArticleKeys;
  speakers: SpeakerIndex;
  duplicates: NearDuplicateFinder;
  signatures: SignatureCache;
  /** Articles by content hash: the library's and those stored earlier in this batch. */
  byHash: Map<string, ArticleRow>;
  newArticles: ArticleRow[];
  newById: Map<string, ArticleRow>;
  newBodies: BodyRow[];
  newQuotes: QuoteRow[];
  newSignatures: SignatureRow[];
  /** Quote rows this batch adds, less the automatic ones it deletes. */
  quotesAdded: number;
}

function insertNew(
  report: ImportFileReport,
  article: ParsedArticle,
  context: BatchContext,
): ImportFileReport {
  const exact = context.byHash.get(article.contentHash);
  const near = exact || !article.signature ? null : context.duplicates.find(article.signature);
  const original = exact ?? (near ? (context.newById.get(near.articleId) ?? null) : null);
  const duplicate = exact
    ? { id: exact.id, similarity: 1 }
    : near
      ? { id: near.articleId, similarity: near.similarity }
      : null;
  const row = toArticleRow(article, context.importFolder, duplicate);
  context.articleKeys.stored(row);
  context.newArticles.push(row);
  context.newById.set(row.id, row);
  context.byHash.set(article.contentHash, context.byHash.get(article.contentHash) ?? row);
  context.newBodies.push({
    articleId: row.id,
    body: article.body,
    original: article.original,
    bodyMap: article.bodyMap,
  });
  const quotes = quoteRowsFor(row.id, article.quotes ?? [], context.speakers);
  context.newQuotes.push(...quotes);
  context.quotesAdded += quotes.length;
  if (article.signature?.length) {
    const bands = context.duplicates.bandKeysOf(article.signature);
    const signature = signatureRow(row.id, article.signature, bands);
    context.newSignatures.push(signature);
    context.duplicates.remember(signature);
    context.signatures.set(signature);
  }
  if (!duplicate) return { ...report, article: null };
  return {
    ...report,
    status: 'duplicate',
    reason: exact
      ? 'same content as a file already in the library'
      : `near-duplicate (${Math.round(duplicate.similarity * 100)}% the same text)`,
    // Filled in after the batch when the original is in the library rather than in this batch.
    duplicateOf: original?.sourcePath ?? duplicate.id,
    article: null,
  };
}

/** A file imported before whose content changed: update it in place, re-anchoring what hangs on it. */
async function updateChanged(
  report: ImportFileReport,
  article: ParsedArticle,
  previous: ArticleRow,
  context: BatchContext,
): Promise<ImportFileReport> {
  const fresh = toArticleRow(article, context.importFolder, null);
  const metadata = mergeCorrections(article.metadata, previous.metadata);
  context.articleKeys.stored(fresh);
  await db.articles.put({
    ...fresh,
    id: previous.id,
    storyId: previous.storyId ?? null,
    storyPinned: previous.storyPinned ?? false,
    tagIds: previous.tagIds ?? [],
    metadata,
    title: metadata.title.value,
    outlet: metadata.outlet.value,
    published: metadata.published.value,
    author: metadata.author.value,
    url: metadata.url.value,
    language: metadata.language.value,
  });
  await db.bodies.put({
    articleId: previous.id,
    body: article.body,
    original: article.original,
    bodyMap: article.bodyMap,
  });
  // Automatic quotes are found again; quotes the user added are moved to where their text now is.
  const oldQuotes = await db.quotes.where('articleId').equals(previous.id).toArray();
  const replaced = oldQuotes.filter((q) => q.origin === 'auto').map((q) => q.id);
  await db.quotes.bulkDelete(replaced);
  for (const manual of oldQuotes.filter((q) => q.origin === 'manual')) {
    const at = article.body.indexOf(manual.text);
    await db.quotes.update(
      manual.id,
      at >= 0 ? { start: at, end: at + manual.text.length } : { review: 'pending' },
    );
  }
  const found = quoteRowsFor(previous.id, article.quotes ?? [], context.speakers);
  await db.quotes.bulkAdd(found);
  context.quotesAdded += found.length - replaced.length;
  await db.signatures.delete(previous.id);
  context.signatures.delete(previous.id);
  if (article.signature?.length) {
    const signature = signatureRow(previous.id, article.signature);
    await db.signatures.put(signature);
    context.signatures.set(signature);
  }
  const annotations = await db.highlights.where('articleId').equals(previous.id).toArray();
  const lost = annotations.filter((a) => !anchorTextTarget(article.body, a.target)).length;
  const kept = annotations.length - lost;
  return {
    ...report,
    reason:
      annotations.length === 0
        ? 'changed since the last import; updated'
        : `changed since the last import; ${kept} annotation(s) found again` +
          (lost ? `, ${lost} no longer in the text and flagged in the reader` : ''),
    article: null,
  };
}

/**
 * Time for building a slice of rows and handing them to IndexedDB (which serializes each row on
 * the calling thread, the larger part) before the next wait. The app stores imports in a worker
 * (import-store.worker.ts), where a wait lets the worker take the next parsed files; on a page
 * (as in tests) it lets the browser paint.
 */
const SLICE_MS = 16;
const ROWS_PER_WRITE = 64;
/** Dexie tracks each key of a write of fewer rows than this (for live queries); of more, not. */
const UNTRACKED_WRITE_ROWS = 50;

/**
 * Rows in slices as even as can be, of at most ROWS_PER_WRITE where that leaves every slice at
 * UNTRACKED_WRITE_ROWS or more (160 rows: 54, 53, 53), and otherwise fewer, larger slices (132
 * rows: 66, 66, not 44 each). A slice under that size makes Dexie track each of its keys: 132
 * articles' signatures made 4,000 band keys, merged into every live query's set at each commit.
 */
function evenSlices<Row>(rows: Row[]): Row[][] {
  if (rows.length === 0) return [];
  const count = Math.max(
    1,
    Math.min(
      Math.ceil(rows.length / ROWS_PER_WRITE),
      Math.floor(rows.length / UNTRACKED_WRITE_ROWS),
    ),
  );
  return Array.from({ length: count }, (_, n) =>
    rows.slice(Math.round((n * rows.length) / count), Math.round(((n + 1) * rows.length) / count)),
  );
}

/**
 * Stores a batch in one transaction: lookups for the whole batch first (every key requested at
 * once), then rows built and written slice by slice. Each slice's writes are in flight while the
 * next slice is built, and waiting on them yields the thread, so a large batch neither leaves
 * the database idle nor holds its thread for long.
 */
export async function storeImportedArticles(
  reports: ImportFileReport[],
  importFolder: string,
  {
    sliceMs = SLICE_MS,
    session = new ImportSession(),
  }: {
    sliceMs?: number;
    /** What earlier batches of the same import read and learnt. */
    session?: ImportSession;
  } = {},
): Promise<ImportFileReport[]> {
  const tables = [db.articles, db.bodies, db.quotes, db.speakers, db.signatures, db.highlights];
  const { signatures } = session;
  const stored = db.transaction('rw', tables, async () => {
    session.claim(Dexie.currentTransaction!.idbtrans);
    const articles = reports.flatMap((r) =>
      r.article && (r.status === 'imported' || r.status === 'duplicate') ? [r.article] : [],
    );
    const { articleKeys } = session;
    const [[previousRows, sameHash], speakers, duplicates, quotesBefore] = await Promise.all([
      // Only paths and contents the library may hold are looked up: for a new folder, none.
      articleKeys.startBatch(importFolder, session.othersWrites('articles')).then(() =>
        Promise.all([
          rowsWithAnyKey<ArticleRow>(
            db.articles,
            '[importFolder+sourcePath]',
            articles
              .filter((a) => articleKeys.mayHavePath(a.sourcePath))
              .map((a) => [importFolder, a.sourcePath]),
          ),
          rowsWithAnyKey<ArticleRow>(db.articles, 'contentHash', [
            ...new Set(
              articles.map((a) => a.contentHash).filter((hash) => articleKeys.mayHaveHash(hash)),
            ),
          ]),
        ]),
      ),
      session.speakers.forBatch(session.othersWrites('speakers')),
      signatures.startBatch(session.othersWrites('signatures')).then(() =>
        NearDuplicateFinder.forBatch(
          articles.flatMap((a) => (a.signature?.length ? [a.signature] : [])),
          signatures,
        ),
      ),
      // Once per import, before its first rows: the sidebar adds the import's quotes to it.
      session.needsQuoteCount() ? db.quotes.count() : null,
    ]);
    const previousByPath = new Map(previousRows.flat().map((a) => [a.sourcePath, a]));
    const context: BatchContext = {
      importFolder,
      articleKeys,
      speakers,
      duplicates,
      signatures,
      byHash: new Map(sameHash.flat().map((a) => [a.contentHash, a])),
      newArticles: [],
      newById: new Map(),
      newBodies: [],
      newQuotes: [],
      newSignatures: [],
      quotesAdded: 0,
    };
    // Bodies and quotes (most of the bytes and rows) are written chunk by chunk; article and
    // signature rows at the end, in a few large requests: Dexie tracks every key and index
    // entry of a write of fewer than 50 rows for live queries, which for 8 articles' rows
    // (10 indexes, 32 band keys each) cost more than writing them.
    const written = { bodies: 0, quotes: 0 };
    /**
     * Hands the rows built so far to IndexedDB, a table at a time once it has enough of them:
     * Dexie tracks every key and index entry of a smaller write for live queries, and merging
     * those keys when the transaction commits took 100-150 ms per batch. `final` writes the rest.
     */
    const writeBuilt = (final = false): { done: Promise<unknown>; settled: boolean } => {
      const writes: Promise<unknown>[] = [];
      if (final || context.newBodies.length - written.bodies >= UNTRACKED_WRITE_ROWS) {
        writes.push(db.bodies.bulkAdd(context.newBodies.slice(written.bodies)));
        written.bodies = context.newBodies.length;
      }
      if (final || context.newQuotes.length - written.quotes >= UNTRACKED_WRITE_ROWS) {
        writes.push(db.quotes.bulkAdd(context.newQuotes.slice(written.quotes)));
        written.quotes = context.newQuotes.length;
      }
      const chunk = { done: Promise.all(writes), settled: false };
      const settle = () => {
        chunk.settled = true;
      };
      // Awaited below; the rejection handler also keeps a failure from being reported as unhandled.
      chunk.done.then(settle, settle);
      return chunk;
    };
    let writing = { done: Promise.resolve() as Promise<unknown>, settled: true };
    let sliceStart = performance.now();
    // Milliseconds to hand one row to IndexedDB, learnt from each slice: the slice ends when
    // building so far plus handing over what was built would fill its time.
    let msPerRow = 0.05;
    const unwritten = () =>
      context.newBodies.length - written.bodies + context.newQuotes.length - written.quotes;
    const out: ImportFileReport[] = [];
    for (const report of reports) {
      const article = report.article;
      if (!article || (report.status !== 'imported' && report.status !== 'duplicate')) {
        out.push(report);
        continue;
      }
      const previous = previousByPath.get(article.sourcePath);
      if (previous?.contentHash === article.contentHash) {
        out.push({
          ...report,
          status: 'skipped',
          reason: 'unchanged since the last import',
          duplicateOf: null,
          article: null,
        });
      } else if (previous) {
        out.push(await updateChanged(report, article, previous, context));
      } else {
        out.push(insertNew(report, article, context));
      }
      const rows = unwritten();
      if (performance.now() - sliceStart + rows * msPerRow >= sliceMs) {
        const before = writing;
        const handing = performance.now();
        const handedBefore = written.bodies + written.quotes;
        writing = writeBuilt();
        const handed = written.bodies + written.quotes - handedBefore;
        if (handed) msPerRow = (msPerRow + (performance.now() - handing) / handed) / 2;
        // The database writes this slice while the next is built. Waiting on a write (a request
        // answered in a later task) is what yields the thread inside the transaction: wait
        // on the slice before, or on this one if the one before is already written.
        await (before.settled ? writing.done : before.done);
        sliceStart = performance.now();
      }
    }
    await writing.done;
    await writeBuilt(true).done;
    // Article and signature rows a slice at a time, each awaited so the thread is yielded:
    // handing 160 article rows (with their metadata) and their signatures to IndexedDB at once
    // held the main thread for 100-300 ms. Slices stay above the 50 rows below which Dexie
    // tracks every key for live queries.
    for (const slice of evenSlices(context.newArticles)) await db.articles.bulkAdd(slice);
    for (const slice of evenSlices(context.newSignatures)) await db.signatures.bulkAdd(slice);
    await db.speakers.bulkPut([...context.speakers.touched.values()]);
    // A near-duplicate of an article already in the library names it by its file.
    const inBatch = new Set(reports.map((r) => r.file));
    const pending = out.filter(
      (r) => r.status === 'duplicate' && r.duplicateOf && !inBatch.has(r.duplicateOf),
    );
    const originals = new Map(
      (await db.articles.bulkGet(pending.map((r) => r.duplicateOf!))).flatMap((a) =>
        a ? [[a.id, a.sourcePath] as const] : [],
      ),
    );
    return {
      reports: out.map((r) =>
        r.duplicateOf && originals.has(r.duplicateOf)
          ? { ...r, duplicateOf: originals.get(r.duplicateOf)! }
          : r,
      ),
      quotesBefore,
      quotesAdded: context.quotesAdded,
    };
  });
  // A batch not stored must not leave its rows in the caches as if they were in the library.
  stored.catch(() => session.forget());
  const { reports: out, quotesBefore, quotesAdded } = await stored;
  session.storedQuotes(quotesBefore, quotesAdded);
  return out;
}

/** Everything stored for one article, so a deletion can be undone exactly. */
export interface ArticleSnapshot {
  tables: Record<
    'articles' | 'bodies' | 'quotes' | 'signatures' | 'highlights' | 'briefingItems',
    unknown[]
  >;
}

const ARTICLE_TABLES = [
  'articles',
  'bodies',
  'quotes',
  'signatures',
  'highlights',
  'briefingItems',
] as const;

export async function deleteArticle(id: string): Promise<ArticleSnapshot> {
  return db.transaction(
    'rw',
    ARTICLE_TABLES.map((name) => db.table(name)),
    async () => {
      const highlights = await db.highlights.where('articleId').equals(id).toArray();
      // Items showing the article's passages, and items citing the article itself.
      const briefingItems = [
        ...(await db.briefingItems
          .where('highlightId')
          .anyOf(highlights.map((h) => h.id))
          .toArray()),
        ...(await db.briefingItems.where('articleId').equals(id).toArray()),
      ];
      const snapshot: ArticleSnapshot = {
        tables: {
          articles: [await db.articles.get(id)].filter(Boolean),
          bodies: [await db.bodies.get(id)].filter(Boolean),
          quotes: await db.quotes.where('articleId').equals(id).toArray(),
          signatures: [await db.signatures.get(id)].filter(Boolean),
          highlights,
          briefingItems,
        },
      };
      await db.briefingItems.bulkDelete(briefingItems.map((i) => i.id));
      await db.highlights.bulkDelete(highlights.map((h) => h.id));
      await db.quotes.where('articleId').equals(id).delete();
      await db.signatures.delete(id);
      await db.bodies.delete(id);
      await db.articles.delete(id);
      return snapshot;
    },
  );
}

export async function restoreArticle(snapshot: ArticleSnapshot): Promise<void> {
  await db.transaction(
    'rw',
    ARTICLE_TABLES.map((name) => db.table(name)),
    async () => {
      for (const name of ARTICLE_TABLES) await db.table(name).bulkPut(snapshot.tables[name]);
    },
  );
}

/** The user says an article flagged as a duplicate is its own article after all. */
export async function markNotDuplicate(id: string): Promise<void> {
  await db.articles.update(id, { duplicateOf: null, duplicateSimilarity: null });
}
