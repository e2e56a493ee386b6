import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packReport, packReports, type ParallaxBridge } from '../../../../shared/contract';
import type { ImportFileReport } from '../../../../shared/domain';
import { db } from '../../db/database';
import { openLocalImportStore } from '../../db/import-store';
import { runImport, type ImportProgress } from './import-runner';

function parsed(file: string): ImportFileReport {
  const field = <T>(value: T) => ({ value, source: 'test', guessed: false });
  return {
    file,
    status: 'imported',
    reason: null,
    duplicateOf: null,
    article: {
      sourcePath: file,
      format: 'txt',
      contentHash: `hash of ${file}`,
      kind: 'article',
      metadata: {
        title: field(file),
        outlet: field<string | null>(null),
        published: field<string | null>(null),
        author: field<string | null>(null),
        url: field<string | null>(null),
        language: field<string | null>('en'),
      },
      body: `Text of ${file}.`,
      original: `Text of ${file}.`,
      bodyMap: [],
      wordCount: 3,
      aggregator: null,
    },
  };
}

/** A host whose parse calls answer out of order, after a few ticks. */
function fakeHost(
  files: string[],
  options: {
    failOn?: string;
    onParse?: (paths: string[]) => void;
    /** Holds a parse call's answer until the promise it returns settles. */
    gate?: (paths: string[]) => Promise<void>;
    /** Answers calls in order, each this many ms after the one before (a busy parser). */
    paceMs?: number;
  } = {},
) {
  const calls: string[][] = [];
  let pending = 0;
  let lastAnswer = Promise.resolve();
  const bridge: ParallaxBridge = {
    invoke: (async (
      operation: string,
      args: { relativePaths?: string[]; files?: { relativePath: string }[] },
    ) => {
      if (operation === 'import.listFolder')
        return {
          ok: true,
          value: {
            folder: '/f',
            files: files.map((f) => ({ relativePath: f, size: 10 })),
            skipped: [],
          },
        };
      const paths = args.relativePaths ?? args.files?.map((f) => f.relativePath) ?? [];
      options.onParse?.(paths);
      calls.push(paths);
      pending++;
      // Later calls answer sooner, so answers arrive out of order.
      if (options.paceMs) {
        const answer = lastAnswer.then(
          () => new Promise<void>((resolve) => setTimeout(resolve, options.paceMs)),
        );
        lastAnswer = answer;
        await answer;
      } else {
        await new Promise((resolve) => setTimeout(resolve, 20 - Math.min(pending, 4) * 4));
      }
      await options.gate?.(paths);
      pending--;
      if (options.failOn && paths.includes(options.failOn))
        return { ok: false, error: { code: 'internal', message: 'parser is gone' } };
      return { ok: true, value: packReports(paths.map(parsed).map(packReport)) };
    }) as ParallaxBridge['invoke'],
  };
  (globalThis as { window?: unknown }).window = { parallax: bridge };
  return calls;
}

