/**
 * `parallax brief <folder> --out <file.pdf>`: imports the folder into memory (nothing is stored)
 * and writes an automatic coverage briefing, printed with the same template as the app's PDFs.
 * Progress goes to stderr. Exit codes: 0 written, 1 cannot (no Chromium, unreadable folder, no
 * articles, cannot write), 2 bad arguments.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCoverageBriefing } from '../shared/briefing/coverage-briefing/build';
import { FolderUnreadableError } from '../main/services/import';
import { findChromium } from '../main/services/browser/find-chromium';
import { closePrintingBrowser } from '../main/services/pdf/print-with-chromium';
import type { CliOutput } from './analyze';
import { BRIEF_USAGE, parseBriefArgs } from './brief-args';
import { importForBriefing } from './brief-articles';
import { renderBriefingAs } from './brief-output';

export const NO_CHROMIUM_MESSAGE =
  'parallax: no Chromium or Chrome found to print the PDF. Install one (Debian: apt-get install chromium) or set PARALLAX_CHROMIUM=/path/to/chrome.';

const today = (): string => new Date().toISOString().slice(0, 10);

export async function briefFolder(args: string[], output: CliOutput): Promise<number> {
  const parsed = parseBriefArgs(args);
  if (typeof parsed === 'string') {
    output.err(`parallax: ${parsed}`);
    output.err(BRIEF_USAGE);
    return 2;
  }
  if (parsed.format === 'pdf' && !findChromium()) {
    output.err(NO_CHROMIUM_MESSAGE);
    return 1;
  }
  const started = Date.now();
  try {
    const { stories, notes } = await importForBriefing(parsed.folder, output);
    if (stories.length === 0) {
      output.err(`parallax: no articles to brief in ${parsed.folder}`);
      return 1;
    }
    const folderName = path.basename(path.resolve(parsed.folder));
    const briefing = buildCoverageBriefing(stories, {
      title: parsed.title ?? `Coverage briefing: ${folderName}`,
      date: today(),
      notes,
    });
    output.err(`parallax: rendering ${parsed.format.toUpperCase()} (${parsed.pageSize})…`);
    const bytes = await renderBriefingAs(briefing, parsed.format, parsed.pageSize);
    await writeFile(parsed.out, bytes);
    output.err(
      `parallax: wrote ${parsed.out} (${bytes.length.toLocaleString('en-US')} bytes) in ${Date.now() - started} ms`,
    );
    return 0;
  } catch (error) {
    if (error instanceof FolderUnreadableError) {
      output.err(`parallax: ${error.message}`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'EPERM') {
      output.err(`parallax: cannot write ${parsed.out}: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  } finally {
    await closePrintingBrowser();
  }
}
