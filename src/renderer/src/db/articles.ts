/**
 * Storing import results: one transaction per batch, so a failed batch leaves nothing half-written.
 * New files are added, unchanged ones skipped, changed ones updated in place (keeping the user's
 * corrections and annotations), and copies are kept but marked as duplicates of what they copy.
 */
import { anchorTextTarget } from '../../../shared/annotations/text-quote';
import type { ImportFileReport, ParsedArticle } from '../../../shared/domain';
import { db } from './database';
import { mergeCorrections } from './metadata';
import { NearDuplicateFinder, signatureRow } from './near-duplicates';
import { quoteRowsFor } from './quotes';
import type { ArticleRow, BodyRow, QuoteRow, SignatureRow } from './schema';
import { SpeakerIndex } from './speakers';

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
  speakers: SpeakerIndex;
  duplicates: NearDuplicateFinder;
  /** Articles by content hash: the library's and those stored earlier in this batch. */
  byHash: Map<string, ArticleRow>;
  newArticles: ArticleRow[];
  newBodies: BodyRow[];
  newQuotes: QuoteRow[];
  newSignatures: SignatureRow[];
}

function insertNew(
  report: ImportFileReport,
  article: ParsedArticle,
  context: BatchContext,
): ImportFileReport {
  const exact = context.byHash.get(article.contentHash);
  const near = exact || !article.signature ? null : context.duplicates.find(article.signature);
  const original =
    exact ?? (near ? (context.newArticles.find((a) => a.id === near.articleId) ?? null) : null);
  const duplicate = exact
    ? { id: exact.id, similarity: 1 }
    : near
      ? { id: near.articleId, similarity: near.similarity }
      : null;
  const row = toArticleRow(article, context.importFolder, duplicate);
  context.newArticles.push(row);
  context.byHash.set(article.contentHash, context.byHash.get(article.contentHash) ?? row);
  context.newBodies.push({
    articleId: row.id,
    body: article.body,
    original: article.original,
    bodyMap: article.bodyMap,
  });
  context.newQuotes.push(...quoteRowsFor(row.id, article.quotes ?? [], context.speakers));
  if (article.signature?.length) {
    const signature = signatureRow(row.id, article.signature);
    context.newSignatures.push(signature);
    context.duplicates.remember(signature);
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
  await db.quotes.bulkDelete(oldQuotes.filter((q) => q.origin === 'auto').map((q) => q.id));
  for (const manual of oldQuotes.filter((q) => q.origin === 'manual')) {
    const at = article.body.indexOf(manual.text);
    await db.quotes.update(
      manual.id,
      at >= 0 ? { start: at, end: at + manual.text.length } : { review: 'pending' },
    );
  }
  await db.quotes.bulkAdd(quoteRowsFor(previous.id, article.quotes ?? [], context.speakers));
  await db.signatures.delete(previous.id);
  if (article.signature?.length)
    await db.signatures.put(signatureRow(previous.id, article.signature));
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
 * Stores a batch: lookups for the whole batch first (three indexed queries), then one bulk write
 * per table, all in one transaction.
 */
export async function storeImportedArticles(
  reports: ImportFileReport[],
  importFolder: string,
): Promise<ImportFileReport[]> {
  const tables = [db.articles, db.bodies, db.quotes, db.speakers, db.signatures, db.highlights];
  return db.transaction('rw', tables, async () => {
    const articles = reports.flatMap((r) =>
      r.article && (r.status === 'imported' || r.status === 'duplicate') ? [r.article] : [],
    );
    const [previousRows, sameHash, speakers, duplicates] = await Promise.all([
      db.articles
        .where('[importFolder+sourcePath]')
        .anyOf(articles.map((a) => [importFolder, a.sourcePath]))
        .toArray(),
      db.articles
        .where('contentHash')
        .anyOf(articles.map((a) => a.contentHash))
        .toArray(),
      db.speakers.toArray(),
      NearDuplicateFinder.forBatch(
        articles.flatMap((a) => (a.signature?.length ? [a.signature] : [])),
      ),
    ]);
    const previousByPath = new Map(previousRows.map((a) => [a.sourcePath, a]));
    const context: BatchContext = {
      importFolder,
      speakers: new SpeakerIndex(speakers),
      duplicates,
      byHash: new Map(sameHash.map((a) => [a.contentHash, a])),
      newArticles: [],
      newBodies: [],
      newQuotes: [],
      newSignatures: [],
    };
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
    }
    await db.articles.bulkAdd(context.newArticles);
    await db.bodies.bulkAdd(context.newBodies);
    await db.quotes.bulkAdd(context.newQuotes);
    await db.signatures.bulkAdd(context.newSignatures);
    await db.speakers.bulkPut([...context.speakers.touched.values()]);
    // A near-duplicate of an article already in the library names it by its file.
    const pending = out.filter(
      (r) =>
        r.status === 'duplicate' && r.duplicateOf && !reports.some((x) => x.file === r.duplicateOf),
    );
    const originals = new Map(
      (await db.articles.bulkGet(pending.map((r) => r.duplicateOf!))).flatMap((a) =>
        a ? [[a.id, a.sourcePath] as const] : [],
      ),
    );
    return out.map((r) =>
      r.duplicateOf && originals.has(r.duplicateOf)
        ? { ...r, duplicateOf: originals.get(r.duplicateOf)! }
        : r,
    );
  });
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
