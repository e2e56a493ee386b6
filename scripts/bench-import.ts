/**
 * Import benchmark (`npm run bench:import -- [--files N] [--picker dialog|page] [--view NAME]
 * [--skip-parse] [--keep]`):
 * generates N article files (default 10,000) in the seeds' style, then measures parsing alone in
 * this process, the import end to end into IndexedDB through the UI of the Chromium host, and the
 * raw Dexie bulkAdd rate of the same records in the same browser.
 * Target: end to end at least half the raw rate of the same rows (every row the import wrote),
 * and no frame over 100 ms during the import.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importThroughUi, startHost } from '../bench/chromium-import';
import { generateCorpus } from '../bench/generate-corpus';
import { benchParsing } from '../bench/parse-bench';
import { measureRawBulkAdd } from '../bench/raw-dexie';
import { startProfile, stopProfile } from '../bench/cpu-profile';
import { startTrace, stopTrace } from '../bench/trace';
import { buildIfStale } from './build-if-stale.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string): string | null {
  const at = process.argv.indexOf(name);
  return at === -1 ? null : (process.argv[at + 1] ?? null);
}

const fmt = (value: number): string => Math.round(value).toLocaleString('en-US');

const HELP = `Usage: npm run bench:import -- [options]
  --files N      corpus size (default 10000)
  --picker KIND  how the folder is chosen: dialog (default: the host's folder dialog, then the
                 host reads the folder, as in the desktop app) or page (the page's own folder
                 picker, the Chromium host's fallback: Chromium reads every file's entry first)
  --view NAME    the app's view during the import, a sidebar entry (default Library, the view
                 the app opens on; e.g. Settings to see what the library's rendering costs)
  --skip-parse   leave out the parse-only figures (quicker when working on storing)
  --keep         keep the generated corpus and print where it is
  --trace FILE   record a Chromium trace of the import to FILE (for DevTools' Performance
                 panel) and list what ran in the renderer's long tasks
  --profile FILE record a JS sampling profile of the page during the import to FILE (.cpuprofile;
                 lighter than a trace) and list the functions with the most self time`;

/** The 1, 5 and 15 minute load averages: the machine may be shared, so figures carry it. */
function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log(HELP);
    return;
  }
  const files = Number(option('--files') ?? 10_000);
  const view = option('--view') ?? 'Library';
  const picker = option('--picker') ?? 'dialog';
  if (picker !== 'dialog' && picker !== 'page') throw new Error('--picker must be dialog or page');
  console.log(`load average at start: ${loadAverage()} (${os.availableParallelism()} cores)`);
  if (!Number.isInteger(files) || files < 1) throw new Error('--files must be a positive integer');
  const folder = await mkdtemp(path.join(os.tmpdir(), 'parallax-bench-corpus-'));
  try {
    const corpus = await generateCorpus(folder, files);
    const formats = Object.entries(corpus.byFormat)
      .map(([format, count]) => `${format} ${count}`)
      .join(', ');
    console.log(
      `corpus: ${fmt(corpus.files)} files, ${(corpus.bytes / corpus.files / 1024).toFixed(1)} KB each on average (${formats}) in ${folder}`,
    );

    // A stale build would measure yesterday's code.
    buildIfStale();
    if (!process.argv.includes('--skip-parse')) {
      const parsing = await benchParsing(folder, projectRoot);
      console.log(`parse only: ${fmt(parsing.parseOnly)} files/s`);
      console.log(`parse + quotes + MinHash (analyzeFile): ${fmt(parsing.withAnalysis)} files/s`);
      console.log(
        parsing.viaWorker === null
          ? 'parse worker: not built'
          : `parse + analysis via the parse worker, one file at a time: ${fmt(parsing.viaWorker)} files/s`,
      );
    }

    const host = await startHost(projectRoot, picker === 'dialog' ? folder : undefined);
    const traceFile = option('--trace');
    try {
      const tracing = traceFile ? await startTrace(host.page) : null;
      const profileFile = option('--profile');
      const profiling = profileFile ? await startProfile(host.page) : null;
      const imported = await importThroughUi(
        host.page,
        folder,
        files,
        Math.max(600_000, files * 200),
        view,
        picker,
      );
      if (profiling && profileFile) {
        const functions = await stopProfile(profiling, profileFile);
        console.log(`profile written to ${profileFile}; the page's functions by self time:`);
        for (const { name, selfMs, share } of functions)
          console.log(
            `  ${selfMs.toFixed(0).padStart(7)} ms ${(share * 100).toFixed(1).padStart(5)}%  ${name}`,
          );
      }
      if (tracing && traceFile) {
        const tasks = await stopTrace(tracing, traceFile);
        console.log(`trace written to ${traceFile}; renderer main-thread tasks over 100 ms:`);
        for (const task of tasks) console.log(`  ${task}`);
      }
      const endToEnd = imported.files / imported.seconds;
      console.log(
        `end to end (Chromium, via UI, folder from the ${picker === 'dialog' ? "host's dialog" : "page's picker"}, ${view} view open): ${fmt(endToEnd)} files/s (${imported.seconds.toFixed(1)} s; ${imported.counts})`,
      );
      const raw = await measureRawBulkAdd(host.context, projectRoot);
      // "The raw bulkAdd rate of the same records": every row the import wrote, quotes,
      // signatures and speakers included, written by bare bulkAdd calls in this browser.
      const rows = Object.entries(raw.rowsByTable)
        .map(([table, count]) => `${fmt(count)} ${table}`)
        .join(', ');
      const sameRowsRate = raw.records / raw.allTablesSeconds;
      console.log(
        `raw Dexie bulkAdd of the same rows (${rows}; ${raw.perTransaction} articles' rows per transaction): ${fmt(sameRowsRate)} articles/s`,
      );
      console.log(
        `  each table alone: ${Object.entries(raw.secondsByTable)
          .map(([table, seconds]) => `${table} ${seconds.toFixed(1)} s`)
          .join(', ')}`,
      );
      if (raw.allTablesCpu.length) {
        // Set beside the import's CPU by process: what storing alone costs each process.
        console.log('  CPU while writing every table, by process:');
        for (const [role, seconds] of raw.allTablesCpu)
          console.log(
            `    ${role}: ${seconds.toFixed(1)} s (${((1000 * seconds) / raw.records).toFixed(1)} ms an article)`,
          );
      }
      console.log(
        `ratio end-to-end / raw, same rows: ${(endToEnd / sameRowsRate).toFixed(2)} (target at least 0.5)`,
      );
      const articleRate = raw.records / raw.seconds;
      console.log(
        `raw Dexie bulkAdd of the article and body rows alone: ${fmt(articleRate)} articles/s (ratio ${(endToEnd / articleRate).toFixed(2)})`,
      );
      console.log(
        `worst frame during import: ${Math.round(imported.worstFrameMs)} ms (${imported.longFrames} frames > 100 ms, ${imported.framesOver50} > 50 ms; ${imported.frameEntryType})`,
      );
      // Every frame over 100 ms, and the three longest even when under it, to show the margin.
      for (const frame of imported.longestFrames.filter((f, rank) => f.duration > 100 || rank < 3))
        console.log(
          `  frame of ${Math.round(frame.duration)} ms at ${new Date(frame.startedAt).toISOString()} (${frame.secondsIn.toFixed(1)} s into the import): ${frame.scripts || '(no script)'}`,
        );
      const share = (seconds: number) =>
        `${seconds.toFixed(1)} s, ${((100 * seconds) / imported.seconds).toFixed(0)}% of the import`;
      for (const [operation, call] of Object.entries(imported.hostCalls)) {
        console.log(
          `  host calls ${operation}: ${call.calls} calls, ${call.seconds.toFixed(1)} s in all (calls overlap)`,
        );
      }
      console.log(`  import loop waiting for parsed batches: ${share(imported.waitingSeconds)}`);
      console.log(`  import loop storing batches: ${share(imported.storingSeconds)}`);
      if (imported.cpu.length) {
        console.log('  CPU during the import, by process:');
        // Per file, CPU time is the figure a busy host (whose steal slows the wall clock) moves least.
        for (const [role, seconds] of imported.cpu)
          console.log(
            `    ${role}: ${seconds.toFixed(1)} s (${share(seconds).split(', ')[1]}; ${((1000 * seconds) / imported.files).toFixed(1)} ms a file)`,
          );
      }
      console.log(`load average at end: ${loadAverage()}`);
    } finally {
      await host.close();
    }
  } finally {
    if (process.argv.includes('--keep')) console.log(`corpus kept in ${folder}`);
    else await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? String(error));
  process.exitCode = 1;
});
