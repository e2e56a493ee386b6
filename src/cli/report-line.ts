/**
 * The JSON Lines record `parallax analyze` prints per file. The key set is a contract with
 * scripts that read the output: exactly these keys, in this order.
 */
import type { ImportFileReport, Quote } from '../shared/domain';

export interface AnalyzeLine {
  file: string;
  status: ImportFileReport['status'];
  reason: string | null;
  duplicateOf: string | null;
  outlet: string | null;
  title: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  author: string | null;
  url: string | null;
  language: string | null;
  body: string | null;
  quotes: Quote[];
  /** Stable id of the story the article was grouped into; null for files without an article. */
  story: string | null;
}

export function toAnalyzeLine(
  report: ImportFileReport,
  quotes: Quote[],
  story: string | null = null,
): AnalyzeLine {
  const metadata = report.article?.metadata;
  return {
    file: report.file,
    status: report.status,
    reason: report.reason,
    duplicateOf: report.duplicateOf,
    outlet: metadata?.outlet.value ?? null,
    title: metadata?.title.value ?? null,
    published: metadata?.published.value ?? null,
    author: metadata?.author.value ?? null,
    url: metadata?.url.value ?? null,
    language: metadata?.language.value ?? null,
    body: report.article?.body ?? null,
    quotes,
    story,
  };
}
