/** Storing import results: one transaction per batch, so a failed batch leaves nothing half-written. */
import type { ImportFileReport, ParsedArticle } from '../../../shared/domain';
import { db } from './database';
import { quoteRowsFor } from './quotes';
import type { ArticleRow, SpeakerRow } from './schema';

function toArticleRow(
  article: ParsedArticle,
  importFolder: string,
  duplicateOf: string | null,
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
    duplicateOf,
    metadata,
    aggregator: article.aggregator,
  };
}

/**
 * Stores the articles of a batch of reports and returns the reports as the user should see them:
 * a file already in the library with the same bytes is reported as a duplicate of it (and kept
 * once); a copy under another name is stored and marked as a duplicate, never dropped.
 */
export async function storeImportedArticles(
  reports: ImportFileReport[],
  importFolder: string,
): Promise<ImportFileReport[]> {
  return db.transaction('rw', [db.articles, db.bodies, db.quotes, db.speakers], async () => {
    const out: ImportFileReport[] = [];
    const speakers = await db.speakers.toArray();
    const touchedSpeakers = new Map<string, SpeakerRow>();
    for (const report of reports) {
      const article = report.article;
      if (!article || (report.status !== 'imported' && report.status !== 'duplicate')) {
        out.push(report);
        continue;
      }
      const existing = await db.articles.where('contentHash').equals(article.contentHash).first();
      if (
        existing &&
        existing.sourcePath === article.sourcePath &&
        existing.importFolder === importFolder
      ) {
        out.push({
          ...report,
          status: 'duplicate',
          reason: 'already in the library, unchanged',
          duplicateOf: existing.sourcePath,
          article: null,
        });
        continue;
      }
      const row = toArticleRow(article, importFolder, existing?.id ?? null);
      await db.articles.add(row);
      await db.bodies.add({
        articleId: row.id,
        body: article.body,
        original: article.original,
        bodyMap: article.bodyMap,
      });
      await db.quotes.bulkAdd(
        quoteRowsFor(row.id, article.quotes ?? [], speakers, touchedSpeakers),
      );
      out.push(
        existing
          ? {
              ...report,
              status: 'duplicate',
              reason: 'same content as a file already in the library',
              duplicateOf: existing.sourcePath,
              article: null,
            }
          : { ...report, article: null },
      );
    }
    await db.speakers.bulkPut([...touchedSpeakers.values()]);
    return out;
  });
}
