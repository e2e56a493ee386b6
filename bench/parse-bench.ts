/**
 * Parsing alone, in this process: parseFile (extraction, cleaning, metadata), then analyzeFile
 * (parse plus quotes and MinHash, what the hosts run per file), then analyzeFile through the
 * built parse worker exactly as the hosts call it (one file at a time, awaited).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeFile } from '../src/main/services/analysis/analyze-file';
import { parseFile } from '../src/main/services/import/parse-file';
import { walkFolder } from '../src/main/services/import/walk-folder';
import { createParsePool } from '../src/main/services/parse-pool';

export interface ParseFigures {
  files: number;
  parseOnly: number;
  withAnalysis: number;
  /** Null when the built worker (out/main/parse-worker.js) is missing. */
  viaWorker: number | null;
}

export async function readCorpus(folder: string): Promise<Array<[string, Uint8Array]>> {
  const files: Array<[string, Uint8Array]> = [];
  for await (const entry of walkFolder(folder)) {
    if ('skipped' in entry) continue;
    files.push([entry.relativePath, new Uint8Array(await readFile(entry.absolutePath))]);
  }
  return files;
}

async function rate(
  files: Array<[string, Uint8Array]>,
  parse: (relativePath: string, bytes: Uint8Array) => Promise<unknown>,
): Promise<number> {
  const started = performance.now();
  for (const [relativePath, bytes] of files) await parse(relativePath, bytes);
  return files.length / ((performance.now() - started) / 1000);
}

export async function benchParsing(folder: string, projectRoot: string): Promise<ParseFigures> {
  const files = await readCorpus(folder);
  // Warm up: first calls load PDF.js, mammoth, Readability and the language model.
  for (const [relativePath, bytes] of files.slice(0, 30)) await analyzeFile(relativePath, bytes);
  const parseOnly = await rate(files, (p, b) => parseFile(p, b));
  const withAnalysis = await rate(files, analyzeFile);
  let viaWorker: number | null = null;
  const workerFile = path.join(projectRoot, 'out', 'main', 'parse-worker.js');
  if (existsSync(workerFile)) {
    const pool = createParsePool(pathToFileURL(workerFile));
    try {
      for (const [relativePath, bytes] of files.slice(0, 30))
        await pool.parseFile(relativePath, bytes);
      viaWorker = await rate(files, pool.parseFile);
    } finally {
      await pool.close();
    }
  }
  return { files: files.length, parseOnly, withAnalysis, viaWorker };
}
