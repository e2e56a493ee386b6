/**
 * `parallax analyze <folder>`: imports the folder headlessly and prints one JSON object per
 * file on stdout. Progress and problems go to stderr so stdout stays machine-readable.
 */
import type { ImportFileReport, Quote } from '../shared/domain';
import { extractQuotes } from '../shared/quotes';
import { FolderUnreadableError, importFolder } from '../main/services/import/import-folder';
import { groupStories } from '../shared/stories';
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

/** Story id per file: every article of the folder grouped together, as the app does. */
function storiesOf(reports: ImportFileReport[]): Map<string, string> {
  const inputs = reports.flatMap((r) =>
    r.article
      ? [
          {
            id: r.file,
            title: r.article.metadata.title.value,
            body: r.article.body,
            outlet: r.article.metadata.outlet.value,
            published: r.article.metadata.published.value,
          },
        ]
      : [],
  );
  const byFile = new Map<string, string>();
  for (const group of groupStories(inputs))
    for (const file of group.memberIds) byFile.set(file, group.id);
  return byFile;
}

/**
 * Returns the process exit code: 0 done, 1 the folder cannot be read. Lines are printed once
 * the whole folder is read, because a file's story depends on the other files.
 */
export async function analyzeFolder(folder: string, output: CliOutput): Promise<number> {
  try {
    const reports: ImportFileReport[] = [];
    await importFolder(folder, ({ done, total, report }) => {
      reports.push(report);
      const detail = report.reason ? ` (${report.reason})` : '';
      output.err(`[${done}/${total}] ${report.status} ${report.file}${detail}`);
    });
    output.err('parallax: grouping stories…');
    const stories = storiesOf(reports);
    for (const report of reports) {
      output.out(
        JSON.stringify(
          toAnalyzeLine(report, quotesOf(report, output), stories.get(report.file) ?? null),
        ),
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof FolderUnreadableError) {
      output.err(`parallax: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
