/**
 * Parsing plus the analysis that runs at import: quotes with speakers, and a MinHash signature
 * for near-duplicate detection. Runs in the parse worker, so it never blocks a host's main thread.
 */
import type { ImportFileReport } from '../../../shared/domain';
import { minHashSignature } from '../../../shared/import/near-duplicates';
import type { OutletEntry } from '../../../shared/import/outlets';
import { extractQuotes } from '../../../shared/quotes';
import { parseFile } from '../import';

export async function analyzeFile(
  relativePath: string,
  bytes: Uint8Array,
  options: { outlets?: readonly OutletEntry[] | undefined } = {},
): Promise<ImportFileReport> {
  const report = await parseFile(relativePath, bytes, { outlets: options.outlets });
  if (!report.article || !report.article.body) return report;
  const signature = minHashSignature(report.article.body);
  const article = { ...report.article, ...(signature ? { signature: Array.from(signature) } : {}) };
  try {
    return { ...report, article: { ...article, quotes: extractQuotes(article.body) } };
  } catch (error) {
    // A failure here must not cost the article: keep it, without quotes, and say why.
    const note = `quotes could not be extracted (${(error as Error).message})`;
    return { ...report, article, notes: [...(report.notes ?? []), note] };
  }
}
