/**
 * `parallax analyze <folder>`: imports the folder headlessly and prints one JSON object per
 * file on stdout. Progress and problems go to stderr so stdout stays machine-readable.
 */
import type { ImportFileReport, Quote } from '../shared/domain';
import { extractQuotes } from '../shared/quotes';
import { FolderUnreadableError, importFolder } from '../main/services/import/import-folder';
import { toAnalyzeLine } from './report-line';

export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

function quotesOf(report: ImportFileReport, output: CliOutput): Quote[] {
  if (!report.article || report.article.body === '') return [];
  try {
    return extractQuotes(report.article.body);
  } catch (error) {
    output.err(`parallax: quote extraction failed for ${report.file}: ${(error as Error).message}`);
    return [];
  }
}

/** Returns the process exit code: 0 done, 1 the folder cannot be read. */
export async function analyzeFolder(folder: string, output: CliOutput): Promise<number> {
  try {
    await importFolder(folder, ({ done, total, report }) => {
      output.out(JSON.stringify(toAnalyzeLine(report, quotesOf(report, output))));
      const detail = report.reason ? ` (${report.reason})` : '';
      output.err(`[${done}/${total}] ${report.status} ${report.file}${detail}`);
    });
    return 0;
  } catch (error) {
    if (error instanceof FolderUnreadableError) {
      output.err(`parallax: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
