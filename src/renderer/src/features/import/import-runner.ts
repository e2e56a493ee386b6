/**
 * Drives one import: lists the files, sends them to the host to parse in small batches (so
 * progress is live and cancel takes effect between batches), and stores each batch.
 */
import type { ImportFileReport, ImportFileStatus } from '../../../../shared/domain';
import type { OutletEntry } from '../../../../shared/import/outlets';
import { MAX_IMPORT_FILE_BYTES } from '../../../../shared/limits';
import { callHost } from '../../host/bridge';
import { storeImportedArticles } from '../../db/articles';
import { SignatureCache } from '../../db/near-duplicates';
import { outletsForImport } from '../../db/outlets';
import type { PickedFile } from './browser-files';

export type ImportSource =
  | { kind: 'folder'; folder: string; label: string }
  | { kind: 'files'; files: PickedFile[]; label: string };

export interface ImportProgress {
  label: string;
  phase: 'listing' | 'parsing' | 'done' | 'cancelled' | 'failed';
  total: number;
  done: number;
  currentFile: string | null;
  startedAt: number;
  counts: Record<ImportFileStatus, number>;
  reports: ImportFileReport[];
  error: string | null;
}

const FOLDER_BATCH = 32;
/** Batches parsing in the host, or parsed and waiting, while the renderer stores. */
const PARSE_AHEAD = 4;
const BYTES_PER_BATCH = 8 * 1024 * 1024;
const FILES_PER_BATCH = 40;
/** Parsed batches join one transaction until it holds this many files (so other views never wait long). */
const FILES_PER_STORE = 160;

/** One batch of files for the host to parse. */
interface Job {
  firstFile: string | null;
  parse: () => Promise<ImportFileReport[]>;
}

export function emptyCounts(): Record<ImportFileStatus, number> {
  return { imported: 0, duplicate: 0, skipped: 0, failed: 0 };
}

/**
 * Batches of picked files, made as they are needed. Sizes are read here, a batch at a time:
 * reading a picked file's size is a synchronous call to the browser, and reading all of them
 * before the first batch held the page for seconds on a folder of 10,000 files.
 */
function pickedFileJobs(files: PickedFile[], outlets: OutletEntry[]): () => Job | null {
  let cursor = 0;
  return () => {
    if (cursor >= files.length) return null;
    const batch: { picked: PickedFile; size: number }[] = [];
    let bytes = 0;
    while (cursor < files.length && batch.length < FILES_PER_BATCH) {
      const picked = files[cursor]!;
      const size = picked.file.size;
      const readable = size <= MAX_IMPORT_FILE_BYTES;
      // Small enough to cross the host channel quickly; a file too large to import is not sent.
      if (batch.length && readable && bytes + size > BYTES_PER_BATCH) break;
      batch.push({ picked, size });
      if (readable) bytes += size;
      cursor++;
    }
    return {
      firstFile: batch[0]!.picked.relativePath,
      parse: async () => {
        const readable = batch.filter((f) => f.size <= MAX_IMPORT_FILE_BYTES);
        const parsed = readable.length
          ? await callHost('import.parseFiles', {
              files: await Promise.all(
                readable.map(async ({ picked }) => ({
                  relativePath: picked.relativePath,
                  data: new Uint8Array(await picked.file.arrayBuffer()),
                })),
              ),
              outlets,
            })
          : [];
        let next = 0;
        return batch.map(({ picked, size }) =>
          size <= MAX_IMPORT_FILE_BYTES
            ? parsed[next++]!
            : {
                file: picked.relativePath,
                status: 'failed' as const,
                reason: `file is too large to import (${Math.round(size / 1024 / 1024)} MB)`,
                duplicateOf: null,
                article: null,
              },
        );
      },
    };
  };
}

export async function runImport(
  source: ImportSource,
  onProgress: (progress: ImportProgress) => void,
  isCancelled: () => boolean,
): Promise<ImportProgress> {
  const progress: ImportProgress = {
    label: source.label,
    phase: 'listing',
    total: 0,
    done: 0,
    currentFile: null,
    startedAt: performance.now(),
    counts: emptyCounts(),
    reports: [],
    error: null,
  };
  const emit = () => onProgress({ ...progress, counts: { ...progress.counts } });
  const record = (reports: ImportFileReport[]) => {
    for (const report of reports) {
      progress.reports.push({ ...report, article: null });
      progress.counts[report.status] += 1;
    }
    progress.done += reports.length;
  };
  emit();
  performance.clearMeasures('parallax:import:wait');
  performance.clearMeasures('parallax:import:store');

  try {
    const outlets = await outletsForImport();
    let nextJob: () => Job | null;
    if (source.kind === 'folder') {
      const listing = await callHost('import.listFolder', { folder: source.folder });
      progress.total = listing.files.length + listing.skipped.length;
      record(listing.skipped);
      let cursor = 0;
      nextJob = () => {
        if (cursor >= listing.files.length) return null;
        const batch = listing.files
          .slice(cursor, (cursor += FOLDER_BATCH))
          .map((f) => f.relativePath);
        return {
          firstFile: batch[0] ?? null,
          parse: () =>
            callHost('import.parseFolderFiles', {
              folder: listing.folder,
              relativePaths: batch,
              outlets,
            }),
        };
      };
    } else {
      progress.total = source.files.length;
      nextJob = pickedFileJobs(source.files, outlets);
    }
    progress.phase = 'parsing';
    emit();
    // Batches parse in the host while the renderer stores the ones before them. Storing takes
    // every batch already parsed in one transaction: when storing is the slower side, each
    // transaction grows, so there are fewer commits (each one re-runs the open views' queries).
    const inFlight: { job: Job; reports: Promise<ImportFileReport[]>; settled: boolean }[] = [];
    const refill = () => {
      while (inFlight.length < PARSE_AHEAD && !isCancelled()) {
        const job = nextJob();
        if (!job) return;
        const entry = { job, reports: job.parse(), settled: false };
        const settle = () => {
          entry.settled = true;
        };
        entry.reports.then(settle, settle);
        inFlight.push(entry);
      }
    };
    refill();
    const signatures = new SignatureCache();
    while (inFlight.length && !isCancelled()) {
      progress.currentFile = inFlight[0]!.job.firstFile;
      const waitStart = performance.now();
      const reports = [...(await inFlight.shift()!.reports)];
      while (inFlight[0]?.settled && reports.length < FILES_PER_STORE)
        reports.push(...(await inFlight.shift()!.reports));
      performance.measure('parallax:import:wait', { start: waitStart });
      refill();
      const storeStart = performance.now();
      record(await storeImportedArticles(reports, source.label, { signatures }));
      // Named measures: the import benchmark (and DevTools) split time into waiting and storing.
      performance.measure('parallax:import:store', { start: storeStart });
      emit();
      // Let the browser paint and handle input between transactions.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    progress.phase = isCancelled() ? 'cancelled' : 'done';
  } catch (error) {
    progress.phase = 'failed';
    progress.error = (error as Error).message;
  }
  progress.currentFile = null;
  emit();
  return progress;
}