const files = Array.from({ length: 150 }, (_, n) => `day-${Math.floor(n / 50)}/file-${n}.txt`);

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('runImport', () => {
  it('stores every file once and reports them in listing order', async () => {
    fakeHost(files);
    const seen: ImportProgress[] = [];
    const result = await runImport(
      { kind: 'folder', folder: '/f', label: 'F' },
      (p) => seen.push(p),
      () => false,
    );
    expect(result.phase).toBe('done');
    expect(result.reports.map((r) => r.file)).toEqual(files);
    expect(result.counts.imported).toBe(150);
    expect(await db.articles.count()).toBe(150);
    // Progress only moves forward.
    const done = seen.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });

  it('lets a store that reaches the host itself fetch every batch, so no reply crosses the page', async () => {
    const pageCalls = fakeHost(files);
    const fetchedByStore: string[] = [];
    const result = await runImport(
      { kind: 'folder', folder: '/f', label: 'F' },
      () => undefined,
      () => false,
      {
        hostAnswersWorkers: true,
        openStore: (options) => {
          const local = openLocalImportStore(options);
          return {
            ...local,
            ...(options.hostAnswersWorkers && {
              parseInto: async (part: number, args: { relativePaths: string[] }) => {
                fetchedByStore.push(...args.relativePaths);
                local.take(part, [packReports(args.relativePaths.map(parsed).map(packReport))]);
              },
            }),
          };
        },
      },
    );
    expect(result.counts.imported).toBe(150);
    expect(result.reports.map((r) => r.file)).toEqual(files);
    expect(fetchedByStore).toEqual(files);
    expect(pageCalls).toEqual([]);
  });

  it('stores files in a few large transactions, not one per parse call', async () => {
    fakeHost(files, { paceMs: 30 });
    const stored = new Set<number>();
    const result = await runImport(
      { kind: 'folder', folder: '/f', label: 'F' },
      (p) => {
        if (p.done > 0) stored.add(p.done);
      },
      () => false,
    );
    expect(result.counts.imported).toBe(150);
    // 150 files arrive 12 to a call; each transaction gathers at least 64 of them.
    expect(stored.size).toBeLessThanOrEqual(3);
  });

  it('stores what has been parsed within half a second when the next files are slow', async () => {
    let releaseRest = () => undefined as void;
    const rest = new Promise<void>((resolve) => {
      releaseRest = resolve;
    });
    const firstCall = files.slice(0, 12);
    fakeHost(files, { gate: (paths) => (paths[0] === firstCall[0] ? Promise.resolve() : rest) });
    const progress: ImportProgress[] = [];
    const finished = runImport(
      { kind: 'folder', folder: '/f', label: 'F' },
      (p) => {
        progress.push(p);
        // The first 12 files are stored while every other call is still waiting.
        if (p.done === 12) releaseRest();
      },
      () => false,
    );
    const result = await finished;
    expect(result.counts.imported).toBe(150);
    expect(progress.some((p) => p.done === 12)).toBe(true);
  });

  it('stops between batches when cancelled, keeping what was stored', async () => {
    fakeHost(files);
    let stores = 0;
    const result = await runImport(
      { kind: 'folder', folder: '/f', label: 'F' },
      (p) => {
        if (p.done > 0) stores++;
      },
      () => stores >= 1,
    );
    expect(result.phase).toBe('cancelled');
    expect(result.done).toBeLessThan(150);
    expect(await db.articles.count()).toBe(result.counts.imported);
    expect(result.reports.map((r) => r.file)).toEqual(files.slice(0, result.done));
  });

  it('imports picked files, reading sizes a batch at a time and failing only files too large', async () => {
    const many = Array.from({ length: 400 }, (_, n) => `picked-${n}.txt`);
    let sizesRead = 0;
    let sizesReadAtFirstParse: number | null = null;
    fakeHost(many, {
      onParse: () => {
        sizesReadAtFirstParse ??= sizesRead;
      },
    });
    const picked = many.map((relativePath, n) => ({
      relativePath,
      file: {
        get size() {
          sizesRead++;
          return n === 7 ? 60 * 1024 * 1024 : 100;
        },
        arrayBuffer: async () => {
          if (n === 7) throw new Error('a file too large must not be read');
          return new ArrayBuffer(100);
        },
      } as unknown as File,
    }));
    const result = await runImport(
      { kind: 'files', files: picked, label: 'Picked' },
      () => undefined,
      () => false,
    );
    expect(result.phase).toBe('done');
    expect(result.reports.map((r) => r.file)).toEqual(many);
    expect(result.reports[7]).toMatchObject({ status: 'failed' });
    expect(result.reports[7]!.reason).toMatch(/too large/);
    expect(result.counts).toMatchObject({ imported: 399, failed: 1 });
    expect(sizesReadAtFirstParse).toBeLessThan(many.length);
  });

  it('fails with the host’s message when a parse call fails', async () => {
    fakeHost(files, { failOn: files[100]! });
    const result = await runImport(
      { kind: 'folder', folder: '/f', label: 'F' },
      () => undefined,
      () => false,
    );
    expect(result.phase).toBe('failed');
    expect(result.error).toBe('parser is gone');
  });
});
