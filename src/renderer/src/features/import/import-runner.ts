/**
 * Drives one import: lists the files, sends them to the host to parse in small batches (so
 * progress is live and cancel takes effect between batches), and has each batch stored (in the
 * app, by a worker: see db/import-store.ts).
 */
import { packReports, type PackedReports } from '../../../../shared/contract';
import type { ImportFileReport, ImportFileStatus } from '../../../../shared/domain';
import type { OutletEntry } from '../../../../shared/import/outlets';
import { MAX_IMPORT_FILE_BYTES } from '../../../../shared/limits';
import { callHost } from '../../host/bridge';
import {
  openLocalImportStore,
  type ImportStore,
  type OpenImportStore,
} from '../../db/import-store';
import { outletsForImport } from '../../db/outlets';
import type { PickedFile } from './browser-files';
import { readPickedFiles } from './picked-files';

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
  /** Quote rows in the library as far as this import's writes go; null until its first batch is stored. */
  quotesInLibrary: number | null;
}

/**
 * Files per parse call when the host reads the folder. The reply is decoded on the main thread
 * in one task: over the Chromium host's DevTools channel, 32 files' replies took 80-150 ms.
 */
const FOLDER_BATCH = 12;
/** Files parsing in the host, or parsed and waiting, while the renderer stores. */
const PARSE_AHEAD_FILES = 128;
const BYTES_PER_BATCH = 8 * 1024 * 1024;
/**
 * Picked files per parse call. A call's reply (about 13 KB a file) is decoded on the main thread
 * in one task, and over the Chromium host's DevTools channel that took 100-200 ms for 40 files.
 */
const FILES_PER_BATCH = 16;
/** Parsed batches join one transaction until it holds this many files (so other views never wait long). */
const FILES_PER_STORE = 160;
/**
 * Fewer files than this wait for the next batch before they are stored, for at most
 * GATHER_MS. Every commit costs the same whatever it holds (the open views and counts read
 * again, the library's order is re-read), and a transaction of under 50 articles makes Dexie
 * file each of their keys and band keys for live queries. In a 10,000-file import that
 * bookkeeping and those re-reads were a tenth of the renderer's CPU, mostly from the small
 * transactions made while storing kept up with parsing.
 */
const MIN_FILES_PER_STORE = 64;
/** How long parsed files may wait for others: progress still moves twice a second. */
const GATHER_MS = 500;

