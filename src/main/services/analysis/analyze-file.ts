/**
 * Parsing plus the analysis that runs at import: quotes with speakers. Runs in the parse worker,
 * so extraction never blocks a host's main thread.
 */
import type { ImportFileReport } from '../../../shared/domain';
import { extractQuotes } from '../../../shared/quotes';
import { parseFile } from '../import';

export async function analyzeFile(
  relativePath: string,
  bytes: Uint8Array,
): Promise<ImportFileReport> {
  const report = await parseFile(relativePath, bytes);
  if (!report.article || !report.article.body) return report;
  try {
    return {
      ...report,
      article: { ...report.article, quotes: extractQuotes(report.article.body) },
    };
  } catch (error) {
    // A failure here must not cost the article: keep it, without quotes, and say why.
    const note = `quotes could not be extracted (${(error as Error).message})`;
    return { ...report, notes: [...(report.notes ?? []), note] };
  }
}
