/** An imported file's report for the store's tests, and a clean database for each test. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, vi } from 'vitest';
import type { ImportFileReport, ParsedArticle } from '../../../shared/domain';
import { db } from './database';

export function field<T>(value: T) {
  return { value, source: 'test', guessed: false };
}

export function report(file: string, contentHash: string, body = 'Body text.'): ImportFileReport {
  const article: ParsedArticle = {
    sourcePath: file,
    format: 'txt',
    contentHash,
    kind: 'article',
    metadata: {
      title: field(`Title of ${file}`),
      outlet: field<string | null>('Glacier Press'),
      published: field<string | null>('2026-04-03'),
      author: field<string | null>(null),
      url: field<string | null>(null),
      language: field<string | null>('en'),
    },
    body,
    original: `MENU\n${body}\nFooter`,
    bodyMap: [{ bodyStart: 0, originalStart: 5, length: body.length }],
    wordCount: 2,
    aggregator: null,
  };
  return { file, status: 'imported', reason: null, duplicateOf: null, article };
}

/** Each test starts with an empty database and no spies. */
export function startEachTestWithEmptyDatabase(): void {
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });
}