/** One batch of files for the host to parse. */
interface Job {
  firstFile: string | null;
  /** Files in the batch: the host reports on each one. */
  files: number;
  /** Has the batch parsed and hands the host's reports to the store as `part`. */
  parse: (store: ImportStore, part: number) => Promise<void>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** True once `settled` resolves, false if `ms` pass first. */
function settlesWithin(settled: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([settled.then(() => true), timeout]).finally(() => clearTimeout(timer));
}

export function emptyCounts(): Record<ImportFileStatus, number> {
  return { imported: 0, duplicate: 0, skipped: 0, failed: 0 };
}

/**
 * Batches of picked files, made as they are needed. Sizes and bytes are read a batch at a time,
 * in a worker (see picked-files.ts): reading a picked file's size is a synchronous call to the
 * browser, and on the main thread those calls held the page for a fifth of a second per batch.
 */
function pickedFileJobs(files: PickedFile[], outlets: OutletEntry[]): () => Job | null {
  let cursor = 0;
  return () => {
    if (cursor >= files.length) return null;
    const batch = files.slice(cursor, (cursor += FILES_PER_BATCH));
    return {
      firstFile: batch[0]!.relativePath,
      files: batch.length,
      parse: async (store, part) => {
        const packed: PackedReports[] = [];
        // Read in parts of at most BYTES_PER_BATCH, each small enough to cross the host
        // channel quickly; a file too large to import is not read.
        for (let at = 0; at < batch.length;) {
          const rest = batch.slice(at);
          const read = await readPickedFiles(
            rest.map((picked) => picked.file),
            MAX_IMPORT_FILE_BYTES,
            BYTES_PER_BATCH,
          );
          const part = rest.slice(0, read.length);
          at += part.length;
          // Reports stay in the files' order: readable files between two too large are parsed
          // in one call.
          let readable: { relativePath: string; data: Uint8Array<ArrayBuffer> }[] = [];
          const parseReadable = async () => {
            if (readable.length)
              packed.push(await callHost('import.parseFiles', { files: readable, outlets }));
            readable = [];
          };
          for (const [n, picked] of part.entries()) {
            const { size, data } = read[n]!;
            if (data) {
              readable.push({ relativePath: picked.relativePath, data });
              continue;
            }
            await parseReadable();
            packed.push(
              packReports([
                {
                  file: picked.relativePath,
                  status: 'failed',
                  reason: `file is too large to import (${Math.round(size / 1024 / 1024)} MB)`,
                  duplicateOf: null,
                  article: null,
                },
              ]),
            );
          }
          await parseReadable();
        }
        store.take(part, packed);
      },
    };
  };
}

export async function runImport(
  source: ImportSource,
  onProgress: (progress: ImportProgress) => void,
  isCancelled: () => boolean,
  {
    openStore = openLocalImportStore,
    hostAnswersWorkers = false,
  }: {
    /** Where batches are stored: the app passes a worker, tests store in the calling context. */
    openStore?: OpenImportStore;
    /** True where the host answers workers' calls (HostInfo.workerCalls). */
    hostAnswersWorkers?: boolean;
  } = {},
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
    quotesInLibrary: null,
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

  let store: ImportStore | null = null;
  try {
    const outlets = await outletsForImport();
    let nextJob: () => Job | null;
    let parseAhead: number;
    if (source.kind === 'folder') {
      const listing = await callHost('import.listFolder', { folder: source.folder });
      progress.total = listing.files.length + listing.skipped.length;
      record(listing.skipped);
      let cursor = 0;
      parseAhead = Math.ceil(PARSE_AHEAD_FILES / FOLDER_BATCH);
      nextJob = () => {
        if (cursor >= listing.files.length) return null;
        const batch = listing.files
          .slice(cursor, (cursor += FOLDER_BATCH))
          .map((f) => f.relativePath);
        return {
          firstFile: batch[0] ?? null,
          files: batch.length,
          parse: async (store, part) => {
            const args = { folder: listing.folder, relativePaths: batch, outlets };
            // A store that can reach the host itself takes the reply there (see parseInto).
            if (store.parseInto) await store.parseInto(part, args);
            else store.take(part, [await callHost('import.parseFolderFiles', args)]);
          },
        };
      };
    } else {
      progress.total = source.files.length;
      parseAhead = PARSE_AHEAD_FILES / FILES_PER_BATCH;
      nextJob = pickedFileJobs(source.files, outlets);
    }
    progress.phase = 'parsing';
    emit();
    // Batches parse in the host while the renderer stores the ones before them. Storing takes
    // every batch already parsed in one transaction (and briefly waits for more while it has
    // few): when storing is the slower side, each transaction grows, so there are fewer commits
    // (each one re-runs the open views' queries).
    // Each reply goes to the store as it arrives (see ImportStore.take), and the loop then
    // says which parts to store together.
    const batchStore = openStore({ expectedArticles: progress.total, hostAnswersWorkers });
    store = batchStore;
    const inFlight: {
      job: Job;
      part: number;
      /** How many reports the part holds, once it has been parsed and taken by the store. */
      files: Promise<number>;
      settled: boolean;
      done: Promise<void>;
    }[] = [];
    let parts = 0;
    const refill = () => {
      while (inFlight.length < parseAhead && !isCancelled()) {
        const job = nextJob();
        if (!job) return;
        const part = parts++;
        const files = job.parse(batchStore, part).then(() => job.files);
        const entry = { job, part, files, settled: false, done: Promise.resolve() };
        const settle = () => {
          entry.settled = true;
        };
        entry.done = files.then(settle, settle);
        inFlight.push(entry);
      }
    };
    refill();
    while (inFlight.length && !isCancelled()) {
      progress.currentFile = inFlight[0]!.job.firstFile;
      const waitStart = performance.now();
      const first = inFlight.shift()!;
      const gathered = [first.part];
      let files = await first.files;
      refill();
      const gatherUntil = performance.now() + GATHER_MS;
      while (inFlight.length && files < FILES_PER_STORE) {
        const next = inFlight[0]!;
        if (!next.settled) {
          const left = gatherUntil - performance.now();
          if (files >= MIN_FILES_PER_STORE || left <= 0 || isCancelled()) break;
          if (!(await settlesWithin(next.done, left))) break;
        }
        inFlight.shift();
        gathered.push(next.part);
        files += await next.files;
        refill();
      }
      performance.measure('parallax:import:wait', { start: waitStart });
      // Storing starts in a task of its own, not in the one that delivered the last reply.
      await nextTask();
      const storeStart = performance.now();
      const stored = await batchStore.store(gathered, source.label);
      record(stored.reports);
      progress.quotesInLibrary = stored.quotesInLibrary;
      // Named measures: the import benchmark (and DevTools) split time into waiting and storing.
      performance.measure('parallax:import:store', { start: storeStart });
      emit();
      // Let the browser paint and handle input between transactions.
      await nextTask();
    }
    progress.phase = isCancelled() ? 'cancelled' : 'done';
  } catch (error) {
    progress.phase = 'failed';
    progress.error = (error as Error).message;
  } finally {
    store?.close();
  }
  progress.currentFile = null;
  emit();
  return progress;
}
